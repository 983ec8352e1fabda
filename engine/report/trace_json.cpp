// The causal trace in run.json and in `keystone-cli explain` (see trace_json.h).
#include "report/trace_json.h"

#include <cstdio>

namespace keystone::report {

nlohmann::json flips_json(const std::vector<ConditionFlip>& flips) {
    nlohmann::json list = nlohmann::json::array();
    for (const ConditionFlip& f : flips) {
        nlohmann::json levers = nlohmann::json::array(), causes = nlohmann::json::array();
        for (Lever l : f.levers) levers.push_back(lever_name(l));
        for (const TraceCause& c : f.causes)
            causes.push_back({{"source", c.source}, {"lever", lever_name(c.lever)}, {"months", c.months}, {"mean_delta", c.mean_delta},
                              {"first_tick", c.first_tick}, {"last_tick", c.last_tick}});
        list.push_back({{"transition", f.transition}, {"metric", f.condition.metric}, {"holds", f.condition.holds},
                        {"value", f.condition.value}, {"threshold", f.condition.threshold}, {"at_least", f.condition.at_least},
                        {"flip_tick", f.flip_tick}, {"window_from", f.window_from}, {"levers", levers}, {"causes", causes}});
    }
    return list;
}

void print_trace(std::string* out, const nlohmann::json& trace) {
    if (trace.empty()) { *out += "      Trace: no condition of this change flipped since the previous change.\n"; return; }
    *out += "      Trace (what the model summed into the levers that feed each flipped condition):\n";
    for (const auto& f : trace) {
        *out += "        " + f.value("metric", "?") + (f.value("holds", false) ? " began to hold" : " stopped holding") + " in month " +
                f["flip_tick"].dump() + "; levers feeding it: ";
        std::string levers;
        for (const auto& l : f["levers"]) levers += (levers.empty() ? "" : ", ") + l.get<std::string>();
        *out += (levers.empty() ? "none (no lever reaches this measure)" : levers) + "\n";
        if (f["causes"].empty()) *out += "          no policy, event answer or dial moved them in months " + f["window_from"].dump() + ".." + f["flip_tick"].dump() + "\n";
        for (const auto& c : f["causes"]) {
            char line[256];
            std::snprintf(line, sizeof line, "          %-50s %-22s %+.3g for %d months (%d..%d)\n", c.value("source", "?").c_str(),
                          c.value("lever", "?").c_str(), c.value("mean_delta", 0.0), c.value("months", 0), c.value("first_tick", 0), c.value("last_tick", 0));
            *out += line;
        }
    }
}

}  // namespace keystone::report
