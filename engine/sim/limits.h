// Limits: the saturations and hard bounds of the model. None of them may decide a calibrated
// outcome (MODEL section 13), so each month every rule that applies one records how much it cut
// (0 = no effect, 1 = it stopped the flow entirely) and the CSV shows which limits bind.
#pragma once
#include <array>

namespace keystone {

#define KEYSTONE_LIMITS(X)                                                                              \
    X(floor_space, "candidates thinned or turned away because free floor space is short")               \
    X(deal_flow, "fund arrivals held back because funds find too few deals per fund")                    \
    X(fund_capital, "investment attempts that found the chosen fund without capital")                   \
    X(talent, "talent demand of tenants that the talent pools cannot meet")                              \
    X(consortium_implicit, "implicit-enabler strength beyond which consortia do not become more frequent") \
    X(rival_incentive, "rival parks' incentives held at their maximum")

enum class Limit : int {
#define KEYSTONE_LIMIT_ENUM(name, text) name,
    KEYSTONE_LIMITS(KEYSTONE_LIMIT_ENUM)
#undef KEYSTONE_LIMIT_ENUM
    Count
};
constexpr int kLimitCount = int(Limit::Count);

// A limit binds in a month when it removed at least this share of the flow it bounds.
constexpr double kLimitBindsAt = 0.5;

const char* limit_name(Limit l);
const char* limit_description(Limit l);

using LimitCuts = std::array<double, kLimitCount>;

}  // namespace keystone
