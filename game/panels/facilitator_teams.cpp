// The console's team table: every seat with its connection, month, stage, key indicators and
// score (from the reference park on this machine), and the leaderboard beside it. Large type on
// a projector comes from the UI scale; colours from the theme.
#include <algorithm>
#include <cstdio>

#include "classroom.h"
#include "core/strings.h"
#include "sim/metric_table.h"
#include "widgets.h"

namespace keystone::client {

namespace {
// Refreshes a row when its park has moved on (a score reads the whole history).
void refresh_row(ConsoleRow& row, const Session& park, const ScoringRules& scoring) {
    if (row.month == park.world().tick) return;
    row.month = park.world().tick;
    row.score = score_session(scoring, park).total;
    read_metric(park.world(), "enterprises", &row.enterprises);
    read_metric(park.world(), "transformation_rate", &row.transformation_rate);
    read_metric(park.world(), "joint_actions", &row.joint_actions);
}

// What a seat's connection looks like to the facilitator, in words and colour.
void connection_cell(const net::TeamSeat& seat) {
    if (seat.connected && seat.mismatches.empty()) text_coloured(theme().good, tr("console.connected"));
    else if (seat.connected) text_coloured(theme().warning, trf("console.resynced", {std::to_string(seat.mismatches.size())}));
    else if (seat.absent) text_coloured(theme().bad, tr("console.absent"));
    else text_coloured(theme().warning, tr("console.dropped"));
}
}  // namespace

std::vector<std::string> leaderboard_lines(const ConsoleState& console) {
    const auto& teams = console.facilitator->teams();
    std::vector<size_t> order(std::min(teams.size(), console.rows.size()));
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return console.rows[a].score > console.rows[b].score; });
    std::vector<std::string> lines;
    for (size_t rank = 0; rank < order.size(); ++rank) {
        char score[32];
        std::snprintf(score, sizeof score, "%.1f", console.rows[order[rank]].score);
        lines.push_back(std::to_string(rank + 1) + ". " + teams[order[rank]].name + "  " + score);
    }
    return lines;
}

void refresh_console(ConsoleState& console) {
    const auto& teams = console.facilitator->teams();
    console.rows.resize(teams.size());
    for (size_t i = 0; i < teams.size(); ++i) refresh_row(console.rows[i], *teams[i].park, console.scoring);
    // The teams' copy of the leaderboard follows the ranking as months pass; unticked, it is
    // hidden from them.
    std::string standings;
    if (console.leaderboard_to_teams)
        for (const std::string& line : leaderboard_lines(console)) standings += (standings.empty() ? "" : "\n") + line;
    if (standings != console.leaderboard_sent && !console.facilitator->finished()) {
        console.facilitator->show_leaderboard(standings);
        console.leaderboard_sent = standings;
    }
}

void draw_facilitator_teams(ConsoleState& console) {
    const net::Facilitator& host = *console.facilitator;
    const auto& teams = host.teams();
    console.rows.resize(teams.size());

    section_title(trf("console.teams_seated", {std::to_string(teams.size())}));
    // The leaderboard sits beside the table on a wide screen, under it on a narrow one.
    const bool board = console.leaderboard_shown && !teams.empty();
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const bool beside = area.x >= ImGui::GetFontSize() * 44.0f;
    const float board_width = board && beside ? std::max(ImGui::GetFontSize() * 12.0f, area.x * 0.28f) : 0.0f;
    const float table_height = board && !beside ? area.y * 0.6f : 0.0f;
    ImGui::BeginChild("team_table", ImVec2(board && beside ? -board_width - ImGui::GetStyle().ItemSpacing.x : 0.0f, table_height),
                      false, ImGuiWindowFlags_HorizontalScrollbar);
    if (teams.empty()) text_dim_wrapped(tr("console.no_teams"));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX;
    if (!teams.empty() && ImGui::BeginTable("teams", 7, flags)) {
        // The score comes early: on a narrow projector the table scrolls and the last columns hide.
        const char* headers[] = {"console.col_team", "console.col_link", "console.col_score", "console.col_stage",
                                 "console.col_firms", "console.col_transformation", "console.col_joint_actions"};
        // Every column as wide as its contents; a narrow screen scrolls the table sideways.
        for (const char* key : headers) ImGui::TableSetupColumn(tr(key), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < teams.size(); ++i) {
            const net::TeamSeat& seat = teams[i];
            const ConsoleRow& row = console.rows[i];
            const Stage stage = seat.park->world().stage.stage;
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted((std::to_string(seat.index + 1) + " " + seat.name).c_str());
            ImGui::TableNextColumn();
            connection_cell(seat);
            ImGui::TableNextColumn();
            char score[32];
            std::snprintf(score, sizeof score, "%.1f", row.score);
            text_coloured(theme().accent, score);
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme().stage_colours[int(stage)]));
            // The short name fits a column; the full title is in the tooltip.
            ImGui::TextUnformatted(tr_or(std::string("stage.short.") + stage_name(stage), stage_name(stage)).c_str());
            hover_tooltip(tr_or(std::string("stage.") + stage_name(stage), stage_title(stage)));
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_number(row.enterprises).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_share(row.transformation_rate).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_number(row.joint_actions).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    if (!board) return;
    if (beside) ImGui::SameLine();
    ImGui::BeginChild("leaderboard", ImVec2(0.0f, 0.0f), true);
    text_coloured(theme().accent, tr("console.leaderboard"));
    ImGui::Separator();
    for (const std::string& line : leaderboard_lines(console)) text_wrapped(line);
    ImGui::EndChild();
}

}  // namespace keystone::client
