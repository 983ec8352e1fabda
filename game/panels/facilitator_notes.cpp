// The teacher's notes: a text box seen only on the console (never sent to a team), written into
// the class bundle as notes.txt when the session ends. The leaderboard switch lives here too:
// both are the facilitator's own business.
#include <string>

#include "classroom.h"
#include "core/strings.h"
#include "widgets.h"

namespace keystone::client {

void draw_facilitator_notes(ConsoleState& console) {
    section_title(tr("console.leaderboard"));
    ImGui::Checkbox(label_id(tr("console.leaderboard_show"), "board").c_str(), &console.leaderboard_shown);
    hover_tooltip(tr("console.leaderboard_show_tooltip"));
    ImGui::BeginDisabled(console.facilitator->finished());
    ImGui::Checkbox(label_id(tr("console.leaderboard_send"), "board_send").c_str(), &console.leaderboard_to_teams);
    ImGui::EndDisabled();
    hover_tooltip(tr("console.leaderboard_send_tooltip"));

    ImGui::Spacing();
    section_title(tr("console.notes"));
    text_dim_wrapped(tr("console.notes_note"));
    ImGui::InputTextMultiline("##notes", console.notes, sizeof console.notes, ImVec2(-1.0f, ImGui::GetContentRegionAvail().y));
}

}  // namespace keystone::client
