// What the stage panel says about a condition: its trend, the levers that move its measure (from
// the engine's lever registry: measure -> rule families -> levers they read), and the policies
// and event choices of the human roles that set those levers, with their costs. Pure logic over
// a Session, no drawing, so tests can check what the panel offers.
#pragma once
#include <string>
#include <vector>

#include "core/ui_actions.h"
#include "session/session.h"
#include "sim/lever_registry.h"

namespace keystone::client {

// A measure over the last months, oldest first (at most `months` + 1 values).
struct Trend {
    std::vector<float> values;
    double change = 0.0;   // last minus first
    int direction = 0;     // -1 falling, 0 flat (less than 1% of the range of both), +1 rising
};
Trend metric_trend(const Session& session, const std::string& metric, int months = 12);

struct PolicyOption {
    int def_index = -1;          // into session.policies()
    std::vector<Lever> levers;   // the levers it sets that move the measure
    bool active = false;         // already enacted
};
struct EventChoiceOption {
    int event_index = -1;        // into session.events()
    int choice_index = -1;
    std::vector<Lever> levers;
};
struct ConditionAdvice {
    std::vector<Rule> rules;     // rule families that move the measure
    std::vector<Lever> levers;   // levers those rules read
    std::vector<PolicyOption> policies;          // of the human roles, not disabled
    std::vector<EventChoiceOption> event_choices;  // of events the human roles answer
};
ConditionAdvice advise_condition(const Session& session, const std::string& metric, const HumanRoles& humans);

// Value and threshold as text at the precision shown; when both round to the same text (0.398
// against 0.40) digits are added until they differ, so the text never contradicts the mark.
struct ComparedText {
    std::string value, threshold;
};
ComparedText format_compared(double value, double threshold);

// The fall-back rule's inputs: a regular stage falls back one rung when its key interaction
// condition fails or fewer than half of its own entry conditions hold, for fallback_hold_ticks.
struct FallbackInputs {
    bool applies = false;                   // the current stage can fall back
    std::vector<StageCondition> own;        // the stage's own entry conditions, measured now
    std::string key_condition;              // "firm_ties_per_firm", ...
    int holding = 0;                        // own conditions that hold
    bool failing = false;                   // the rule counts this month
    int ticks = 0, ticks_needed = 0;
};
FallbackInputs fallback_inputs(const Session& session);

}  // namespace keystone::client

namespace keystone::client {

// The scenario's suggested first decision for each human role whose policy exists.
struct FirstMoveView {
    Role role = Role::Operator;
    int def_index = -1;   // into session.policies()
    std::string why;
};
std::vector<FirstMoveView> first_moves(const Session& session, const HumanRoles& humans);

// The first condition of the next transition that does not hold (nullptr if none).
const StageCondition* first_failing_condition(const Session& session);

}  // namespace keystone::client
