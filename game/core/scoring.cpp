// Score and results export; see scoring.h.
#include "core/scoring.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <nlohmann/json.hpp>

#include "core/files.h"
#include "core/goals_view.h"

namespace keystone::client {

namespace {
using RowReader = std::function<double(const TickRecord&)>;

// Metrics read from history rows, averaged over a trailing window.
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

int stage_rank(Stage stage) {
    // Decline and renewal are not rungs of the ladder; the best regular stage counts.
    return stage <= Stage::Coi ? int(stage) : 0;
}
}  // namespace

// Fallback when assets/scoring.json is missing; keep in step with that file (it has the reasons).
ScoringRules default_scoring() {
    ScoringRules rules;
    rules.components = {
        {"transformation_rate", "transformation_rate", "long", 25, 0.5, 12, ""},
        {"stage_reached", "best_stage", "long", 20, 3, 1, ""},
        {"culture", "culture_index", "long", 15, 0.8, 12, ""},
        {"network", "firm_ties_per_firm", "long", 10, 2.5, 12, ""},
        {"external_ties", "external_tie_share", "long", 10, 0.2, 12, ""},
        {"output_value", "output_value", "short", 12, 1000, 12, ""},
        {"occupancy", "occupancy", "short", 8, 0.9, 12, ""},
    };
    return rules;
}

bool load_scoring(const std::string& path, ScoringRules* rules, std::string* error) {
    std::string text;
    if (!read_text_file(path, &text)) {
        if (error) *error = "cannot open " + path;
        return false;
    }
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("components") ||
        !document["components"].is_array()) {
        if (error) *error = path + ": expected {\"components\": [...]}";
        return false;
    }
    ScoringRules loaded;
    for (const auto& item : document["components"]) {
        ScoreComponent component;
        component.id = item.value("id", std::string());
        component.metric = item.value("metric", component.id);
        component.horizon = item.value("horizon", std::string("long"));
        component.weight = item.value("weight", 0.0);
        component.target = item.value("target", 1.0);
        component.window_months = item.value("window_months", 12);
        component.reason = item.value("reason", std::string());
        if (component.id.empty() || component.target == 0.0) {
            if (error) *error = path + ": a component needs an id and a non-zero target";
            return false;
        }
        loaded.components.push_back(component);
    }
    *rules = std::move(loaded);
    return true;
}

bool read_score_metric(const Session& session, const std::string& metric, int window_months, double* value) {
    if (metric == "best_stage") {
        int best = stage_rank(session.world().stage.stage);
        best = std::max(best, stage_rank(session.world().stage.best_stage));
        for (const StageChange& change : session.world().stage_history) best = std::max(best, stage_rank(change.to));
        *value = double(best);
        return true;
    }
    RowReader reader;
    if (!history_reader(metric, &reader)) return false;
    const auto& history = session.history();
    if (history.empty()) { *value = 0.0; return true; }
    const size_t window = size_t(std::max(1, window_months));
    const size_t begin = history.size() > window ? history.size() - window : 0;
    double sum = 0.0;
    for (size_t i = begin; i < history.size(); ++i) sum += reader(history[i]);
    *value = sum / double(history.size() - begin);
    return true;
}

ScoreResult compute_score(const ScoringRules& rules, const Session& session) {
    ScoreResult result;
    double total_weight = 0.0;
    for (const auto& component : rules.components) total_weight += std::max(0.0, component.weight);
    if (total_weight <= 0.0) return result;
    for (const auto& component : rules.components) {
        ScoreLine line;
        line.component = component;
        if (!read_score_metric(session, component.metric, component.window_months, &line.value)) line.value = 0.0;
        line.attainment = std::clamp(line.value / component.target, 0.0, 1.0);
        line.points = 100.0 * line.attainment * std::max(0.0, component.weight) / total_weight;
        result.total += line.points;
        (component.horizon == "short" ? result.short_term : result.long_term) += line.points;
        result.lines.push_back(line);
    }
    return result;
}

nlohmann::json results_document(const Session& session, const ScoreResult& score) {
    const World& world = session.world();
    const Metrics& m = world.metrics;
    nlohmann::json doc;
    doc["format"] = "keystone-results";
    doc["format_version"] = 1;
    doc["scenario"] = {{"id", session.scenario().id}, {"name", session.scenario().name}};
    doc["seed"] = session.config().seed;
    nlohmann::json roles = nlohmann::json::object();
    for (int r = 0; r < kRoleCount; ++r) {
        roles[role_name(Role(r))] = {
            {"human", session.config().human[r]},
            {"strategy", session.config().human[r] ? std::string() : session.strategy_for(Role(r))},
            {"budget", world.roles[r].budget},
        };
    }
    doc["roles"] = roles;
    doc["start"] = session.date_string(0);
    doc["end"] = session.date_string(world.tick);
    doc["ticks"] = world.tick;
    doc["finished"] = session.finished();
    char hash_text[32];
    std::snprintf(hash_text, sizeof hash_text, "%016llx", static_cast<unsigned long long>(session.hash()));
    doc["state_hash"] = hash_text;

    nlohmann::json timeline = nlohmann::json::array();
    for (const StageChange& change : world.stage_history) {
        timeline.push_back({{"tick", change.tick}, {"date", session.date_string(change.tick)},
                            {"from", stage_name(change.from)}, {"to", stage_name(change.to)}});
    }
    doc["stage_history"] = timeline;
    doc["final_stage"] = stage_name(world.stage.stage);

    doc["kpis"] = {
        {"enterprises", m.enterprises}, {"multinationals", m.multinationals}, {"large_firms", m.large_firms},
        {"smes", m.smes}, {"startups", m.startups}, {"research_institutes", m.research_institutes},
        {"service_providers", m.service_providers}, {"investment_funds", m.investment_funds},
        {"transformation_rate", m.transformation_rate}, {"innovative_share", m.innovative_share},
        {"high_quality_share", m.high_quality_share}, {"occupancy", m.occupancy},
        {"output_value", m.output_value}, {"tax_revenue", m.tax_revenue}, {"rent_revenue", m.rent_revenue},
        {"firm_ties_per_firm", m.firm_ties_per_firm}, {"cross_segment_share", m.cross_segment_share},
        {"external_tie_share", m.external_tie_share}, {"centralization", m.centralization},
        {"centralization_label", centralization_label_name(m.centralization_label)},
        {"implicit_enablers", m.implicit_enablers},
    };
    const Culture& c = world.culture;
    doc["culture"] = {{"trust", c.trust}, {"entrepreneurial", c.entrepreneurial}, {"innovation", c.innovation},
                      {"team", c.team}, {"learning", c.learning}, {"openness", c.openness},
                      {"open_innovation", c.open_innovation}, {"quadruple_helix", c.quadruple_helix}};

    nlohmann::json lines = nlohmann::json::array();
    for (const ScoreLine& line : score.lines) {
        lines.push_back({{"id", line.component.id}, {"metric", line.component.metric},
                         {"horizon", line.component.horizon}, {"weight", line.component.weight},
                         {"target", line.component.target}, {"value", line.value},
                         {"attainment", line.attainment}, {"points", line.points}});
    }
    doc["score"] = {{"total", score.total}, {"long_term", score.long_term},
                    {"short_term", score.short_term}, {"components", lines}};
    doc["goals"] = goals_json(session);
    doc["goals_scoring"] = session.scenario().scoring;
    doc["commands"] = session.command_log().size();
    doc["script_errors"] = session.script_errors().size();
    return doc;
}

bool export_results(const Session& session, const ScoreResult& score, const std::string& path,
                    std::string* error) {
    return write_file_atomic(path, results_document(session, score).dump(2) + "\n", error);
}

}  // namespace keystone::client
