// Other explicit and implicit enablers arriving: research institutes and labs (government
// funding) and the star scientists they attract, professional service providers (an output of
// early growth), innovation organizers (rare) and cluster-promotion organizations (founded with
// support, needing trust or a leader).
#include <algorithm>

#include "sim/rules.h"

namespace keystone {

void introduce_organizer(World& world, const std::string& name) {
    Organizer organizer;
    organizer.id = uint32_t(world.organizers.size());
    organizer.name = name;
    organizer.entry_tick = world.tick;
    world.organizers.push_back(organizer);
    add_log(world, "enabler", "An innovation organizer joined the park: " + name);
}

void step_enablers(World& world, const Params& p) {
    Rng& rng = world.rng[int(Stream::Network)];
    const Metrics& m = world.metrics;
    const RegionProfile& region = world.region;

    const double institute_rate = p.institute_rate * lever(world, Lever::basic_research) *
                                  (p.institute_pace_base + region.government_pace) *
                                  (p.institute_tech_base + region.technology_base);
    for (uint32_t n = rng.poisson(institute_rate); n > 0; --n) {
        Institute inst;
        inst.id = uint32_t(world.institutes.size());
        inst.knowledge = p.institute_knowledge_min + rng.uniform();
        inst.transfer_quality = clamp01(p.transfer_quality_base +
                                         p.transfer_quality_new_support * lever(world, Lever::entrepreneur_support) +
                                         p.transfer_quality_spread * rng.uniform());
        inst.entry_tick = world.tick;
        world.institutes.push_back(inst);
    }
    // Star scientists come to institutes where research is funded and talent programmes court
    // them, more readily to a park with a name; after some years they move on. A star brings a
    // research team (the institute's knowledge, hence its output and spin-offs, rises) and takes
    // it away again when she leaves. One draw per institute, in id order.
    const double star_pull = (lever(world, Lever::basic_research) +
                              p.star_talent_program_weight * lever(world, Lever::talent_program)) *
                             (p.star_reputation_base + world.reputation);
    for (auto& inst : world.institutes) {
        if (!inst.star_scientist && rng.chance(clamp01(p.star_arrival_rate * star_pull))) {
            inst.star_scientist = true;
            inst.knowledge += p.star_knowledge;
        } else if (inst.star_scientist && rng.chance(p.star_departure_rate)) {
            inst.star_scientist = false;
            inst.knowledge = std::max(p.institute_knowledge_min, inst.knowledge - p.star_knowledge);
        }
    }
    world.metrics.star_scientists = int(std::count_if(world.institutes.begin(), world.institutes.end(),
                                                      [](const Institute& inst) { return inst.star_scientist; }));
    // Transfer offices improve with entrepreneurial support and IP protection.
    for (auto& inst : world.institutes) {
        const double target = clamp01(p.transfer_quality_base +
                                      p.transfer_quality_support * lever(world, Lever::entrepreneur_support) +
                                      p.transfer_quality_ip * lever(world, Lever::ip_protection));
        inst.transfer_quality += (target - inst.transfer_quality) / p.culture_months;
    }

    // Providers follow demand: more tenants, more providers; the operator's services bring
    // them into the park rather than leaving them in the home city.
    const double provider_rate = p.provider_rate * m.enterprises / 100.0 *
                                 (p.provider_services_base + lever(world, Lever::services)) *
                                 (p.provider_city_base + region.home_city_services);
    for (uint32_t n = rng.poisson(provider_rate); n > 0; --n) {
        Provider provider;
        provider.id = uint32_t(world.providers.size());
        provider.kind = ProviderKind(rng.below(kProviderKindCount));
        provider.in_park =
            rng.chance(clamp01(p.provider_in_park_services * (p.provider_in_park_base + lever(world, Lever::services))));
        provider.entry_tick = world.tick;
        world.providers.push_back(provider);
    }

    // Innovation organizers are rare; reputation, culture and CXO attraction raise the odds.
    const double organizer_rate = p.organizer_rate * world.reputation * world.culture.entrepreneurial *
                                  (lever(world, Lever::cxo_attraction) +
                                   p.organizer_talent_program_weight * lever(world, Lever::talent_program));
    if (rng.chance(clamp01(organizer_rate)))
        introduce_organizer(world, "organizer " + std::to_string(world.organizers.size() + 1));

    // A promotion organization ("Party C") needs backing plus a leader or enough trust, and a
    // park with more firms than the existing ones can broker for: one connector serves many.
    const double support = lever(world, Lever::promotion_org_support);
    const bool founder = !world.organizers.empty() || world.culture.trust >= p.promotion_trust_min;
    const double unserved = clamp01(m.enterprises / p.promotion_firms_served - double(world.promotion_orgs.size()));
    if (support > 0.0 && founder && rng.chance(clamp01(p.promotion_found_rate * support * unserved))) {
        PromotionOrg org;
        org.id = uint32_t(world.promotion_orgs.size());
        org.capacity = p.promotion_capacity * support;
        org.entry_tick = world.tick;
        world.promotion_orgs.push_back(org);
        add_log(world, "enabler", "A cluster-promotion organization was founded");
    }
    for (auto& org : world.promotion_orgs)
        org.capacity += (p.promotion_capacity * std::max(p.promotion_capacity_floor, support) - org.capacity) /
                        p.promotion_capacity_months;
}

}  // namespace keystone
