// Score and baselines; see score.h. Every line records how its value was read (the months it
// averaged, the goals it counted) so that the results screen and run.json can say so.
#include "session/score.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "sim/rules.h"

namespace keystone {

namespace {
using RowReader = std::function<double(const TickRecord&)>;

// Metrics read from history rows and averaged over a trailing window.
bool history_reader(const std::string& metric, RowReader* reader) {
    struct Named { const char* name; RowReader read; };
    static const Named kReaders[] = {
        {"transformation_rate", [](const TickRecord& r) { return r.metrics.transformation_rate; }},
        {"firm_ties_per_firm", [](const TickRecord& r) { return r.metrics.firm_ties_per_firm; }},
        {"external_tie_share", [](const TickRecord& r) { return r.metrics.external_tie_share; }},
        {"cross_segment_share", [](const TickRecord& r) { return r.metrics.cross_segment_share; }},
        {"decentralization", [](const TickRecord& r) { return 1.0 - r.metrics.centralization; }},
        {"innovation_index", [](const TickRecord& r) { return r.metrics.innovation_index; }},
        {"innovative_share", [](const TickRecord& r) { return r.metrics.innovative_share; }},
        {"high_quality_share", [](const TickRecord& r) { return r.metrics.high_quality_share; }},
        {"output_value", [](const TickRecord& r) { return r.metrics.output_value; }},
        {"occupancy", [](const TickRecord& r) { return r.metrics.occupancy; }},
        {"tax_revenue", [](const TickRecord& r) { return r.metrics.tax_revenue; }},
        {"rent_revenue", [](const TickRecord& r) { return r.metrics.rent_revenue; }},
        {"enterprises", [](const TickRecord& r) { return double(r.metrics.enterprises); }},
        {"culture_trust", [](const TickRecord& r) { return r.culture.trust; }},
        {"culture_innovation", [](const TickRecord& r) { return r.culture.innovation; }},
        {"culture_index", [](const TickRecord& r) {
             // The cultures the thesis calls decisive for a COI, equally weighted.
             return (r.culture.trust + r.culture.entrepreneurial + r.culture.innovation + r.culture.openness +
                     r.culture.open_innovation) / 5.0;
         }},
    };
    for (const auto& named : kReaders)
        if (metric == named.name) { *reader = named.read; return true; }
    return false;
}

int regular_rank(Stage stage) {
    // Decline and renewal are not rungs of the ladder; the best regular stage counts.
    return stage <= Stage::Coi ? int(stage) : 0;
}
}  // namespace

const char* score_method_name(ScoreMethod method) {
    switch (method) {
        case ScoreMethod::MeanOfMonths: return "mean_of_months";
        case ScoreMethod::BestStage: return "best_stage";
        case ScoreMethod::GoalsMet: return "goals_met";
    }
    return "?";
}

// Fallback when assets/scoring.json is missing; keep in step with that file (it has the reasons).
ScoringRules default_scoring() {
    ScoringRules rules;
    rules.components = {
        {"goals", "goals_met", "long", 35, 0.0, 1.0, 1, ""},
        {"stage_reached", "best_stage", "long", 15, 0.0, 3.0, 1, ""},
        {"transformation_rate", "transformation_rate", "long", 15, 0.1, 0.4, 12, ""},
        {"culture", "culture_index", "long", 10, 0.4, 0.7, 12, ""},
        {"network", "firm_ties_per_firm", "long", 10, 1.0, 3.0, 12, ""},
        {"external_ties", "external_tie_share", "long", 5, 0.05, 0.2, 12, ""},
        {"output_value", "output_value", "short", 6, 0.0, 1000, 12, ""},
        {"occupancy", "occupancy", "short", 4, 0.3, 0.9, 12, ""},
    };
    return rules;
}

bool parse_scoring(const nlohmann::json& document, const std::string& where, ScoringRules* rules, std::string* error) {
    auto fail = [&](const std::string& why) { if (error) *error = where + ": " + why; return false; };
    if (!document.is_object() || !document.contains("components") || !document["components"].is_array())
        return fail("expected {\"components\": [...]}");
    ScoringRules loaded;
    for (const auto& item : document["components"]) {
        if (!item.is_object()) return fail("each component must be an object");
        ScoreComponent component;
        try {
            component.id = item.value("id", std::string());
            component.metric = item.value("metric", component.id);
            component.horizon = item.value("horizon", std::string("long"));
            component.weight = item.value("weight", 0.0);
            component.floor = item.value("floor", 0.0);
            component.target = item.value("target", 1.0);
            component.window_months = item.value("window_months", 12);
            component.reason = item.value("reason", std::string());
        } catch (const nlohmann::json::exception&) {
            return fail("component '" + component.id + "': a field has the wrong type");
        }
        if (component.id.empty()) return fail("a component needs an id");
        if (component.target == component.floor) return fail("component '" + component.id + "': target must differ from floor");
        if (component.window_months < 1) return fail("component '" + component.id + "': window_months must be at least 1");
        if (component.metric != "best_stage" && component.metric != "goals_met") {
            std::function<double(const TickRecord&)> reader;
            if (!history_reader(component.metric, &reader)) return fail("component '" + component.id + "': unknown metric '" + component.metric + "'");
        }
        loaded.components.push_back(component);
    }
    if (document.contains("baselines")) {
        if (!document["baselines"].is_object()) return fail("baselines must be an object keyed by scenario id");
        for (const auto& [scenario, roles] : document["baselines"].items()) {
            if (scenario.rfind('_', 0) == 0) continue;   // "_comment"
            if (!roles.is_object()) return fail("baselines." + scenario + " must be {\"reference\": {...}, \"naive\": {...}}");
            ScenarioBaselines b;
            for (const char* kind : {"reference", "naive"}) {
                if (!roles.contains(kind)) continue;
                const auto& pair = roles[kind];
                const std::string at = "baselines." + scenario + "." + kind;
                if (!pair.is_object()) return fail(at + " must be {\"operator\": strategy, \"government\": strategy}");
                for (int r = 0; r < kRoleCount; ++r) {
                    const char* role = role_name(Role(r));
                    if (!pair.contains(role)) continue;
                    if (!pair[role].is_string()) return fail(at + "." + role + " must be a strategy id");
                    (std::string(kind) == "reference" ? b.reference : b.naive)[size_t(r)] = pair[role].get<std::string>();
                }
            }
            loaded.baselines[scenario] = b;
        }
    }
    *rules = std::move(loaded);
    return true;
}

bool load_scoring(const std::string& path, ScoringRules* rules, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot open " + path;
        return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json document = nlohmann::json::parse(text.str(), nullptr, false);
    if (document.is_discarded()) {
        if (error) *error = path + ": not valid JSON";
        return false;
    }
    return parse_scoring(document, path, rules, error);
}

bool read_score_metric(const Session& session, const ScoreComponent& component, ScoreLine* line) {
    const auto& history = session.history();
    if (component.metric == "best_stage") {
        line->method = ScoreMethod::BestStage;
        int best = regular_rank(session.world().stage.stage);
        best = std::max(best, regular_rank(session.world().stage.best_stage));
        for (const StageChange& change : session.world().stage_history) best = std::max(best, regular_rank(change.to));
        line->value = double(best);
        return true;
    }
    if (component.metric == "goals_met") {
        line->method = ScoreMethod::GoalsMet;
        const auto goals = session.goal_status();
        line->of = int(goals.size());
        line->count = int(std::count_if(goals.begin(), goals.end(), [](const Session::GoalStatus& g) { return g.decided && g.met; }));
        line->value = goals.empty() ? 0.0 : double(line->count) / double(goals.size());
        return true;
    }
    RowReader reader;
    if (!history_reader(component.metric, &reader)) return false;
    line->method = ScoreMethod::MeanOfMonths;
    if (history.empty()) { line->value = 0.0; return true; }
    const size_t window = size_t(std::max(1, component.window_months));
    const size_t begin = history.size() > window ? history.size() - window : 0;
    double sum = 0.0;
    for (size_t i = begin; i < history.size(); ++i) sum += reader(history[i]);
    line->value = sum / double(history.size() - begin);
    line->first_tick = history[begin].tick;
    line->last_tick = history.back().tick;
    return true;
}

ScoreResult score_session(const ScoringRules& rules, const Session& session) {
    ScoreResult result;
    double total_weight = 0.0;
    for (const auto& component : rules.components) total_weight += std::max(0.0, component.weight);
    if (total_weight <= 0.0) return result;
    for (const auto& component : rules.components) {
        ScoreLine line;
        line.component = component;
        if (!read_score_metric(session, component, &line)) line.value = component.floor;
        line.attainment = std::clamp((line.value - component.floor) / (component.target - component.floor), 0.0, 1.0);
        line.points = 100.0 * line.attainment * std::max(0.0, component.weight) / total_weight;
        result.total += line.points;
        (component.horizon == "short" ? result.short_term : result.long_term) += line.points;
        result.lines.push_back(line);
    }
    return result;
}

nlohmann::json score_json(const ScoreResult& score) {
    nlohmann::json lines = nlohmann::json::array();
    for (const ScoreLine& line : score.lines) {
        nlohmann::json item = {{"id", line.component.id}, {"metric", line.component.metric},
                               {"horizon", line.component.horizon}, {"weight", line.component.weight},
                               {"floor", line.component.floor}, {"target", line.component.target},
                               {"method", score_method_name(line.method)}, {"value", line.value},
                               {"attainment", line.attainment}, {"points", line.points}};
        if (line.method == ScoreMethod::MeanOfMonths) {
            item["window_months"] = line.component.window_months;
            item["first_tick"] = line.first_tick;
            item["last_tick"] = line.last_tick;
        }
        if (line.method == ScoreMethod::GoalsMet) { item["goals_met"] = line.count; item["goals"] = line.of; }
        lines.push_back(item);
    }
    return {{"total", score.total}, {"long_term", score.long_term}, {"short_term", score.short_term}, {"components", lines}};
}

Role scored_role(const SessionConfig& config) {
    return config.human[int(Role::Government)] && !config.human[int(Role::Operator)] ? Role::Government : Role::Operator;
}

std::array<std::string, kRoleCount> reference_strategies(const ScoringRules& rules, const ScenarioDef& scenario) {
    std::array<std::string, kRoleCount> out = scenario.default_ai;
    const auto found = rules.baselines.find(scenario.id);
    if (found != rules.baselines.end())
        for (int r = 0; r < kRoleCount; ++r)
            if (!found->second.reference[size_t(r)].empty()) out[size_t(r)] = found->second.reference[size_t(r)];
    return out;
}

std::array<std::string, kRoleCount> naive_strategies(const ScoringRules& rules, const ScenarioDef& scenario) {
    const auto found = rules.baselines.find(scenario.id);
    return found != rules.baselines.end() ? found->second.naive : std::array<std::string, kRoleCount>{};
}

SessionConfig baseline_config(const Session& session, const std::array<std::string, kRoleCount>& strategies) {
    SessionConfig config = session.config();
    config.strategies = strategies;
    config.human = {false, false};
    return config;
}

SessionConfig do_nothing_config(const Session& session, Role role) {
    std::array<std::string, kRoleCount> strategies;
    for (int r = 0; r < kRoleCount; ++r) strategies[size_t(r)] = session.strategy_for(Role(r));
    strategies[size_t(role)] = "hands_off";
    return baseline_config(session, strategies);
}

}  // namespace keystone
