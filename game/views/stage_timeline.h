// The stage timeline: one bar over the run, a coloured segment per stage period labelled with
// its stage number (colour is never the only cue), hover for dates. Used by the results screen
// and, two bars on one time scale, by the what-if comparison.
#pragma once
#include <cstdint>
#include <string>

#include "session/session.h"

namespace keystone::client {

struct StageTimelineStyle {
    int32_t total_ticks = -1;     // the bar's full width in months; -1: the session's months played
    int32_t marker_tick = -1;     // a month marked by a vertical line (the branch's start); -1 none
    std::string label;            // drawn at the left of the bar, e.g. "Main game"; may be empty
    float label_width = 0.0f;     // room for the label (0: its own width), so two bars align
    float height_lines = 2.0f;    // bar height in text lines
    bool date_axis = true;        // first and last dates below the bar
};

void draw_stage_timeline(const Session& session, const char* id, const StageTimelineStyle& style);
// Stage changes as a bulleted text list ("2014-07: 0 -> 1").
void draw_stage_changes(const Session& session);

}  // namespace keystone::client
