// The condition history on the command line (see condition_history.h): CSV columns, run.json's
// stage path and outlook, and `keystone-cli explain`. A condition's value is the metric it reads
// in the month's history record, so the CSV, run.json and explain agree with step_stages.
#include "report/condition_history.h"
#include "report/trace_json.h"

#include <algorithm>
#include <cstdio>

#include "sim/hash.h"
#include "sim/metric_table.h"
#include "sim/stage_thresholds.h"

namespace keystone::report {

namespace {

// Flocking 0 .. COI 3; decline and renewal are off the ladder (-1).
int ladder_rank(Stage s) {
    switch (s) {
        case Stage::Flocking: return 0;
        case Stage::Agglomeration: return 1;
        case Stage::Cluster: return 2;
        case Stage::Coi: return 3;
        default: return -1;
    }
}

StageCondition measure(const StageCondition& c, const TickRecord& record) { return measure_condition(c, record); }

// Consecutive months, ending with history[index], in which the condition held.
int months_held(const std::vector<TickRecord>& history, size_t index, const StageCondition& c) {
    int months = 0;
    for (size_t i = index + 1; i-- > 0;) {
        if (!measure(c, history[i]).holds) break;
        ++months;
    }
    return months;
}

const TickRecord* record_at(const std::vector<TickRecord>& history, int32_t tick, size_t* index) {
    for (size_t i = 0; i < history.size(); ++i)
        if (history[i].tick == tick) { *index = i; return &history[i]; }
    return nullptr;
}

// Why a change happened, and the conditions the rule measured for it.
const char* change_kind(Stage from, Stage to) {
    if (to == Stage::Decline) return "lock_in";
    if (from == Stage::Decline) return "renewal";
    if (ladder_rank(from) > 0 && ladder_rank(to) >= 0 && ladder_rank(to) < ladder_rank(from)) return "fallback";
    return "entry";
}

std::vector<StageCondition> change_conditions(const Params& p, Stage from, Stage to) {
    const std::string kind = change_kind(from, to);
    if (kind == "lock_in") return stage_decline_thresholds(p);
    if (kind == "renewal") return stage_renewal_thresholds(p);
    if (kind == "fallback") return stage_entry_thresholds(p, from);
    return stage_entry_thresholds(p, to);
}

nlohmann::json condition_json(const StageCondition& c, int held, bool with_group) {
    nlohmann::json j = {{"metric", c.metric}, {"value", c.value}, {"threshold", c.threshold},
                        {"at_least", c.at_least}, {"holds", c.holds}, {"held_months", held}};
    if (with_group) j["group"] = c.group;
    return j;
}

nlohmann::json measured_json(const std::vector<TickRecord>& history, size_t index, const std::vector<StageCondition>& templates,
                             bool with_group) {
    nlohmann::json list = nlohmann::json::array();
    for (const StageCondition& t : templates)
        list.push_back(condition_json(measure(t, history[index]), months_held(history, index, t), with_group));
    return list;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

std::string stage_label(const std::string& name) {
    Stage s;
    return stage_from_name(name, &s) ? std::string(stage_title(s)) + " (" + name + ")" : name;
}

// One line per condition: metric, value, test, threshold, verdict and months held.
void print_conditions(std::string* out, const nlohmann::json& conditions) {
    for (const auto& c : conditions) {
        char line[200];
        const bool holds = c.value("holds", false);
        const int held = c.value("held_months", 0);
        std::snprintf(line, sizeof line, "      %-30s %9s %s %-9s %s", c.value("metric", "?").c_str(), number(c.value("value", 0.0)).c_str(),
                      c.value("at_least", true) ? ">=" : "<=", number(c.value("threshold", 0.0)).c_str(),
                      holds ? ("holds (" + std::to_string(held) + (held == 1 ? " month)" : " months)")).c_str() : "MISSING");
        *out += line;
        if (c.contains("group")) *out += "  [alternative " + std::to_string(c["group"].get<int>() + 1) + "]";
        *out += "\n";
    }
}

}  // namespace

std::string month_of_tick(const Session& session, int32_t tick) { return session.date_string(std::max(0, tick - 1)); }

int32_t month_of_change(const StageChange& change) { return change.tick > 0 ? change.tick + 1 : 0; }

std::string csv_header_columns(const Params& params) {
    std::string header = "tick,date,stage";
    for (const auto& m : metric_table()) header += std::string(",") + m.name;
    header += ",joint_actions_total,research_outputs_total,next_stage,held_months,hold_needed";
    for (const auto& column : condition_columns(params)) header += "," + column.transition + "." + column.condition.metric;
    return header + ",operator_budget,government_budget,hash";
}

nlohmann::json run_json(const Session& session) {
    const World& w = session.world();
    nlohmann::json run;
    run["scenario"] = session.config().scenario_id;
    run["strategy"] = {{"operator", session.strategy_for(Role::Operator)}, {"government", session.strategy_for(Role::Government)}};
    run["seed"] = session.config().seed;
    run["ticks"] = w.tick;
    run["final_hash"] = hash_hex(session.hash());
    run["end_date"] = month_of_tick(session, w.tick);
    run["stages"] = stage_path_json(session);
    run["outlook"] = outlook_json(session);
    const Metrics& m = w.metrics;
    run["final"] = {{"enterprises", m.enterprises},
                    {"multinationals", m.multinationals},
                    {"investment_funds", m.investment_funds},
                    {"research_institutes", m.research_institutes},
                    {"transformation_rate", m.transformation_rate},
                    {"centralization", m.centralization},
                    {"centralization_label", centralization_label_name(m.centralization_label)},
                    {"external_tie_share", m.external_tie_share},
                    {"trust", w.culture.trust},
                    {"innovation_culture", w.culture.innovation},
                    {"stage", stage_name(w.stage.stage)}};
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : session.script_errors()) errors.push_back({{"tick", e.tick}, {"script", e.script_id}, {"file", e.file}, {"line", e.line}, {"message", e.message}});
    run["script_errors"] = errors;
    // What happened to each mod; a mod skipped at load is an error a teacher must see here,
    // not only on stderr.
    nlohmann::json mods = nlohmann::json::array(), mod_errors = nlohmann::json::array();
    for (const auto& line : session.mod_report()) {
        mods.push_back(line);
        if (line.rfind("skipped", 0) == 0) mod_errors.push_back(line);
    }
    run["mods"] = mods;
    run["warnings"] = session.warnings();
    run["mod_errors"] = mod_errors;
    nlohmann::json commands = nlohmann::json::array();
    for (const auto& c : session.command_log())
        commands.push_back({{"tick", c.tick}, {"type", command_type_name(c.type)}, {"role", role_name(c.role)}, {"policy", c.policy_id}, {"choice", c.choice_id}, {"source", c.source}});
    run["commands"] = commands;
    // The events raised and how each was answered, as the game's log says them (the report's events section).
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : w.log)
        if (e.kind == "event") events.push_back({{"tick", e.tick}, {"text", e.text}});
    run["events"] = events;
    return run;
}

std::string metrics_csv(const Session& session) { return csv_header_columns(session.params()) + "\n" + csv_rows(session, 0, ""); }

std::string csv_rows(const Session& session, int after_tick, const std::string& prefix) {
    const auto columns = condition_columns(session.params());
    double joint_actions_total = 0.0, outputs_total = 0.0;
    std::string rows;
    char buffer[64];
    for (const TickRecord& r : session.history()) {
        joint_actions_total += r.metrics.joint_actions_this_tick;
        outputs_total += r.metrics.research_outputs;
        if (r.tick <= after_tick) continue;
        std::string row = prefix + std::to_string(r.tick) + "," + month_of_tick(session, r.tick) + "," + stage_name(r.stage);
        const World view = record_view(r);
        for (const auto& m : metric_table()) {
            std::snprintf(buffer, sizeof buffer, ",%.6g", m.read(view));
            row += buffer;
        }
        std::snprintf(buffer, sizeof buffer, ",%.6g,%.6g", joint_actions_total, outputs_total);
        row += buffer;
        // A record from before version 7 of the save format has no measured conditions.
        const StageStatus& st = r.stage_status;
        if (st.next_conditions.empty()) row += ",,,";
        else row += std::string(",") + stage_name(st.next) + "," + std::to_string(st.held_ticks) + "," + std::to_string(st.hold_needed);
        for (const auto& column : columns) row += measure(column.condition, r).holds ? ",1" : ",0";
        std::snprintf(buffer, sizeof buffer, ",%.3f,%.3f,", r.budgets[0], r.budgets[1]);
        rows += row + buffer + hash_hex(r.hash) + "\n";
    }
    return rows;
}

nlohmann::json stage_path_json(const Session& session) {
    const World& w = session.world();
    const auto& history = session.history();
    nlohmann::json stages = nlohmann::json::array();
    // The stage the park starts at (a park that already exists may start above flocking).
    Stage start_stage = Stage::Flocking;
    for (const auto& change : w.stage_history)
        if (change.tick == 0) start_stage = change.to;
    stages.push_back({{"tick", 0}, {"date", session.date_string(0)}, {"stage", stage_name(start_stage)}});
    int32_t previous_month = 0;
    for (const auto& change : w.stage_history) {
        if (change.tick <= 0) continue;
        const int32_t month = month_of_change(change);
        nlohmann::json entry = {{"tick", month}, {"date", month_of_tick(session, month)}, {"stage", stage_name(change.to)},
                                {"from", stage_name(change.from)}, {"kind", change_kind(change.from, change.to)}};
        size_t index = 0;
        if (record_at(history, month, &index)) {
            const auto conditions = change_conditions(session.params(), change.from, change.to);
            entry["conditions"] = measured_json(history, index, conditions, change.to == Stage::Decline);
            entry["trace"] = flips_json(flips_behind_change(history, index, stage_name(change.to), conditions, previous_month));
        }
        previous_month = month;
        stages.push_back(entry);
    }
    return stages;
}

nlohmann::json outlook_json(const Session& session) {
    const StageStatus& st = session.world().stage;
    const auto& history = session.history();
    nlohmann::json outlook = {{"stage", stage_name(st.stage)}};
    if (history.empty()) return outlook;
    const size_t last = history.size() - 1;
    auto templates = [](std::vector<StageCondition> list) {
        for (auto& c : list) { c.value = 0.0; c.holds = false; }
        return list;
    };
    if (!st.next_conditions.empty()) {
        outlook["next"] = stage_name(st.next);
        outlook["held_months"] = st.held_ticks;
        outlook["hold_needed"] = st.hold_needed;
        outlook["conditions"] = measured_json(history, last, templates(st.next_conditions), false);
    }
    if (!st.decline_conditions.empty()) {
        outlook["lock_in_held_months"] = st.decline_held_ticks;
        outlook["lock_in_hold_needed"] = int(session.params().decline_hold_ticks);
        outlook["lock_in_conditions"] = measured_json(history, last, templates(st.decline_conditions), true);
    }
    return outlook;
}

std::string explain_text(const nlohmann::json& run, std::string* error) {
    if (!run.is_object() || !run.contains("stages") || !run["stages"].is_array() || run["stages"].empty()) {
        *error = "no 'stages' list (a run.json written by 'keystone-cli run --out' has one)";
        return "";
    }
    try {
        std::string out;
        if (run.contains("scenario")) {
            out += run["scenario"].get<std::string>();
            if (run.contains("seed")) out += " | seed " + run["seed"].dump();
            if (run.contains("strategy") && run["strategy"].is_object())
                out += " | operator: " + run["strategy"].value("operator", "?") + " | government: " + run["strategy"].value("government", "?");
            out += "\n";
        }
        out += "Stage path (a change is dated by the month that ends with it; conditions as measured that month):\n";
        for (const auto& s : run["stages"]) {
            const std::string date = s.value("date", "?"), stage = s.value("stage", "?");
            if (!s.contains("from")) { out += "  " + date + "  starts as " + stage_label(stage) + "\n"; continue; }
            const std::string kind = s.value("kind", "entry");
            out += "  " + date + "  (month " + s["tick"].dump() + ") " + stage_label(s.value("from", "?")) + " -> " + stage_label(stage);
            out += kind == "lock_in"    ? ": a lock-in alternative held long enough\n"
                 : kind == "fallback"   ? ": its own conditions failed long enough (fell back)\n"
                 : kind == "renewal"    ? ": the renewal conditions held long enough\n"
                                        : ": all entry conditions held long enough\n";
            if (s.contains("conditions")) print_conditions(&out, s["conditions"]);
            if (s.contains("trace")) print_trace(&out, s["trace"]);
        }
        if (!run.contains("outlook")) return out;
        const auto& o = run["outlook"];
        const std::string end_date = run.contains("end_date") ? run["end_date"].get<std::string>() : "the end";
        out += "At " + end_date + ": " + stage_label(o.value("stage", "?")) + "\n";
        if (o.contains("conditions")) {
            out += "  Next stage " + stage_label(o.value("next", "?")) + " needs every condition below held for " +
                   o["hold_needed"].dump() + " months in a row (all held for " + o["held_months"].dump() + " so far):\n";
            print_conditions(&out, o["conditions"]);
            std::string missing;
            for (const auto& c : o["conditions"])
                if (!c.value("holds", false))
                    missing += std::string(missing.empty() ? "" : ", ") + c.value("metric", "?") + " (" + number(c.value("value", 0.0)) +
                               (c.value("at_least", true) ? ", needs at least " : ", needs at most ") + number(c.value("threshold", 0.0)) + ")";
            out += missing.empty() ? "  Holds the park back: nothing now; the conditions must keep holding until the count reaches the months needed.\n"
                                   : "  Holds the park back: " + missing + "\n";
        } else {
            out += "  No stage above this one.\n";
        }
        if (o.contains("lock_in_conditions")) {
            out += "  Lock-in risk (either alternative, held for " + o["lock_in_hold_needed"].dump() + " months, means decline; held " +
                   o["lock_in_held_months"].dump() + " so far):\n";
            print_conditions(&out, o["lock_in_conditions"]);
        }
        return out;
    } catch (const nlohmann::json::exception& e) {
        *error = std::string("a field has the wrong type (") + e.what() + ")";
        return "";
    }
}

}  // namespace keystone::report
