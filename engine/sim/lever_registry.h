// Which rule family reads which lever, declared by hand and proved by tracing: a test plays the
// shipped scenarios with tracing on and fails when the declared table and the traced reads differ.
// The docs (what each policy and event choice reaches) and lint (a lever no rule reads) use it.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/levers.h"

namespace keystone {

// The rule families in the order step_world() calls them; ids match the step_* functions.
enum class Rule : int {
    entry, exit, talent, funds, enablers, joint_actions, knowledge, firms, economy, measure, culture, stages,
    Count
};
constexpr int kRuleCount = int(Rule::Count);

struct LeverUse {
    Lever lever;
    const char* effect;  // what the rule does with the lever, in plain English
};

struct RuleFamily {
    Rule rule;
    const char* id;           // "entry", "joint_actions", ...
    const char* description;  // one line
    std::vector<LeverUse> reads;
};

// The declared table, one entry per Rule in Rule order.
const std::vector<RuleFamily>& rule_families();
const char* rule_id(Rule rule);
bool rule_from_id(const std::string& id, Rule* out);
std::vector<Rule> rules_reading(Lever lever);
std::vector<Lever> levers_read_by(Rule rule);

// ---- Which rules move a measure ---------------------------------------------------------------
// The rule families whose output a named measure (metric_table.h) is computed from: the first
// link of "condition -> rules -> levers -> policies" that the stage panel shows. Declared for
// every measure a stage condition reads (a test keeps it complete); empty for others.
struct MetricSources {
    const char* metric;
    std::vector<Rule> rules;
};
const std::vector<MetricSources>& metric_sources();
std::vector<Rule> rules_moving(const std::string& metric);
// The levers those rules read, each once, in lever order.
std::vector<Lever> levers_moving(const std::string& metric);

// ---- Tracing ---------------------------------------------------------------------------------
// step_world() marks the rule that is running; lever() records (rule, lever) into a LeverTrace
// only while one is installed on this thread. Off, the cost is one thread-local load and branch.
// Reads with no rule running (world setup, the Lua API) are not rule reads and are not recorded.
struct LeverTrace {
    std::array<uint64_t, kRuleCount> levers_read{};  // bit l set: the rule read Lever(l)
};
static_assert(kLeverCount <= 64, "LeverTrace keeps one bit per lever");

// The thread-local state lives in lever_registry.cpp only (internal linkage): an extern
// thread_local reached through the compiler's TLS wrapper trips UBSan's null check in GCC 12.
void note_lever_read(Lever lever);

// Marks the rule that runs for the lifetime of the scope (step_world wraps each step in one).
class RuleScope {
public:
    explicit RuleScope(Rule rule);
    ~RuleScope();
    RuleScope(const RuleScope&) = delete;
    RuleScope& operator=(const RuleScope&) = delete;

private:
    int previous_;
};

// Installs a trace on this thread for the lifetime of the scope.
class LeverTracing {
public:
    explicit LeverTracing(LeverTrace* trace);
    ~LeverTracing();
    LeverTracing(const LeverTracing&) = delete;
    LeverTracing& operator=(const LeverTracing&) = delete;

private:
    LeverTrace* previous_;
};

// The declared table as a trace, to compare with a recorded one.
LeverTrace declared_lever_reads();
// "" when equal; otherwise one line per difference, saying what to change in lever_registry.cpp.
std::string describe_trace_difference(const LeverTrace& declared, const LeverTrace& traced);

}  // namespace keystone
