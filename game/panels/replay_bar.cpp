// The replay viewer's bar under the top bar: what is being watched, a timeline slider that seeks
// to any month (snapshots make a jump back cheap), and whether every month so far matched the
// recording ("verified" / "diverged at month N"). Nobody can act in the viewer: the panels show
// the recorded game read-only.
#include <algorithm>

#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string role_label(Role role) { return tr_or(std::string("role.") + role_name(role), role_name(role)); }

std::string strategy_label(const Session& session, const std::string& id) {
    for (const StrategyDef& strategy : session.strategies())
        if (strategy.id == id) return strategy_name_text(strategy);
    return id;
}

const char* const kCheck = "\xE2\x9C\x93";   // U+2713
const char* const kCross = "\xE2\x9C\x97";   // U+2717
}  // namespace

void draw_replay_bar(ReplayPlayer& player, UiState& ui, SimClock& clock) {
    const float font = ImGui::GetFontSize();
    const Session& session = player.session();
    const std::string name = scenario_name_text(session.scenario());
    text_coloured(theme().accent, trf("replay.title", {name, std::to_string(session.config().seed)}));
    std::string players;
    for (int r = 0; r < kRoleCount; ++r) {
        if (!players.empty()) players += "   ";
        players += role_label(Role(r)) + ": " +
                   (session.config().human[size_t(r)] ? std::string(tr("replay.a_player"))
                                                      : strategy_label(session, session.strategy_for(Role(r))));
    }
    same_line_if_fits(ImGui::CalcTextSize(players.c_str()).x, font);
    text_dim_wrapped(players);
    same_line_if_fits(font * 8.0f, font * 1.5f);
    if (ImGui::Button(label_id(tr("replay.close"), "close_replay").c_str())) ui.request_close_replay = true;

    // --- the timeline ------------------------------------------------------------------------------
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("replay.month"));
    ImGui::SameLine();
    int month = player.month();
    const std::string label = trf("replay.position", {session.date_string(month), std::to_string(month),
                                                      std::to_string(player.months())});
    ImGui::SetNextItemWidth(std::min(std::max(font * 16.0f, ImGui::GetContentRegionAvail().x * 0.45f), ImGui::GetContentRegionAvail().x));
    if (ImGui::SliderInt("##timeline", &month, 0, std::max(1, player.months()), label.c_str())) {
        clock.set_paused(true);
        const std::string problem = player.seek(month);
        if (!problem.empty()) post_message(ui, problem, true, true);
    }
    hover_tooltip(tr("replay.timeline_tooltip"));

    // --- verification (its own line: with large text it would not fit beside the timeline) -------
    const Session& now = player.session();   // a seek may have replaced the session
    const int diverged = player.first_divergence();
    if (diverged > 0) {
        text_coloured(theme().bad, std::string(kCross) + " " +
                                       trf("replay.diverged", {std::to_string(diverged), now.date_string(diverged)}));
        hover_tooltip(tr("replay.diverged_tooltip"));
    } else if (player.fully_verified()) {
        text_coloured(theme().good, std::string(kCheck) + " " + trf("replay.verified_all", {std::to_string(player.months())}));
        hover_tooltip(tr("replay.verified_tooltip"));
    } else {
        text_coloured(theme().good, std::string(kCheck) + " " +
                                        trf("replay.verified_so_far", {std::to_string(player.months_checked()),
                                                                       std::to_string(player.months())}));
        hover_tooltip(tr("replay.verified_tooltip"));
        ImGui::SameLine();
        if (ImGui::SmallButton(label_id(tr("replay.check_all"), "check_all").c_str())) {
            // Play to the end (checking every month), then come back through a snapshot.
            const int back = player.month();
            std::string problem = player.seek(player.months());
            if (problem.empty()) problem = player.seek(back);
            if (!problem.empty()) post_message(ui, problem, true, true);
        }
    }
}

}  // namespace keystone::client
