// Initial conditions of a scenario (see world_setup.h).
#include "sim/world_setup.h"

#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

namespace {
Segment weighted_segment(Rng& rng, const std::array<double, kSegmentCount>& weights) {
    double total = 0.0;
    for (double w : weights) total += w;
    double pick = rng.uniform() * total;
    for (int s = 0; s < kSegmentCount; ++s) {
        pick -= weights[s];
        if (pick < 0.0) return Segment(s);
    }
    return Segment(kSegmentCount - 1);
}

// A firm of a park that already exists: it has been here a while (ages spread around the
// scenario's mean), a firm past its first years sells products that pay its way (better firms
// with a margin), a startup has moved its pipeline on, some raised venture capital in rounds.
void age_firm(Enterprise& e, const Params& p, const InitialEnterprises& init, Rng& rng) {
    const double age_months = 12.0 * init.age_years * (0.25 + 1.5 * rng.uniform());
    e.entry_tick = -int32_t(age_months);
    const bool established = e.size != FirmSize::Startup || age_months >= p.established_age_months;
    if (established) {
        if (e.size == FirmSize::Startup) e.size = FirmSize::Sme;
        e.units = e.size == FirmSize::Sme ? p.units_sme : e.units;
        e.headcount = e.size == FirmSize::Sme ? p.headcount_sme : e.headcount;
        const double viable = monthly_burn(p, e) / p.revenue_per_product;
        e.products = std::max(e.products, viable * (p.established_margin_base + p.established_margin_quality * e.quality));
        e.cash = monthly_burn(p, e) * p.established_cash_months;
    } else {
        e.pipeline = p.patents_per_product * std::min(1.0, age_months * p.pipeline_device * e.quality);
    }
    if (rng.chance(init.funded_share)) {
        const double rounds = 1.0 + std::floor(age_months / 24.0);
        const double raised = p.investment_size * rounds * (established ? p.investment_size_established_factor : 1.0);
        e.professional_capital += raised;
        e.cash += raised;
        e.rd_intensity += p.professional_rd_boost * (1.0 - e.rd_intensity);
    }
}

// Ties already working when the game starts, with staggered ages so they do not all expire
// together: firm-to-firm (mostly inside a segment's value chain), with other clusters, and
// between institutes and firms.
void seed_ties(World& w, const ScenarioDef& sc, const Params& p, Rng& rng) {
    const uint32_t n = uint32_t(w.enterprises.size());
    if (n < 2) return;
    const int32_t life = int32_t(p.tie_lifetime_months);
    auto tie = [&](NodeId a, NodeId b, JointActionType type) {
        const int32_t formed = -int32_t(rng.below(uint32_t(life)));
        record_tie(w, {a, b, type, formed, formed + life});
    };
    // The ties a park already has follow the same rule as the ties it forms (joint actions):
    // mostly inside one's segment, and part of that supply placed with the segment's large
    // buyers in proportion to their sales, which is how a park built around an anchor comes to
    // depend on it.
    std::array<std::vector<double>, kSegmentCount> sales_cumulative;
    std::array<std::vector<uint32_t>, kSegmentCount> sellers;
    for (const auto& firm : w.enterprises) {
        auto& cumulative = sales_cumulative[int(firm.segment)];
        const double sales = firm.products * (firm.size == FirmSize::Multinational ? p.mnc_revenue_factor : 1.0);
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + sales);
        sellers[int(firm.segment)].push_back(firm.id);
    }
    const auto pairs = uint32_t(std::lround(0.5 * sc.enterprises.ties_per_firm * n));
    for (uint32_t k = 0; k < pairs; ++k) {
        const uint32_t a = rng.below(n);
        uint32_t b = rng.below(n);
        if (rng.chance(p.same_segment_partner)) {
            const int seg = int(w.enterprises[a].segment);
            const auto& cumulative = sales_cumulative[seg];
            if (cumulative.back() > 0.0 && rng.chance(p.supply_to_big_buyers)) {
                const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), rng.uniform() * cumulative.back());
                b = sellers[seg][size_t(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1))];
            } else {
                b = sellers[seg][rng.below(uint32_t(sellers[seg].size()))];
            }
        }
        if (a == b) continue;
        const bool same = w.enterprises[a].segment == w.enterprises[b].segment;
        tie({NodeKind::Enterprise, a}, {NodeKind::Enterprise, b}, same ? JointActionType::Supply : JointActionType::CrossIndustry);
    }
    const auto external = uint32_t(std::lround(sc.enterprises.external_ties_per_firm * n));
    for (uint32_t k = 0; k < external; ++k) {
        const bool abroad = rng.chance(0.5);
        tie({NodeKind::Enterprise, rng.below(n)},
            {abroad ? NodeKind::ExternalInternational : NodeKind::ExternalDomestic, rng.below(3)},
            abroad ? JointActionType::International : JointActionType::Supply);
    }
    if (!w.institutes.empty()) {
        const auto links = uint32_t(std::lround(sc.institute_links * double(w.institutes.size())));
        for (uint32_t k = 0; k < links; ++k)
            tie({NodeKind::Enterprise, rng.below(n)}, {NodeKind::Institute, rng.below(uint32_t(w.institutes.size()))},
                rng.chance(0.5) ? JointActionType::JointRnd : JointActionType::Licensing);
    }
}
}  // namespace

double park_capacity_units(const ScenarioDef& sc, const Params& p) {
    if (sc.floor_m2 > 0.0) return sc.floor_m2 / p.unit_floor_m2;   // a park that knows its floor space
    const double ratio = sc.floor_area_ratio > 0.0 ? sc.floor_area_ratio : p.floor_area_ratio;
    return sc.area_km2 * 1e6 * p.building_land_share * ratio / p.unit_floor_m2;
}

void seed_world(World& w, uint64_t seed) {
    w.seed = seed;
    for (int s = 0; s < kStreamCount; ++s) w.rng[s].seed(seed * 0x9E3779B97F4A7C15ull + uint64_t(s + 1) * 0xD1B54A32D192ED03ull);
}

World make_world(const ScenarioDef& sc, const Params& p, uint64_t seed, int years) {
    World w;
    seed_world(w, seed);
    w.start_year = sc.start_year;
    w.start_month = sc.start_month;
    w.end_tick = 12 * (years > 0 ? years : sc.years);
    w.region = sc.region;
    w.capacity_units = park_capacity_units(sc, p);
    w.reputation = sc.initial_reputation;
    w.culture.trust = sc.initial_trust;
    w.culture.openness = p.initial_openness_share * sc.region.openness;
    w.culture.entrepreneurial = p.initial_entrepreneurial_share * sc.region.mindset;
    w.baseline_levers = sc.levers;
    w.levers = sc.levers;
    for (int r = 0; r < kRoleCount; ++r) w.roles[r].budget = sc.budgets[r];

    Rng& rng = w.rng[int(Stream::Entry)];
    const InitialEnterprises& init = sc.enterprises;
    const int total = init.count + init.large + init.multinationals;
    const double startup_share = init.startup_share >= 0.0 ? init.startup_share : p.initial_startup_share;
    for (int i = 0; i < total; ++i) {
        Enterprise e;
        e.id = uint32_t(w.enterprises.size());
        e.segment = weighted_segment(rng, init.segment_weights);
        e.size = i < init.count ? (rng.chance(startup_share) ? FirmSize::Startup : FirmSize::Sme)
               : i < init.count + init.large ? FirmSize::Large : FirmSize::Multinational;
        const bool big = e.size == FirmSize::Large || e.size == FirmSize::Multinational;
        e.entry_mode = big ? EntryMode::Subsidiary : EntryMode::Startup;
        e.policy_driven = !big && rng.chance(init.policy_driven_share);
        e.quality = clamp01(init.quality_mean + init.quality_spread * rng.normal() +
                            (big ? p.large_entrant_quality_bonus : 0.0));
        e.rd_intensity = p.rd_initial_mean * (p.rd_quality_base + e.quality);
        e.specialization = clamp01(p.specialization_mean - p.specialization_cost_penalty * sc.region.cost_orientation +
                                   p.specialization_spread * rng.normal());
        e.units = e.size == FirmSize::Startup ? p.units_startup : e.size == FirmSize::Sme ? p.units_sme
                : e.size == FirmSize::Large ? p.units_large : p.units_mnc;
        e.products = e.size == FirmSize::Startup ? 0.0
                   : e.size == FirmSize::Sme   ? p.entrant_products_sme
                                               : p.entrant_products_large * (init.anchor ? p.anchored_large_products_factor : 1.0);
        e.cash = p.seed_cash * (big ? p.initial_large_cash_factor : 1.0);
        e.headcount = big ? p.headcount_large : p.initial_headcount_small;
        e.trust = sc.initial_trust;
        e.incentive_at_entry = incentive_level(w, p);
        if (init.age_years > 0.0) age_firm(e, p, init, rng);
        w.used_units += e.units;
        w.enterprises.push_back(e);
    }
    if (init.anchor && total > 0) {
        // The largest starting firm is the anchor the park was built around.
        Enterprise& anchor = w.enterprises.back();
        anchor.anchor = true;
        anchor.products *= p.anchor_products_factor;
        if (init.anchor_share > 0.0) {
            // A declared share of the park's sales: the anchor sells share / (1 - share) times
            // what all other starting firms sell.
            const auto sales = [&p](const Enterprise& e) { return e.products * (e.size == FirmSize::Multinational ? p.mnc_revenue_factor : 1.0); };
            double others = 0.0;
            for (const auto& e : w.enterprises) if (&e != &anchor) others += sales(e);
            const double factor = anchor.size == FirmSize::Multinational ? p.mnc_revenue_factor : 1.0;
            if (others > 0.0) anchor.products = init.anchor_share / (1.0 - init.anchor_share) * others / factor;
        }
    }
    for (int i = 0; i < sc.institutes; ++i) {
        Institute inst;
        inst.id = uint32_t(w.institutes.size());
        inst.knowledge =
            p.institute_knowledge_min + rng.uniform() * (p.initial_knowledge_tech_base + sc.region.technology_base);
        inst.transfer_quality = p.transfer_quality_base + p.transfer_quality_spread * rng.uniform();
        w.institutes.push_back(inst);
    }
    for (int i = 0; i < sc.providers_in_park + sc.providers_in_city; ++i) {
        Provider pr;
        pr.id = uint32_t(w.providers.size());
        pr.kind = ProviderKind(i % kProviderKindCount);
        pr.in_park = i < sc.providers_in_park;
        w.providers.push_back(pr);
    }
    for (int i = 0; i < sc.professional_funds + sc.nonprofessional_funds; ++i) {
        Fund f;
        f.id = uint32_t(w.funds.size());
        f.professional = i < sc.professional_funds;
        f.reason = FundReason::Policy;
        f.capital = p.fund_capital;
        w.funds.push_back(f);
    }
    // Investors arrive assuming the deal flow they were told of; the park's own deals take over.
    w.investment_deals_smoothed = p.fund_deals_wanted_per_month * double(w.funds.size());
    for (const std::string& name : sc.organizers) introduce_organizer(w, name);
    for (int i = 0; i < sc.promotion_orgs; ++i) w.promotion_orgs.push_back({uint32_t(i), p.promotion_capacity, 0});
    for (int i = 0; i < sc.rival_parks; ++i) w.rivals.push_back({uint32_t(i), sc.rival_incentive, p.rival_attractiveness_base});
    index_enterprises(w);
    seed_ties(w, sc, p, rng);
    // The park's workforce at the start matches what its tenants employ, at the region's pull.
    seed_talent(w, p);
    measure(w, p);
    classify_start_stage(w, p);
    w.firm_count_history.clear();
    return w;
}

}  // namespace keystone
