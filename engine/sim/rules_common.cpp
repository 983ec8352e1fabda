// Small helpers that several rule families share.
#include <algorithm>

#include "sim/lever_registry.h"
#include "sim/rules.h"

namespace keystone {

void record_tie(World& world, const Tie& tie) {
    world.ties.push_back(tie);
    uint64_t h = world.tie_log_hash ^ (tie.a.key() * 0x9E3779B185EBCA87ull);
    h = ((h << 31) | (h >> 33)) ^ (tie.b.key() * 0xC2B2AE3D27D4EB4Full);
    h = ((h << 27) | (h >> 37)) * 0x9E3779B185EBCA87ull + (uint64_t(tie.type) << 40 | uint32_t(tie.expires_tick));
    world.tie_log_hash = h;
    world.ties_formed++;
}

void record_limit(World& world, Limit limit, double share) {
    double& cut = world.metrics.limit_cut[int(limit)];
    cut = std::max(cut, clamp01(share));
}

double saturate(double x, double half) { return x / (x + half); }

double size_burn(const Params& p, FirmSize size) {
    return size == FirmSize::Startup ? p.burn_startup : size == FirmSize::Sme ? p.burn_sme : p.burn_large;
}

double monthly_burn(const Params& p, const Enterprise& firm) { return size_burn(p, firm.size) * (1.0 + firm.rd_intensity); }

// Every rule reads levers here, so a trace (lever_registry.h) sees every read.
double lever(const World& world, Lever l) {
    note_lever_read(l);
    return world.levers[int(l)];
}

// How much the park pays firms to come: the pull a policy-driven tenant responds to.
double incentive_level(const World& world, const Params& p) {
    return p.incentive_rent_weight * lever(world, Lever::rent_discount) +
           p.incentive_subsidy_weight * lever(world, Lever::rent_subsidy) +
           p.incentive_tax_weight * lever(world, Lever::tax_incentive);
}

double best_rival_incentive(const World& world) {
    double best = 0.0;
    for (const auto& rival : world.rivals) best = std::max(best, rival.incentive);
    return best;
}

double implicit_strength(const World& world) {
    double strength = 0.0;
    for (const auto& o : world.organizers) strength += o.influence;
    for (const auto& org : world.promotion_orgs) strength += org.capacity;
    return strength;
}

double lock_in_pressure(const World& world, const Params& p) {
    const Metrics& m = world.metrics;
    const double concentration = std::max(1.0 - m.diversity, m.anchor_dependence);
    const double insular = 1.0 - std::min(1.0, m.external_tie_share / p.lock_in_external_share_full);
    return 0.5 * (1.0 - world.culture.open_innovation + insular) * concentration;
}

int stage_rank(Stage s) {
    switch (s) {
        case Stage::Flocking: return 0;
        case Stage::Agglomeration: return 1;
        case Stage::Cluster: return 2;
        case Stage::Coi: return 3;
        case Stage::Decline: return 1;
        case Stage::Renewal: return 1;
    }
    return 0;
}

void add_log(World& world, const std::string& kind, const std::string& text) {
    world.log.push_back({world.tick, kind, text});
}

}  // namespace keystone
