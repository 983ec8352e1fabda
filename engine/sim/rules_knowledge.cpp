// Knowledge and transformation (MODEL section 4): research outputs from institutes and innovative
// enterprises; the share that reaches the market depends on enterprises, professional capital,
// services, entrepreneurial talent, regulation and total enabler joint actions.
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
    if (window.size() > length) window.erase(window.begin());
}
}  // namespace

void step_knowledge(World& world, const Params& p) {
    const double basic = lever(world, Lever::basic_research);
    const double regulatory = 1.0 + p.regulatory_speedup * lever(world, Lever::regulatory_pilot);
    const Metrics& m = world.metrics;
    // Entrepreneurial talent: leading talent and returnees per firm, saturating.
    const double leaders = m.talent[int(TalentKind::Leading)] + m.talent[int(TalentKind::Returnee)];
    const double entrepreneurial_talent = m.enterprises > 0 ? leaders / (leaders + m.enterprises) : 0.0;
    // Conceptual bias: support for scientists only, none for entrepreneurs and intermediaries.
    const double bias = clamp01(basic - lever(world, Lever::entrepreneur_support) - lever(world, Lever::services));

    double outputs = 0.0;
    for (auto& inst : world.institutes) {
        const double produced = p.institute_output * inst.knowledge * (1.0 + p.institute_basic_research_boost * basic);
        inst.unlicensed_outputs += produced;
        inst.knowledge += produced * p.institute_knowledge_growth;
        outputs += produced;
    }

    double transformed = 0.0, enterprise_outputs = 0.0;
    // Institute outputs reach the market only through licensing and spin-offs (joint actions);
    // they were counted in rules_joint_actions via unlicensed_outputs moving to firms' pipelines.
    for (auto& inst : world.institutes) {
        // Outputs that find no licensee within a few years become stale.
        inst.unlicensed_outputs *= 1.0 - 1.0 / p.transformation_window_months;
    }

    for (auto& firm : world.enterprises) {
        if (!firm.alive) continue;
        const bool innovative = firm.rd_intensity > p.rd_industry_average;
        const double talent = 1.0 - p.shortage_output_loss * research_talent_shortage(world, p, firm.size);
        // Larger firms run several projects at once.
        const double scale = firm.size == FirmSize::Startup ? 1.0
                           : firm.size == FirmSize::Sme     ? p.output_scale_sme
                           : firm.size == FirmSize::Large   ? p.output_scale_large
                                                            : p.output_scale_mnc;
        const double produced = p.firm_output * scale * firm.rd_intensity / p.rd_industry_average * firm.quality * talent *
                                (innovative ? 1.0 : p.noninnovative_output_factor);
        outputs += produced;
        enterprise_outputs += produced;
        const bool serviced = double(world.tick - firm.last_service_tick) < p.service_recency_months;
        const double capital_total = firm.professional_capital + firm.nonprofessional_capital;
        const double professional_share = capital_total > 0 ? firm.professional_capital / capital_total : 0.0;
        double chance = p.transform_firm_base + p.transform_services * (serviced ? 1.0 : 0.0) +
                        p.transform_capital * professional_share + p.transform_talent * entrepreneurial_talent;
        chance *= 1.0 + p.transform_regulatory * (regulatory - 1.0);
        chance *= 1.0 - p.transform_bias_penalty * bias;
        if (firm.consortium_until >= world.tick) chance *= 1.0 + p.consortium_transform_boost;
        chance = clamp01(chance);
        const double commercialized = produced * chance;
        transformed += commercialized;
        // Commercialized outputs feed the product pipeline; speed depends on the segment and approvals.
        firm.pipeline += commercialized / p.outputs_per_product +
                         scale * pipeline_speed(p, firm.segment) * regulatory * (serviced ? 1.0 : p.unserviced_pipeline_factor) *
                             firm.quality;
        if (firm.pipeline >= 1.0) {
            firm.pipeline -= 1.0;
            firm.products += 1.0;
        }
    }
    // Licensed institute outputs were recorded during joint actions this tick.
    transformed += world.metrics.transformed_outputs;

    world.metrics.research_outputs = outputs;
    world.metrics.enterprise_outputs = enterprise_outputs;
    world.metrics.transformed_outputs = transformed;
    const size_t window = size_t(p.transformation_window_months);
    push_window(world.outputs_window, outputs, window);
    push_window(world.transformed_window, transformed, window);
    double out_sum = 0.0, tr_sum = 0.0;
    for (double v : world.outputs_window) out_sum += v;
    for (double v : world.transformed_window) tr_sum += v;
    world.metrics.transformation_rate = out_sum > 0 ? std::min(1.0, tr_sum / out_sum) : 0.0;
}

}  // namespace keystone
