// Knowledge and transformation (MODEL sections 4 and 13): a pipeline, not a probability.
//
//   research output (a disclosure) -> patent -> project (in-house, licensed or spun off)
//   -> product on the market (commercialized) -> scaled manufacturing (industrialized)
//
// Flows are in patents' worth of work and move as expected values (no draw), firm by firm:
// institutes and innovative firms produce disclosures; a share becomes patents (more with IP
// protection and IP/legal providers). A firm turns its own patents into projects when it can
// commercialize them (services, professional capital, entrepreneurial talent, approvals, no
// conceptual bias, consortia) and someone pays for the work: a small firm's profit, else its
// professional investors (a large firm its own budget); university patents wait for a licensee
// or a spin-off and go stale. Projects finish at the segment's pace (drugs slow, devices fast; faster with approvals,
// a recent service contract, CRO providers, quality and professional capital) or fail; a
// launched product is scaled up at a rate that needs CDMO capacity, a firm big enough to
// manufacture and blue-collar talent. Enterprise and university patents are counted apart.
#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

namespace {

double pipeline_speed(const Params& p, Segment s) {
    switch (s) {
        case Segment::Drug: return p.pipeline_drug;
        case Segment::StemCell: return p.pipeline_stem;
        case Segment::Precision: return p.pipeline_precision;
        case Segment::Device: return p.pipeline_device;
        case Segment::BigHealth: return p.pipeline_health;
    }
    return p.pipeline_drug;
}

void push_window(std::vector<double>& window, double value, size_t length) {
    window.push_back(value);
    while (window.size() > length) window.erase(window.begin());
}

double window_sum(const std::vector<double>& window) {
    double sum = 0.0;
    for (double v : window) sum += v;
    return sum;
}

// Providers of one kind serving the park, in the park or from the home city (a provider in the
// city counts for `city_weight` of one in the park).
double providers_of(const World& world, ProviderKind kind, double city_weight) {
    double count = 0.0;
    for (const auto& pr : world.providers)
        if (pr.kind == kind) count += pr.in_park ? 1.0 : city_weight;
    return count;
}

// What moved through the pipeline this month, in patents.
struct Flows {
    std::array<double, 2> patents{}, launched{}, industrialized{};  // [enterprise, university]
};

}  // namespace

void step_knowledge(World& world, const Params& p) {
    Metrics& m = world.metrics;
    const double basic = lever(world, Lever::basic_research);
    const double regulatory = 1.0 + p.regulatory_speedup * lever(world, Lever::regulatory_pilot);
    // Entrepreneurial talent: leading talent and returnees per firm, saturating.
    const double leaders = m.talent[int(TalentKind::Leading)] + m.talent[int(TalentKind::Returnee)];
    const double entrepreneurial_talent = m.enterprises > 0 ? leaders / (leaders + m.enterprises) : 0.0;
    // Conceptual bias: support for scientists only, none for entrepreneurs and intermediaries.
    const double bias = clamp01(basic - lever(world, Lever::entrepreneur_support) - lever(world, Lever::services));
    const double per_100 = m.enterprises > 0 ? 100.0 / m.enterprises : 0.0;
    const double legal = saturate(providers_of(world, ProviderKind::IpLegal, p.provider_city_weight) * per_100, p.provider_half_per_100);
    const double cro = saturate(providers_of(world, ProviderKind::Cro, p.provider_city_weight) * per_100, p.provider_half_per_100);
    const double cdmo = saturate(providers_of(world, ProviderKind::Cdmo, p.provider_city_weight) * per_100, p.provider_half_per_100);
    const double blue_collar = 1.0 - p.industrialize_talent_weight * m.talent_shortage;
    // Incubators and public platforms (shared labs, proof-of-concept money) carry part of the
    // early development a firm without profit or investors could not pay for.
    const double unbacked = clamp01(p.development_funding_unbacked + p.development_funding_platforms * lever(world, Lever::services));
    const double patenting = 1.0 + p.patent_ip_boost * lever(world, Lever::ip_protection) + p.patent_legal_boost * legal;
    Flows f;

    double outputs = 0.0;
    for (auto& inst : world.institutes) {
        const double produced = p.institute_output * inst.knowledge * (1.0 + p.institute_basic_research_boost * basic);
        inst.knowledge += produced * p.institute_knowledge_growth;
        outputs += produced;
        const double patents = produced * p.patent_share_university * patenting;
        f.patents[1] += patents;
        // Many university patents are filed to be counted, not to be used: only the share a
        // good transfer office screens for market relevance is offered to firms. Those wait for
        // a licensee or a spin-off; unused ones go stale.
        const double offered = patents * clamp01(p.university_relevance_base + p.university_relevance_transfer * inst.transfer_quality);
        inst.unlicensed_patents = inst.unlicensed_patents * (1.0 - 1.0 / p.patent_stale_months) + offered;
    }

    // Lock-in (MODEL 6): in a closed, concentrated park firms recombine the same knowledge and
    // their research yields less.
    const double redundancy = 1.0 - p.lock_in_output_loss * lock_in_pressure(world, p);
    double enterprise_outputs = 0.0;
    for (uint32_t id : world.alive_ids) {  // ascending ids: the same order as the vector, without the firms that left
        Enterprise& firm = world.enterprises[id];
        const bool innovative = firm.rd_intensity > p.rd_industry_average;
        const double talent = 1.0 - p.shortage_output_loss * research_talent_shortage(world, p, firm.size);
        // Larger firms run several projects at once.
        const double scale = firm.size == FirmSize::Startup ? 1.0
                           : firm.size == FirmSize::Sme     ? p.output_scale_sme
                           : firm.size == FirmSize::Large   ? p.output_scale_large
                                                            : p.output_scale_mnc;
        const double produced = p.firm_output * scale * firm.rd_intensity / p.rd_industry_average * firm.quality * talent *
                                (innovative ? 1.0 : p.noninnovative_output_factor) * redundancy;
        outputs += produced;
        enterprise_outputs += produced;
        const double patents = produced * p.patent_share_enterprise * patenting;
        f.patents[0] += patents;

        // The firm takes its own patents into development when it can commercialize them.
        const bool serviced = double(world.tick - firm.last_service_tick) < p.service_recency_months;
        const double capital_total = firm.professional_capital + firm.nonprofessional_capital;
        const double professional_share = capital_total > 0 ? firm.professional_capital / capital_total : 0.0;
        double chance = p.transform_firm_base + p.transform_services * (serviced ? 1.0 : 0.0) +
                        p.transform_capital * professional_share + p.transform_talent * entrepreneurial_talent;
        chance *= 1.0 + p.transform_regulatory * (regulatory - 1.0);
        chance *= 1.0 - p.transform_bias_penalty * bias;
        if (firm.consortium_until >= world.tick) chance *= 1.0 + p.consortium_transform_boost;
        // Someone must pay for development (MODEL 2 and 11, the valley of death). A large firm
        // or a multinational's centre pays from its own budget, bank credit or head office. A
        // startup or SME pays from its profit: at a margin of `development_self_margin` over its
        // costs it funds all its projects itself. The rest depends on its investors:
        // professional investors carry a project to market; entrepreneur-investors want quick
        // returns and pay for little of it; a firm with neither starts only what its founders'
        // money and the park's incubators allow.
        const double burn = monthly_burn(p, firm);
        const double own = firm.size >= FirmSize::Large || burn <= 0
                               ? 1.0
                               : clamp01((firm.revenue - burn) / (burn * p.development_self_margin));
        const double backed = capital_total > 0
                                  ? professional_share + (1.0 - professional_share) * p.development_funding_nonprofessional
                                  : 0.0;
        const double funded = own + (1.0 - own) * (unbacked + (1.0 - unbacked) * backed);
        firm.pipeline += patents * clamp01(chance) * funded;

        // Development: projects finish at the segment's pace or fail.
        const double speed = pipeline_speed(p, firm.segment) * regulatory * (serviced ? 1.0 : p.unserviced_pipeline_factor) *
                             (1.0 + p.cro_speed_boost * cro) * (p.development_quality_base + firm.quality) *
                             (1.0 + p.development_capital_boost * professional_share);
        const double failure = p.project_failure * (p.project_failure_quality_base - firm.quality);
        const double done = clamp01(speed), failed = clamp01(std::max(0.0, failure));
        const double launched_own = firm.pipeline * done, launched_univ = firm.pipeline_university * done;
        firm.pipeline -= firm.pipeline * std::min(1.0, done + failed);
        firm.pipeline_university -= firm.pipeline_university * std::min(1.0, done + failed);
        firm.market_own += launched_own;
        firm.market_university += launched_univ;
        firm.products += (launched_own + launched_univ) / p.patents_per_product;
        f.launched[0] += launched_own;
        f.launched[1] += launched_univ;

        // Scaling up: a product is industrialized where someone can manufacture it at scale.
        const double size_factor = firm.size == FirmSize::Startup ? p.industrialize_startup_factor
                                 : firm.size == FirmSize::Sme     ? 1.0
                                                                  : p.industrialize_large_factor;
        const double rate = clamp01(p.industrialize_rate * size_factor * (p.industrialize_no_cdmo + cdmo) * blue_collar);
        const double scaled_own = firm.market_own * rate, scaled_univ = firm.market_university * rate;
        firm.market_own -= scaled_own;
        firm.market_university -= scaled_univ;
        firm.industrialized += (scaled_own + scaled_univ) / p.patents_per_product;
        // A product made at scale sells more (it replaces the small batches it came from).
        firm.products += (scaled_own + scaled_univ) / p.patents_per_product * p.industrial_products_gain;
        f.industrialized[0] += scaled_own;
        f.industrialized[1] += scaled_univ;
    }

    m.products_launched_total += (f.launched[0] + f.launched[1]) / p.patents_per_product;
    m.products_industrialized_total += (f.industrialized[0] + f.industrialized[1]) / p.patents_per_product;
    for (int s = 0; s < 2; ++s) {
        m.patents_total[s] += f.patents[s];
        m.launched_total[s] += f.launched[s];
        m.industrialized_total[s] += f.industrialized[s];
    }
    m.research_outputs = outputs;
    m.enterprise_outputs = enterprise_outputs;
    m.transformed_outputs = f.launched[0] + f.launched[1];
    const size_t window = size_t(p.transformation_window_months);
    push_window(world.outputs_window, outputs, window);
    push_window(world.transformed_window, m.transformed_outputs, window);
    push_window(world.industrialized_window, f.industrialized[0] + f.industrialized[1], window);
    const double out_sum = window_sum(world.outputs_window);
    m.transformation_rate = out_sum > 0 ? std::min(1.0, window_sum(world.transformed_window) / out_sum) : 0.0;
    m.industrialization_rate = out_sum > 0 ? std::min(1.0, window_sum(world.industrialized_window) / out_sum) : 0.0;
}

}  // namespace keystone
