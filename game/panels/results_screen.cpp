// Results screen: the stage timeline, final KPIs and a score that weighs long-term innovation over
// short-term output (weights from assets/scoring.json) beside two baselines played on the same
// seed (doing nothing, the scenario's reference play), with a JSON export for the class record
// and the debrief report (core/debrief.h).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/debrief.h"
#include "core/goals_view.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "views/stage_timeline.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string stage_label(Stage stage) {
    return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage));
}

void kpi_row(const char* key, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(tr(key));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(value.c_str());
}
// A component's full points: its weight rescaled so that all weights add up to 100.
double weight_points(const ScoreResult& score, const ScoreLine& line) {
    double total = 0.0;
    for (const ScoreLine& other : score.lines) total += std::max(0.0, other.component.weight);
    return total > 0.0 ? 100.0 * std::max(0.0, line.component.weight) / total : 0.0;
}

// How a line's value was read: the months it averages, the best stage, or the goals counted.
std::string how_read(const Session& session, const ScoreLine& line) {
    switch (line.method) {
        case ScoreMethod::MeanOfMonths:
            return trf("results.how_mean", {session.date_string(line.first_tick - 1), session.date_string(line.last_tick - 1),
                                            std::to_string(line.last_tick - line.first_tick + 1)});
        case ScoreMethod::BestStage: return tr("results.how_best_stage");
        case ScoreMethod::GoalsMet: return trf("results.how_goals", {std::to_string(line.count), std::to_string(line.of)});
    }
    return std::string();
}

// The player's total beside the two baselines played on the same seed.
void draw_baselines(const ScoreResult& score, const std::string& role) {
    text_dim(tr("results.baselines"));
    if (!ImGui::BeginTable("baselines", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("total", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000").x);
    ImGui::TableSetupColumn("who", ImGuiTableColumnFlags_WidthStretch);
    auto row = [](const std::string& label, const std::string& value) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(value.c_str());
        ImGui::TableSetColumnIndex(1);
        text_wrapped(label);
    };
    auto total = [](const BaselineScore& b) {
        return b.available ? format_number(std::round(b.score.total)) : trf("results.baseline_failed", {b.error});
    };
    const Role other = score.role == Role::Operator ? Role::Government : Role::Operator;
    row(tr("results.baseline_you"), format_number(std::round(score.total)));
    row(trf("results.baseline_do_nothing", {role, tr_or(std::string("role.") + role_name(other), role_name(other))}),
        total(score.do_nothing));
    row(trf("results.baseline_reference", {score.reference.names[0], score.reference.names[1]}), total(score.reference));
    ImGui::EndTable();
}
}  // namespace

void draw_results_screen(const Session& session, UiState& ui, const ScoreResult& score) {
    const World& world = session.world();
    const Metrics& m = world.metrics;
    ImGui::SetWindowFontScale(1.4f);
    text_coloured_wrapped(theme().accent, trf("results.title", {scenario_name_text(session.scenario())}));
    ImGui::SetWindowFontScale(1.0f);
    text_dim_wrapped(trf("results.subtitle", {session.date_string(0), session.date_string(world.tick),
                                      std::to_string(session.config().seed)}) +
             (session.finished() ? std::string() : "   " + std::string(tr("results.not_finished"))));

    section_title(tr("results.timeline"));
    draw_stage_timeline(session, "timeline", StageTimelineStyle{});
    draw_stage_changes(session);

    auto draw_kpis = [&] {
        section_title(tr("results.kpis"));
        if (ImGui::BeginTable("kpi_table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            kpi_row("results.kpi.stage", stage_label(world.stage.stage));
            kpi_row("results.kpi.enterprises", std::to_string(m.enterprises));
            kpi_row("results.kpi.large_and_multinationals", std::to_string(m.large_firms) + " / " + std::to_string(m.multinationals));
            kpi_row("results.kpi.institutes", std::to_string(m.research_institutes));
            kpi_row("results.kpi.funds", std::to_string(m.investment_funds));
            kpi_row("results.kpi.transformation_rate", format_share(m.transformation_rate));
            kpi_row("results.kpi.innovative_share", format_share(m.innovative_share));
            kpi_row("results.kpi.firm_ties_per_firm", format_number(m.firm_ties_per_firm));
            kpi_row("results.kpi.external_tie_share", format_share(m.external_tie_share));
            kpi_row("results.kpi.centralization",
                    format_number(m.centralization) + " (" + centralization_label_name(m.centralization_label) + ")");
            kpi_row("results.kpi.trust", format_number(world.culture.trust));
            kpi_row("results.kpi.innovation_culture", format_number(world.culture.innovation));
            kpi_row("results.kpi.output_value", format_money(m.output_value));
            kpi_row("results.kpi.occupancy", format_share(m.occupancy));
            kpi_row("results.kpi.tax_revenue", format_money(m.tax_revenue));
            kpi_row("results.kpi.rent_revenue", format_money(m.rent_revenue));
            for (int r = 0; r < kRoleCount; ++r) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(trf("results.kpi.budget", {tr_or(std::string("role.") + role_name(Role(r)), role_name(Role(r)))}).c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(format_money(world.roles[r].budget).c_str());
            }
            ImGui::EndTable();
        }
    };
    auto draw_score = [&] {
        section_title(tr("results.score"));
        const std::string role = tr_or(std::string("role.") + role_name(score.role), role_name(score.role));
        text_dim(trf("results.score_role", {role}));
        ImGui::SetWindowFontScale(1.6f);
        text_coloured(theme().accent, format_number(std::round(score.total)) + " / 100");
        ImGui::SetWindowFontScale(1.0f);
        text_dim(trf("results.score_split", {format_number(std::round(score.long_term)), format_number(std::round(score.short_term))}));
        draw_baselines(score, role);
        if (!session.scenario().goals.empty()) {
            const std::vector<GoalRow> goals = goal_rows(session);
            text_coloured(theme().accent, trf("goals.summary", {std::to_string(goals_met(goals)), std::to_string(goals.size())}));
        }
        if (ImGui::BeginTable("score_table", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn(tr("results.column.component"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn(tr("results.column.value"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr("results.column.range"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn(tr("results.column.points"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableHeadersRow();
            for (size_t i = 0; i < score.lines.size(); ++i) {
                const ScoreLine& line = score.lines[i];
                ImGui::PushID(int(i));
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                const std::string horizon = line.component.horizon == "short" ? tr("results.short_term") : tr("results.long_term");
                text_wrapped(tr_or("score." + line.component.id, humanize(line.component.id)));
                hover_tooltip(horizon + (line.component.reason.empty() ? std::string() : "\n" + line.component.reason));
                ImGui::PushTextWrapPos(0.0f);
                text_dim(how_read(session, line));   // how the value was read, under its name
                ImGui::PopTextWrapPos();
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(format_number(line.value).c_str());
                ImGui::TableSetColumnIndex(2);
                ImGui::TextUnformatted((format_number(line.component.floor) + " - " + format_number(line.component.target)).c_str());
                ImGui::TableSetColumnIndex(3);
                char points[48];
                std::snprintf(points, sizeof points, "%.1f / %.0f", line.points, weight_points(score, line));
                ImGui::TextUnformatted(points);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        text_wrapped(tr("results.score_rule"));
        // The scenario's own goals and how its debrief scores them.
        if (!session.scenario().goals.empty()) {
            section_title(tr("goals.title"));
            draw_goal_list(session, ui);
        }
        if (!session.scenario().scoring.empty()) {
            ImGui::Spacing();
            text_dim(tr("goals.scoring"));
            text_wrapped(scenario_text(session.scenario().id, "scoring", session.scenario().scoring));
        }
    };
    // Side by side where the score table has room for its four columns; on a narrow screen (or a
    // large UI scale) one under the other, in the window's own scroll.
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 56.0f) {
        draw_kpis();
        ImGui::Separator();
        draw_score();
    } else {
        const float column_width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        // Three rows of buttons below: export, debrief report, navigation.
        const float lower_height = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 3.5f;
        ImGui::BeginChild("kpis", ImVec2(column_width, std::max(lower_height, ImGui::GetFontSize() * 8.0f)), true);
        draw_kpis();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("score", ImVec2(0, std::max(lower_height, ImGui::GetFontSize() * 8.0f)), true);
        draw_score();
        ImGui::EndChild();
    }

    // --- export and navigation ------------------------------------------------------------------
    if (ImGui::Button(label_id(tr("results.export"), "export").c_str())) {
        std::string error;
        ui.export_failed = !export_results(session, score, ui.export_path, &error);
        ui.export_message = ui.export_failed ? error : trf("results.exported", {ui.export_path});
    }
    ImGui::SameLine();
    text_dim_wrapped(ui.export_path);
    if (!ui.export_message.empty()) {
        ImGui::SameLine();
        text_coloured(ui.export_failed ? theme().bad : theme().good, ui.export_message);
    }
    // The debrief: the same HTML report as `keystone-cli report`, into the reports folder, opened
    // with the desktop's handler when there is one.
    if (ImGui::Button(label_id(tr("results.debrief"), "debrief").c_str())) {
        nlohmann::json score_block = score_json(score);
        score_block["role"] = role_name(score.role);
        ui.debrief = {};
        if (write_debrief_report(session, score_block, &ui.debrief.path, &ui.debrief.error)) open_with_desktop(ui.debrief.path);
    }
    hover_tooltip(tr("results.debrief_tooltip"));
    written_file_note(report_outcome(ui.debrief), ui.debrief.path, !ui.debrief.error.empty());
    if (ImGui::Button(label_id(tr("results.back"), "back").c_str())) ui.screen = Screen::Main;
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("results.new_game"), "new_game").c_str())) ui.request_new_game = true;
}

}  // namespace keystone::client
