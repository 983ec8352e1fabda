// Levers: the inputs that policies, events and commands move. Rules read them; nothing else
// reaches into the world from outside. Each lever is a number, most in [0, 1]; the effective
// value is the base (a role's dial where a SetLever command set one, else the scenario
// baseline) + active policy effects + temporary event effects, clamped to the lever's range. Descriptions live in scripts/reference/levers.lua.
#pragma once
#include <array>
#include <string>

namespace keystone {

// X(name, owner) : owner is the role whose policies normally move it ("any" = both).
#define KEYSTONE_LEVERS(X)                                                                        \
    X(screening, operator)              /* entry screening strictness: minimum tenant quality */  \
    X(rent_discount, operator)          /* share of rent waived for tenants */                    \
    X(rent_level, operator)             /* list rent relative to the city average (0..2) */       \
    X(services, operator)               /* incubators, public platforms, service brokering */     \
    X(forums, operator)                 /* operator-run forums, workshops, matchmaking */          \
    X(international_bridge, operator)   /* bridge workshops with international clusters */        \
    X(convention, operator)             /* a large industry convention hosted in the park */       \
    X(training, operator)               /* training centre for technicians and managers */         \
    X(user_engagement, operator)        /* user station, showrooms, clinician panels */            \
    X(cxo_attraction, operator)         /* attracting entrepreneurial managers and organizers */  \
    X(anchor_chasing, any)              /* courting large-firm headquarters and output value */    \
    X(expansion, operator)              /* building new floor space */                             \
    X(tax_incentive, government)        /* share of tax waived for tenants */                      \
    X(rent_subsidy, government)         /* government-paid rent support */                         \
    X(guiding_fund, government)         /* government guiding fund co-investing with VCs */        \
    X(talent_program, government)       /* talent programmes: housing, grants for talent */        \
    X(basic_research, government)       /* funding of universities, institutes and labs */         \
    X(regulatory_pilot, government)     /* faster approvals in a regulatory pilot zone */          \
    X(ip_protection, government)        /* IP courts, enforcement */                               \
    X(entrepreneur_support, government) /* recognition of entrepreneurs and intermediaries */      \
    X(promotion_org_support, any)       /* backing for a cluster-promotion organization */         \
    X(subsidies, government)            /* cash subsidies that keep firms alive */

enum class Lever : int {
#define KEYSTONE_LEVER_ENUM(name, owner) name,
    KEYSTONE_LEVERS(KEYSTONE_LEVER_ENUM)
#undef KEYSTONE_LEVER_ENUM
    Count
};
constexpr int kLeverCount = int(Lever::Count);

const char* lever_name(Lever l);
const char* lever_owner(Lever l);  // "operator", "government" or "any"
double lever_max(Lever l);         // upper bound of the range; lower bound is 0
bool lever_from_name(const std::string& name, Lever* out);

using LeverValues = std::array<double, kLeverCount>;

}  // namespace keystone
