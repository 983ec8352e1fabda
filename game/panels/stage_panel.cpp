// Stage panel: where the park stands on the ladder and, condition by condition, what the next
// transition still needs, how it moved over the last year and what the player could do about
// it (core/stage_advice.h). The client's answer to "why this stage, what is missing, what next".
#include <algorithm>
#include <cfloat>
#include <string>

#include "core/goals_view.h"
#include "core/stage_advice.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
const char* const kCheck = "\xE2\x9C\x93";    // U+2713 check mark
const char* const kCross = "\xE2\x9C\x97";    // U+2717 ballot x
const char* const kWarning = "\xE2\x9A\xA0";  // U+26A0 warning sign
const char* const kPending = "\xE2\x97\x8B";  // U+25CB white circle: not decided yet

std::string stage_label(Stage stage) {
    return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage));
}

// The encyclopedia entry for a condition: its own id if there is one, else the metric it reads.
std::string condition_entry(const UiState& ui, const StageCondition& condition) {
    if (ui.encyclopedia && !ui.encyclopedia->find(condition.id) && !condition.metric.empty() &&
        ui.encyclopedia->find(condition.metric))
        return condition.metric;
    return condition.id;
}

// One rung of the ladder: a full-width box, filled for the current stage.
void draw_rung(Stage stage, const StageStatus& status, float width) {
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const float height = ImGui::GetFrameHeight() * 1.25f;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + height);
    const bool current = status.stage == stage;
    const bool reached = stage <= Stage::Coi ? int(stage) <= int(status.best_stage) : current;
    const ImU32 colour = theme().stage_colours[int(stage)];
    if (current) draw_list->AddRectFilled(min, max, colour, 4.0f);
    draw_list->AddRect(min, max, current ? to_u32(theme().text) : colour, 4.0f, 0, current ? 3.0f : 1.0f);
    std::string text = stage <= Stage::Coi ? std::to_string(int(stage)) + "  " + stage_label(stage) : stage_label(stage);
    if (reached && !current) text += std::string("  ") + kCheck;
    // The current rung is filled, framed thick and pointed at: three cues besides its colour.
    if (current) text = "\xE2\x96\xB6 " + text;  // U+25B6 pointer
    ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
    // A half-width side rung falls back to its short name rather than cutting the long one.
    if (text_size.x > width - ImGui::GetFontSize()) {
        text = (current ? "\xE2\x96\xB6 " : "") + tr_or(std::string("stage.short.") + stage_name(stage), stage_label(stage));
        text_size = ImGui::CalcTextSize(text.c_str());
    }
    const ImU32 text_colour = current ? IM_COL32(10, 10, 10, 255)
                                      : to_u32(reached ? theme().text : theme().text_dim);
    draw_list->PushClipRect(min, max, true);
    draw_list->AddText(ImVec2(min.x + ImGui::GetFontSize() * 0.5f, min.y + (height - text_size.y) * 0.5f),
                       text_colour, text.c_str());
    draw_list->PopClipRect();
    ImGui::Dummy(ImVec2(width, height));
}


std::string lever_list(const std::vector<Lever>& levers) {
    std::string text;
    for (Lever lever : levers) text += (text.empty() ? "" : ", ") + lever_label(lever);
    return text;
}

// The last 12 months: an arrow and a sparkline, so a facilitator sees at once which way it goes.
void draw_trend(const Session& session, const StageCondition& condition) {
    const Trend trend = metric_trend(session, condition.metric, 12);
    if (trend.values.size() < 2) return;
    const char* arrow = trend.direction > 0 ? "\xE2\x86\x97" : (trend.direction < 0 ? "\xE2\x86\x98" : "\xE2\x86\x92");  // U+2197/2198/2192
    const bool towards = condition.at_least ? trend.direction > 0 : trend.direction < 0;
    const ImVec4 colour = trend.direction == 0 ? theme().text_dim : (towards ? theme().good : theme().bad);
    text_coloured(colour, arrow);
    ImGui::SameLine();
    const float font = ImGui::GetFontSize();
    ImGui::PushStyleColor(ImGuiCol_PlotLines, colour);
    ImGui::PlotLines("##trend", trend.values.data(), int(trend.values.size()), 0, nullptr, FLT_MAX, FLT_MAX,
                     ImVec2(font * 6.0f, font * 1.5f));
    ImGui::PopStyleColor();
    hover_tooltip(tr("stage.trend_tooltip"));
    ImGui::SameLine();
    const std::string change = (trend.change > 0 ? "+" : "") + format_number(trend.change);
    text_dim_wrapped(trf(trend.direction > 0 ? "stage.trend_rising" : (trend.direction < 0 ? "stage.trend_falling" : "stage.trend_flat"),
                         {change}));
}

// Levers from the engine's registry, then the player's policies and event answers that set them.
void draw_advice(const Session& session, const StageCondition& condition, const UiState& ui) {
    const ConditionAdvice advice = advise_condition(session, condition.metric, ui.humans);
    if (advice.levers.empty()) return;
    text_dim_wrapped(tr("stage.levers"));
    hover_tooltip(tr("stage.levers_tooltip"));
    text_wrapped(lever_list(advice.levers));
    if (advice.policies.empty()) {
        text_dim_wrapped(tr("stage.no_policies"));
    } else {
        text_dim_wrapped(tr("stage.your_policies"));
        for (const PolicyOption& option : advice.policies) {
            const PolicyDef& policy = session.policies()[size_t(option.def_index)];
            const std::string line = option.active ? trf("stage.policy_active", {policy.name})
                                                   : trf("stage.policy_cost", {policy.name, format_money(policy.cost_enact),
                                                                               format_money(policy.cost_monthly)});
            ImGui::Bullet();
            ImGui::SameLine();
            if (option.active) text_dim_wrapped(line);
            else text_wrapped(line);
            hover_tooltip(lever_list(option.levers));
        }
    }
    if (!advice.event_choices.empty()) {
        text_dim_wrapped(tr("stage.your_choices"));
        for (const EventChoiceOption& option : advice.event_choices) {
            const EventDef& event = session.events()[size_t(option.event_index)];
            const EventChoiceDef& choice = event.choices[size_t(option.choice_index)];
            ImGui::Bullet();
            ImGui::SameLine();
            text_wrapped(trf("stage.choice_cost", {event.title, choice.label, format_money(choice.cost)}));
            hover_tooltip(lever_list(option.levers));
        }
    }
}

// A condition: mark and linked name, value against threshold with a bar; when it fails (or, for
// a risk, when the danger is present) its trend and what moves it.
void draw_condition(const Session& session, const StageCondition& condition, bool is_risk, UiState& ui) {
    const bool good = is_risk ? !condition.holds : condition.holds;
    const char* mark = is_risk ? (condition.holds ? kWarning : "-") : (condition.holds ? kCheck : kCross);
    text_coloured(good ? theme().good : (is_risk ? theme().warning : theme().bad), mark);
    ImGui::SameLine();
    const std::string name = tr_or("condition." + condition.id, humanize(condition.id));
    encyclopedia_link(ui, name, condition_entry(ui, condition));

    ImGui::Indent(ImGui::GetFontSize() * 1.4f);
    const std::string comparison = condition.at_least ? "\xE2\x89\xA5" : "\xE2\x89\xA4";  // >= or <=
    // A risk condition "holds" when the danger is present: its threshold is where risk begins.
    const ComparedText shown = format_compared(condition.value, condition.threshold);
    text_dim_wrapped(trf(is_risk ? "stage.value_vs_risk" : "stage.value_vs_threshold", {shown.value, comparison, shown.threshold}));
    // Progress towards the threshold (for "at most" conditions: how far below the ceiling).
    float progress = 0.0f;
    if (condition.at_least) {
        progress = condition.threshold > 0.0 ? float(condition.value / condition.threshold) : (condition.holds ? 1.0f : 0.0f);
    } else {
        progress = condition.value > 0.0 ? float(condition.threshold / condition.value) : 1.0f;
    }
    progress = std::clamp(progress, 0.0f, 1.0f);
    // Beside the numbers when a readable bar still fits there; a long translation pushes it below.
    same_line_if_fits(ImGui::GetFontSize() * 4.0f, ImGui::GetStyle().ItemSpacing.x);
    // For a risk the bar shows how near the danger is: grey while clear, warning once reached.
    const ImVec4 bar = is_risk ? (condition.holds ? theme().warning : theme().text_dim)
                               : (good ? theme().good : theme().accent);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, bar);
    ImGui::ProgressBar(progress, ImVec2(-1.0f, ImGui::GetFontSize() * 0.6f), "");
    ImGui::PopStyleColor();
    if (!good) {
        draw_trend(session, condition);
        // Open for the next transition (what to do now), closed for risks (read on demand).
        if (ImGui::TreeNodeEx("advice", is_risk ? 0 : ImGuiTreeNodeFlags_DefaultOpen, "%s", tr("stage.what_moves"))) {
            draw_advice(session, condition, ui);
            ImGui::TreePop();
        }
    }
    ImGui::Unindent(ImGui::GetFontSize() * 1.4f);
}

// The fall-back rule with its inputs: which condition is key, how many hold, the counter.
void draw_fallback(const Session& session) {
    const FallbackInputs inputs = fallback_inputs(session);
    if (!inputs.applies) return;
    const Stage stage = session.world().stage.stage;
    const Stage below = Stage(int(stage) - 1);
    const std::string key = tr_or("condition." + inputs.key_condition, humanize(inputs.key_condition));
    section_title(tr("stage.fallback_title"));
    text_wrapped(trf("stage.fallback_rule", {stage_label(below), key, stage_label(stage), std::to_string(inputs.ticks_needed)}));
    bool key_holds = true;
    for (const StageCondition& condition : inputs.own)
        if (condition.id == inputs.key_condition) key_holds = condition.holds;
    text_wrapped(trf("stage.fallback_now", {key, tr(key_holds ? "stage.fallback_holds" : "stage.fallback_fails"),
                                           std::to_string(inputs.holding), std::to_string(inputs.own.size())}));
    if (inputs.ticks > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().warning);
        text_wrapped(trf("stage.fallback", {std::to_string(inputs.ticks), std::to_string(inputs.ticks_needed)}));
        ImGui::PopStyleColor();
    } else {
        text_dim_wrapped(tr("stage.fallback_clear"));
    }
}
// Conditions in groups: all of a group must hold, and groups are alternatives ("or"), e.g. a
// park locks in by being closed and homogeneous, or by shrinking fast.
void draw_condition_list(const Session& session, const std::vector<StageCondition>& conditions, bool is_risk, UiState& ui) {
    int previous_group = conditions.empty() ? 0 : conditions.front().group;
    for (size_t i = 0; i < conditions.size(); ++i) {
        if (conditions[i].group != previous_group) {
            previous_group = conditions[i].group;
            text_dim(tr("stage.or"));
        }
        ImGui::PushID(int(i));
        draw_condition(session, conditions[i], is_risk, ui);
        ImGui::PopID();
    }
}
}  // namespace

void draw_goal_list(const Session& session, UiState& ui) {
    (void)ui;
    const std::vector<GoalRow> rows = goal_rows(session);
    if (rows.empty()) {
        text_dim(tr("goals.none"));
        return;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const GoalRow& row = rows[i];
        ImGui::PushID(int(i));
        const char* mark = kPending;
        ImVec4 colour = row.on_track ? theme().good : theme().text_dim;
        std::string status;
        switch (row.state) {
            case GoalState::Met:
                mark = kCheck;
                colour = theme().good;
                status = trf("goals.met", {row.due_date, row.value_text, row.target_text});
                break;
            case GoalState::Missed:
                mark = kCross;
                colour = theme().bad;
                status = trf("goals.missed", {row.due_date, row.value_text, row.target_text});
                break;
            case GoalState::Pending:
                status = trf(row.on_track ? "goals.pending_on_track" : "goals.pending",
                             {row.value_text, row.target_text, row.due_date});
                break;
        }
        ImGui::BeginGroup();
        text_coloured(colour, mark);
        ImGui::SameLine();
        text_wrapped(row.text);
        ImGui::Indent(ImGui::GetFontSize() * 1.4f);
        ImGui::PushStyleColor(ImGuiCol_Text, row.state == GoalState::Pending ? theme().text_dim : colour);
        text_wrapped(status);
        ImGui::PopStyleColor();
        ImGui::Unindent(ImGui::GetFontSize() * 1.4f);
        ImGui::EndGroup();
        hover_tooltip(tr(row.state == GoalState::Met      ? "goals.tooltip_met"
                         : row.state == GoalState::Missed ? "goals.tooltip_missed"
                                                          : "goals.tooltip_pending"));
        ImGui::Spacing();
        ImGui::PopID();
    }
}

void draw_first_moves(const Session& session, UiState& ui) {
    for (const FirstMoveView& move : first_moves(session, ui.humans)) {
        const PolicyDef& policy = session.policies()[size_t(move.def_index)];
        ImGui::PushID(move.def_index);
        section_title(ui.humans[0] && ui.humans[1]
                          ? trf("goals.first_move_role", {tr_or(std::string("role.") + role_name(move.role), role_name(move.role))})
                          : std::string(tr("goals.first_move")));
        text_wrapped(trf("goals.first_move_policy", {policy.name, format_money(policy.cost_enact), format_money(policy.cost_monthly)}));
        text_dim_wrapped(move.why);
        if (ImGui::SmallButton(label_id(tr("goals.show_policy"), "show").c_str())) {
            ui.focused = PanelId::None;
            ui.side_tab = 1;
            ui.side_tab_requested = true;
            ui.open_policy = policy.id;
        }
        ImGui::PopID();
    }
}

void draw_stage_panel(const Session& session, UiState& ui) {
    // The scenario's goals share the panel as a second tab: the ladder stays the first view.
    if (!session.scenario().goals.empty()) {
        const std::vector<GoalRow> rows = goal_rows(session);
        bool goals_tab = false;
        if (ImGui::BeginTabBar("stage_tabs")) {
            const bool request = ui.stage_tab_requested;
            if (ImGui::BeginTabItem(label_id(tr("goals.tab_ladder"), "ladder").c_str(), nullptr,
                                    request && ui.stage_tab == 0 ? ImGuiTabItemFlags_SetSelected : 0)) {
                if (!request) ui.stage_tab = 0;
                ImGui::EndTabItem();
            }
            const std::string goals_label = trf("goals.tab_goals", {std::to_string(goals_met(rows)), std::to_string(rows.size())});
            if (ImGui::BeginTabItem(label_id(goals_label, "goals").c_str(), nullptr,
                                    request && ui.stage_tab == 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
                if (!request) ui.stage_tab = 1;
                goals_tab = true;
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ui.stage_tab_requested = false;
        if (goals_tab) {
            draw_goal_list(session, ui);
            draw_first_moves(session, ui);
            if (!session.scenario().scoring.empty()) {
                section_title(tr("goals.scoring"));
                text_wrapped(scenario_text(session.scenario().id, "scoring", session.scenario().scoring));
            }
            return;
        }
    }
    const StageStatus& status = session.world().stage;
    const float width = ImGui::GetContentRegionAvail().x;

    text_dim_wrapped(trf("stage.in_stage_since", {session.date_string(status.stage_entered_tick)}));

    // --- the ladder -----------------------------------------------------------------------------
    for (int s = int(Stage::Coi); s >= int(Stage::Flocking); --s) {
        ImGui::PushID(s);
        draw_rung(Stage(s), status, width);
        encyclopedia_tooltip(ui, std::string("stage:") + stage_name(Stage(s)));
        if (ImGui::IsItemClicked()) open_entry(ui, std::string("stage:") + stage_name(Stage(s)));
        ImGui::PopID();
    }
    // Decline and renewal are off the ladder: side states, shown half width.
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (Stage side : {Stage::Decline, Stage::Renewal}) {
        ImGui::PushID(int(side));
        if (side == Stage::Renewal) ImGui::SameLine();
        ImGui::BeginGroup();
        draw_rung(side, status, half);
        ImGui::EndGroup();
        encyclopedia_tooltip(ui, std::string("stage:") + stage_name(side));
        if (ImGui::IsItemClicked()) open_entry(ui, std::string("stage:") + stage_name(side));
        ImGui::PopID();
    }

    // --- the next transition ------------------------------------------------------------------
    if (status.next_conditions.empty()) {
        section_title(tr("stage.no_next"));
    } else {
        section_title(trf("stage.next", {stage_label(status.next)}));
        draw_condition_list(session, status.next_conditions, false, ui);
        ImGui::Spacing();
        const int needed = std::max(1, status.hold_needed);
        text_wrapped(trf("stage.held", {std::to_string(status.held_ticks), std::to_string(status.hold_needed)}));
        ImGui::ProgressBar(std::clamp(float(status.held_ticks) / float(needed), 0.0f, 1.0f),
                           ImVec2(-1.0f, 0.0f),
                           (std::to_string(status.held_ticks) + " / " + std::to_string(status.hold_needed)).c_str());
        hover_tooltip(tr("stage.held_tooltip"));
    }

    // --- decline risk -------------------------------------------------------------------------
    if (!status.decline_conditions.empty()) {
        section_title(tr("stage.decline_risk"));
        ImGui::PushID("decline");
        draw_condition_list(session, status.decline_conditions, true, ui);
        ImGui::PopID();
        if (status.decline_held_ticks > 0)
            text_coloured(theme().warning, trf("stage.decline_held",
                                               {std::to_string(status.decline_held_ticks),
                                                std::to_string(int(session.params().decline_hold_ticks))}));
    }
    draw_fallback(session);
}

}  // namespace keystone::client
