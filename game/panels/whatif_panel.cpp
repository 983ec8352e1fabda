// What-if branches in the client: the "What if..." dialog (branch month, role, who plays it), the
// bar under the top bar while a branch is open, and the comparison of the main game with the
// branch (both stage timelines on one scale, the indicators side by side, every chart with both
// runs: main solid, branch dashed). Written for a class: the question the branch asks is spelled
// out in words ("What if, from 2015-03, the Government had followed ...?").
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/chart_series.h"
#include "core/debrief.h"
#include "core/goals_view.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "views/fan_chart.h"
#include "views/line_chart.h"
#include "views/stage_timeline.h"
#include "widgets.h"

namespace keystone::client {

namespace {
const char* const kWhatIfPopup = "###whatif_dialog";

std::string role_label(Role role) { return tr_or(std::string("role.") + role_name(role), role_name(role)); }
std::string stage_label(Stage stage) { return tr_or(std::string("stage.") + stage_name(stage), stage_title(stage)); }

std::string strategy_label(const Session& session, const std::string& id) {
    for (const StrategyDef& strategy : session.strategies())
        if (strategy.id == id) return strategy_name_text(strategy);
    return id;
}

bool strategy_plays(const StrategyDef& strategy, Role role) {
    return !strategy.disabled &&
           (strategy.roles.empty() || std::find(strategy.roles.begin(), strategy.roles.end(), role) != strategy.roles.end());
}

// Who plays a role in a session, in words: "you" or the strategy's name.
std::string played_by(const Session& session, Role role) {
    return session.config().human[int(role)] ? std::string(tr("whatif.by_you"))
                                             : "\xE2\x80\x9C" + strategy_label(session, session.strategy_for(role)) + "\xE2\x80\x9D";
}

// The question a branch asks, in a sentence a class can read off the projector.
std::string branch_question(const Session& session, const BranchPlan& plan) {
    const std::string when = session.date_string(plan.fork_tick);
    if (plan.strategy.empty()) return trf("whatif.question_by_hand", {when, role_label(plan.role)});
    return trf("whatif.question_strategy", {when, role_label(plan.role), strategy_label(session, plan.strategy)});
}

// A difference; for shares in percentage points ("+2.3 pp"), not a percentage of a percentage.
std::string signed_number(double value, bool share) {
    std::string text = share ? format_number(value * 100.0) + " " + tr("compare.points") : format_number(value);
    return value > 0.0 ? "+" + text : text;
}
}  // namespace

// =================================================================================================
// The dialog
// =================================================================================================

void draw_whatif_dialog(const Session& main, UiState& ui) {
    WhatIfDraft& draft = ui.whatif;
    if (ui.open_whatif_dialog && !ui.request_close_dialogs) {
        ui.open_whatif_dialog = false;
        draft.error.clear();
        if (!draft.initialised || draft.plan.fork_tick > main.world().tick) {
            draft.initialised = true;
            draft.plan.fork_tick = main.world().tick;
            // The role the AI plays here is the usual question ("what if the government had ..."); with
            // both roles played by people, the government.
            draft.plan.role = main.config().human[int(Role::Government)] && !main.config().human[int(Role::Operator)]
                                  ? Role::Operator
                                  : Role::Government;
            draft.plan.strategy.clear();
            draft.by_hand = false;
        }
        draft.plan.fork_tick = main.world().tick;
        ImGui::OpenPopup(kWhatIfPopup);
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.9f, ImGui::GetFontSize() * 40.0f), 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x * 0.95f, display.y * 0.92f));
    const std::string title = std::string(tr("whatif.title")) + kWhatIfPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const float font = ImGui::GetFontSize();
    // Text wraps short of the dialog's edge by the scrollbar too: long texts (a translation) make
    // the dialog taller than the screen allows, and then it scrolls.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(display.x * 0.9f, font * 40.0f) - font * 1.5f - ImGui::GetStyle().ScrollbarSize);
    ImGui::TextUnformatted(tr("whatif.intro"));

    // --- when -----------------------------------------------------------------------------------
    section_title(tr("whatif.when"));
    const int now = main.world().tick;
    int fork = std::clamp(draft.plan.fork_tick, 0, now);
    const std::string fork_text = main.date_string(fork) + (fork == now ? "  " + std::string(tr("whatif.now")) : std::string());
    ImGui::SetNextItemWidth(std::min(font * 18.0f, ImGui::GetContentRegionAvail().x * 0.5f));
    ImGui::BeginDisabled(now == 0);
    if (ImGui::SliderInt("##fork", &fork, 0, std::max(now, 1), fork_text.c_str())) draft.plan.fork_tick = std::clamp(fork, 0, now);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton(label_id(tr("whatif.now_button"), "now").c_str())) draft.plan.fork_tick = now;
    ImGui::PushStyleColor(ImGuiCol_Text, theme().text_dim);
    ImGui::TextUnformatted(draft.plan.fork_tick < now ? tr("whatif.earlier_note") : tr("whatif.now_note"));
    ImGui::PopStyleColor();

    // --- who ------------------------------------------------------------------------------------
    section_title(tr("whatif.who"));
    for (int r = 0; r < kRoleCount; ++r) {
        ImGui::PushID(r);
        if (r > 0) ImGui::SameLine(0.0f, font * 1.5f);
        if (ImGui::RadioButton(role_label(Role(r)).c_str(), draft.plan.role == Role(r)) && draft.plan.role != Role(r)) {
            draft.plan.role = Role(r);
            draft.plan.strategy.clear();
        }
        ImGui::PopID();
    }
    text_dim(trf("whatif.in_main_game", {role_label(draft.plan.role), played_by(main, draft.plan.role)}));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("whatif.played_by"));
    ImGui::SameLine();
    // Default: the first strategy that differs from the main game's.
    if (!draft.by_hand && draft.plan.strategy.empty()) {
        for (const StrategyDef& strategy : main.strategies())
            if (strategy_plays(strategy, draft.plan.role) &&
                (main.config().human[int(draft.plan.role)] || strategy.id != main.strategy_for(draft.plan.role))) {
                draft.plan.strategy = strategy.id;
                break;
            }
    }
    const std::string current = draft.by_hand ? std::string(tr("whatif.by_hand"))
                                              : strategy_label(main, draft.plan.strategy);
    ImGui::SetNextItemWidth(std::min(font * 20.0f, ImGui::GetContentRegionAvail().x * 0.5f));
    if (ImGui::BeginCombo("##player", current.c_str())) {
        if (ImGui::Selectable(tr("whatif.by_hand"), draft.by_hand)) {
            draft.by_hand = true;
            draft.plan.strategy.clear();
        }
        hover_tooltip(tr("whatif.by_hand_tooltip"));
        const auto& strategies = main.strategies();
        for (size_t s = 0; s < strategies.size(); ++s) {
            const StrategyDef& strategy = strategies[s];
            if (!strategy_plays(strategy, draft.plan.role)) continue;
            ImGui::PushID(int(s));
            std::string name = strategy_name_text(strategy);
            if (!main.config().human[int(draft.plan.role)] && strategy.id == main.strategy_for(draft.plan.role))
                name += "  " + std::string(tr("whatif.as_in_main"));
            if (ImGui::Selectable(name.c_str(), !draft.by_hand && strategy.id == draft.plan.strategy)) {
                draft.by_hand = false;
                draft.plan.strategy = strategy.id;
            }
            if (!strategy.description.empty()) hover_tooltip(strategy_text(strategy, "description", strategy.description));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (draft.by_hand) draft.plan.strategy.clear();

    // --- the question, in words -----------------------------------------------------------------
    ImGui::Spacing();
    ImGui::Separator();
    text_coloured(theme().accent, branch_question(main, draft.plan));
    ImGui::PushStyleColor(ImGuiCol_Text, theme().text_dim);
    ImGui::TextUnformatted(tr("whatif.hands_note"));
    ImGui::PopStyleColor();
    if (!draft.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().bad);
        ImGui::TextUnformatted(trf("whatif.failed", {draft.error}).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    const bool ready = draft.by_hand || !draft.plan.strategy.empty();
    ImGui::BeginDisabled(!ready);
    ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.05f, 0.05f, 1.0f));
    if (ImGui::Button(label_id(tr("whatif.create"), "create").c_str())) ui.request_create_branch = true;
    ImGui::PopStyleColor(2);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("common.cancel"), "cancel").c_str())) ImGui::CloseCurrentPopup();
    if (ui.request_close_dialogs) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// =================================================================================================
// The bar under the top bar
// =================================================================================================

void draw_branch_bar(const Session& main, const Session& branch, const BranchPlan& plan, int32_t run_target, UiState& ui) {
    const float font = ImGui::GetFontSize();
    text_coloured_wrapped(theme().accent, branch_question(main, plan));
    same_line_if_fits(font * 16.0f, font);
    text_dim(trf("whatif.months", {main.date_string(main.world().tick), branch.date_string(branch.world().tick)}));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("whatif.show"));
    struct Choice { SessionView view; const char* key; };
    const Choice choices[] = {{SessionView::Main, "whatif.view_main"}, {SessionView::Branch, "whatif.view_branch"},
                              {SessionView::Compare, "whatif.view_compare"}};
    for (const Choice& choice : choices) {
        same_line_if_fits(button_width(tr(choice.key)), ImGui::GetStyle().ItemSpacing.x);
        const bool selected = ui.view == choice.view;
        if (selected) {
            ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.05f, 0.05f, 1.0f));
        }
        if (ImGui::Button(label_id(tr(choice.key), choice.key).c_str())) ui.view = choice.view;
        if (selected) ImGui::PopStyleColor(2);
    }
    hover_tooltip(tr("whatif.show_tooltip"));

    const bool running = run_target != -2;
    const std::string run_to = trf("whatif.run_to", {main.date_string(main.world().tick)});
    same_line_if_fits(button_width(run_to), font * 1.5f);
    ImGui::BeginDisabled(running || branch.finished() || branch.world().tick >= main.world().tick);
    if (ImGui::Button(label_id(run_to, "run_to_main").c_str()))
        ui.request_branch_run = main.world().tick;
    ImGui::EndDisabled();
    hover_tooltip(tr("whatif.run_to_tooltip"));
    same_line_if_fits(button_width(tr("whatif.run_to_end")), ImGui::GetStyle().ItemSpacing.x);
    ImGui::BeginDisabled(running || branch.finished());
    if (ImGui::Button(label_id(tr("whatif.run_to_end"), "run_to_end").c_str())) ui.request_branch_run = -1;
    ImGui::EndDisabled();
    same_line_if_fits(button_width(tr("whatif.close")), font * 1.5f);
    if (ImGui::Button(label_id(tr("whatif.close"), "close_branch").c_str())) ui.request_close_branch = true;
    hover_tooltip(tr("whatif.close_tooltip"));
    if (running) {
        same_line_if_fits(font * 12.0f, font);
        const int32_t target = run_target < 0 ? branch.world().end_tick : run_target;
        const float progress = target > plan.fork_tick
                                   ? float(branch.world().tick - plan.fork_tick) / float(target - plan.fork_tick)
                                   : 1.0f;
        ImGui::ProgressBar(std::clamp(progress, 0.0f, 1.0f), ImVec2(font * 10.0f, 0.0f),
                           trf("whatif.running", {branch.date_string(branch.world().tick)}).c_str());
    } else if (ui.view == SessionView::Branch && branch.config().human[int(plan.role)] && plan.strategy.empty()) {
        same_line_if_fits(font * 14.0f, font);
        text_coloured(theme().warning, trf("whatif.you_play", {role_label(plan.role)}));
    }
}

// =================================================================================================
// The comparison
// =================================================================================================

namespace {
// Three columns (indicator, main game, branch with its difference): cells wrap, so long
// indicator names and stage titles are never cut at projector font sizes.
void compare_row(const std::string& label, const std::string& main_text, const std::string& branch_text,
                 const std::string& difference) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    text_wrapped(label);
    ImGui::TableSetColumnIndex(1);
    text_wrapped(main_text);
    ImGui::TableSetColumnIndex(2);
    text_wrapped(difference.empty() ? branch_text : branch_text + "  (" + difference + ")");
}

void number_row(const char* key, double main_value, double branch_value, bool share) {
    const auto show = [share](double v) { return share ? format_share(v) : format_number(v); };
    const double difference = branch_value - main_value;
    compare_row(tr(key), show(main_value), show(branch_value),
                std::fabs(difference) < 1e-12 ? std::string("=") : signed_number(difference, share));
}

void draw_compare_table(const Session& main, const Session& branch) {
    const Metrics& a = main.world().metrics;
    const Metrics& b = branch.world().metrics;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("compare_table", 3, flags)) return;
    ImGui::TableSetupColumn(tr("compare.column.indicator"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(tr("compare.column.main"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("compare.column.branch"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    compare_row(tr("compare.month"), main.date_string(main.world().tick), branch.date_string(branch.world().tick), "");
    auto stage_text = [](Stage stage) {
        return (stage <= Stage::Coi ? std::to_string(int(stage)) + " " : std::string()) + stage_label(stage);
    };
    compare_row(tr("results.kpi.stage"), stage_text(main.world().stage.stage), stage_text(branch.world().stage.stage), "");
    number_row("results.kpi.enterprises", a.enterprises, b.enterprises, false);
    number_row("results.kpi.transformation_rate", a.transformation_rate, b.transformation_rate, true);
    number_row("results.kpi.innovative_share", a.innovative_share, b.innovative_share, true);
    number_row("results.kpi.firm_ties_per_firm", a.firm_ties_per_firm, b.firm_ties_per_firm, false);
    number_row("results.kpi.external_tie_share", a.external_tie_share, b.external_tie_share, true);
    number_row("results.kpi.trust", main.world().culture.trust, branch.world().culture.trust, false);
    number_row("results.kpi.innovation_culture", main.world().culture.innovation, branch.world().culture.innovation, false);
    number_row("results.kpi.output_value", a.output_value, b.output_value, false);
    number_row("results.kpi.occupancy", a.occupancy, b.occupancy, true);
    for (int r = 0; r < kRoleCount; ++r) {
        const double x = main.world().roles[r].budget, y = branch.world().roles[r].budget;
        compare_row(trf("results.kpi.budget", {role_label(Role(r))}), format_money(x), format_money(y),
                    std::fabs(y - x) < 1e-9 ? std::string("=") : signed_number(y - x, false));
    }
    if (!main.scenario().goals.empty()) {
        const auto main_goals = goal_rows(main), branch_goals = goal_rows(branch);
        compare_row(tr("compare.goals_met"),
                    std::to_string(goals_met(main_goals)) + " / " + std::to_string(main_goals.size()),
                    std::to_string(goals_met(branch_goals)) + " / " + std::to_string(branch_goals.size()), "");
    }
    ImGui::EndTable();
}
}  // namespace

// =================================================================================================
// The 200 futures (last tab of the comparison)
// =================================================================================================

namespace {
// "25.3% (18.1% - 33.2%)": a probability with its 95% interval; "-" when no future decided it.
std::string probability_text(const GoalSummary& goal) {
    if (goal.decided == 0) return "-";
    return trf("futures.probability", {format_share(goal.probability), format_share(goal.low), format_share(goal.high)});
}

// When the futures reach a stage: the share that do, and the median month with its 5%-95% range.
std::string stage_reach_text(const Session& main, const StageSummary& stage) {
    if (stage.reached_share <= 0.0) return tr("futures.never");
    const auto date = [&main](double month) { return main.date_string(int32_t(std::lround(month))); };
    return trf("futures.reached", {format_share(stage.reached_share), date(stage.first_month[2]), date(stage.first_month[0]),
                                   date(stage.first_month[4])});
}

void draw_futures_result(const Session& main, const FuturesOutcome& outcome) {
    const float font = ImGui::GetFontSize();
    const ComboSummary& a = outcome.sides[0];
    const ComboSummary& b = outcome.sides[1];
    const std::string main_label = tr("compare.main_game"), branch_label = tr("compare.branch");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    // --- goals ------------------------------------------------------------------------------------
    section_title(tr("futures.goals"));
    const std::vector<GoalRow> rows = goal_rows(main);
    if (rows.empty()) text_dim(tr("futures.no_goals"));
    else if (ImGui::BeginTable("futures_goals", 3, flags)) {
        ImGui::TableSetupColumn(tr("futures.goal_column"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(main_label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(branch_label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        for (size_t g = 0; g < rows.size(); ++g)
            compare_row(rows[g].text, g < a.goals.size() ? probability_text(a.goals[g]) : "-",
                        g < b.goals.size() ? probability_text(b.goals[g]) : "-", "");
        ImGui::EndTable();
    }
    // --- stages -----------------------------------------------------------------------------------
    section_title(tr("futures.stages"));
    if (ImGui::BeginTable("futures_stages", 3, flags)) {
        ImGui::TableSetupColumn(tr("futures.stage_column"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(main_label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(branch_label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        for (int s = 0; s < kStageCount; ++s) {
            // Stages no future reaches on either side are left out.
            if (a.stages[size_t(s)].reached_share <= 0.0 && b.stages[size_t(s)].reached_share <= 0.0) continue;
            compare_row(stage_label(Stage(s)), stage_reach_text(main, a.stages[size_t(s)]), stage_reach_text(main, b.stages[size_t(s)]), "");
        }
        ImGui::EndTable();
    }
    // --- fan charts -------------------------------------------------------------------------------
    section_title(tr("futures.fans"));
    text_dim_wrapped(tr("futures.fans_note"));
    FanChartStyle style;
    style.height = font * 12.0f;
    // Game year y ends in month 12y: its calendar year is the one month 12y falls in.
    style.first_year = main.world().start_year + (main.world().start_month - 1 + 12 - 1) / 12;
    style.marker_row = float(outcome.fork_tick) / 12.0f - 1.0f;
    style.marker_label = tr("compare.branch_starts");
    for (size_t i = 0; i < outcome.indicators.size(); ++i) {
        const std::string& name = outcome.indicators[i];
        style.share = name.size() > 6 && (name.rfind("_share") == name.size() - 6 || name.rfind("_rate") == name.size() - 5);
        const std::vector<FanSeries> series = {{main_label, series_colour(0), &a.indicators_by_year[i]},
                                               {branch_label, to_u32(theme().accent), &b.indicators_by_year[i]}};
        ImGui::PushID(int(i));
        draw_fan_chart("fan", tr_or("results.kpi." + name, name), series, style);
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void draw_futures_tab(const Session& main, const BranchPlan& plan, const FuturesJob* futures, UiState& ui) {
    const size_t per_side = futures ? futures->per_side() : size_t(kFuturesPerSide);
    text_dim_wrapped(trf("futures.intro", {std::to_string(per_side), main.date_string(plan.fork_tick)}));
    const bool running = futures && !futures->finished();
    if (running) {
        const float font = ImGui::GetFontSize();
        const float progress = futures->total() > 0 ? float(futures->done()) / float(futures->total()) : 0.0f;
        ImGui::ProgressBar(progress, ImVec2(std::min(font * 16.0f, ImGui::GetContentRegionAvail().x * 0.6f), 0.0f),
                           trf("futures.running", {std::to_string(futures->done()), std::to_string(futures->total())}).c_str());
        same_line_if_fits(button_width(tr("futures.cancel")), font);
        ImGui::BeginDisabled(futures->cancelled());
        if (ImGui::Button(label_id(tr("futures.cancel"), "cancel_futures").c_str())) ui.request_cancel_futures = true;
        ImGui::EndDisabled();
        return;
    }
    const std::string run = futures ? std::string(tr("futures.again")) : trf("futures.run", {std::to_string(kFuturesPerSide)});
    if (ImGui::Button(label_id(run, "run_futures").c_str())) ui.request_futures = true;
    hover_tooltip(trf("futures.run_tooltip", {std::to_string(futures_worker_count())}));
    if (!futures) return;
    if (futures->cancelled()) {
        text_dim(tr("futures.cancelled"));
        return;
    }
    const FuturesOutcome* outcome = futures->outcome();
    if (!outcome) return;
    if (!outcome->error.empty()) text_coloured_wrapped(theme().warning, trf("futures.failed", {outcome->error}));
    draw_futures_result(main, *outcome);
}
}  // namespace

void draw_compare_view(const Session& main, const Session& branch, const BranchPlan& plan, const FuturesJob* futures, UiState& ui) {
    const float font = ImGui::GetFontSize();
    // (The question itself stands in the bar above.)
    const int differs = first_different_month(main, branch);
    text_dim_wrapped(trf("compare.key", {main.date_string(plan.fork_tick)}) + "   " +
             (differs > 0 ? trf("compare.differs_from", {main.date_string(differs)})
                          : std::string(tr("compare.same_so_far"))));

    // --- the futures, over the whole area (a small screen has no room beside the comparison) -----
    if (ui.compare_futures_open) {
        if (ImGui::Button(label_id(tr("futures.back"), "back").c_str())) ui.compare_futures_open = false;
        ImGui::BeginChild("futures", ImVec2(0, 0), false);
        draw_futures_tab(main, plan, futures, ui);
        ImGui::EndChild();
        return;
    }

    // --- both stage timelines on one time scale ---------------------------------------------------
    const int32_t total = std::max({main.world().tick, branch.world().tick, 1});
    StageTimelineStyle style;
    style.total_ticks = total;
    style.marker_tick = plan.fork_tick;
    style.height_lines = 1.5f;
    const std::string main_label = tr("compare.main_game"), branch_label = tr("compare.branch");
    style.label_width = std::max(ImGui::CalcTextSize(main_label.c_str()).x, ImGui::CalcTextSize(branch_label.c_str()).x) + font;
    style.label = main_label;
    style.date_axis = false;
    draw_stage_timeline(main, "main_timeline", style);
    style.label = branch_label;
    style.date_axis = true;
    draw_stage_timeline(branch, "branch_timeline", style);

    // --- the pair as one printable page (keystone-cli report A.json B.json ...) ------------------
    if (ImGui::Button(label_id(tr("compare.export"), "export_pair").c_str())) {
        ui.compare_report = {};
        if (write_whatif_report(main, branch, main_label, branch_label, &ui.compare_report.path, &ui.compare_report.error))
            open_with_desktop(ui.compare_report.path);
    }
    hover_tooltip(tr("compare.export_tooltip"));
    const std::string open_futures = futures ? std::string(tr("futures.show")) : trf("futures.run", {std::to_string(kFuturesPerSide)});
    same_line_if_fits(button_width(open_futures), font);
    if (ImGui::Button(label_id(open_futures, "open_futures").c_str())) {
        ui.compare_futures_open = true;
        if (!futures) ui.request_futures = true;
    }
    hover_tooltip(trf("futures.run_tooltip", {std::to_string(futures_worker_count())}));
    written_file_note(report_outcome(ui.compare_report), ui.compare_report.path, !ui.compare_report.error.empty());

    // --- indicators | charts ----------------------------------------------------------------------
    const float available = ImGui::GetContentRegionAvail().x;
    const float left = std::clamp(available * 0.40f, font * 18.0f, font * 32.0f);
    ImGui::BeginChild("compare_indicators", ImVec2(left, 0.0f), true);
    draw_compare_table(main, branch);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("compare_charts", ImVec2(0.0f, 0.0f), false);
    text_dim_wrapped(tr("compare.legend"));
    const auto& pages = chart_pages();
    ui.compare_chart_page = std::clamp(ui.compare_chart_page, 0, int(pages.size()) - 1);
    if (ImGui::BeginTabBar("compare_pages")) {
        for (int p = 0; p < int(pages.size()); ++p) {
            ImGui::PushID(p);
            if (ImGui::BeginTabItem(label_id(tr(pages[size_t(p)].title_key), "page").c_str())) {
                ui.compare_chart_page = p;
                const auto& kinds = pages[size_t(p)].charts;
                LineChartStyle chart_style;
                chart_style.height = std::max(font * 7.0f, ImGui::GetContentRegionAvail().y / float(kinds.size()) - font * 4.2f);
                chart_style.tick_label = [&main](int32_t tick) { return main.date_string(tick); };
                chart_style.january_tick = (13 - main.world().start_month) % 12;
                chart_style.marker_tick = plan.fork_tick;
                chart_style.marker_label = tr("compare.branch_starts");
                chart_style.stage_marks = stage_marks_of(main);
                ImGui::BeginChild("charts", ImVec2(0, 0), false);
                for (ChartKind kind : kinds) {
                    ImGui::PushID(int(kind));
                    const ChartData main_chart = build_chart(main, kind);
                    const ChartData branch_chart = build_chart(branch, kind);
                    chart_style.compare = &branch_chart;
                    std::vector<bool>& hidden = ui.compare_hidden_lines[int(kind)];
                    draw_line_chart("chart", main_chart, chart_style, &hidden);
                    ImGui::PopID();
                }
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            ImGui::PopID();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
}

void draw_toast(UiState& ui) {
    if (ui.toast.empty() || ImGui::GetTime() > ui.toast_until) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - ImGui::GetFontSize() * 1.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x * 0.9f, display.y * 0.4f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    ImGui::PushStyleColor(ImGuiCol_Border, ui.toast_bad ? theme().bad : theme().good);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
    if (ImGui::Begin("##toast", nullptr, flags)) {
        ImGui::PushTextWrapPos(display.x * 0.85f);
        text_coloured(ui.toast_bad ? theme().bad : theme().text, ui.toast);
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace keystone::client
