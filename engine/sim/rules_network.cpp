// Measures of the park and its joint-action network (MODEL section 3): density, clustering,
// cross-segment and external shares, degree centralization with its label, diversity, and the
// counts that stage conditions and charts read. Nothing here changes the world except the
// derived indexes (alive ids, hubs) and world.metrics.
#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

void index_enterprises(World& world) {
    world.alive_ids.clear();
    for (auto& list : world.alive_by_segment) list.clear();
    for (const auto& e : world.enterprises) {
        if (!e.alive) continue;
        world.alive_ids.push_back(e.id);
        world.alive_by_segment[int(e.segment)].push_back(e.id);
    }
}

namespace {

bool external(NodeKind k) { return k == NodeKind::ExternalDomestic || k == NodeKind::ExternalInternational; }

void measure_firms(World& world, const Params& p) {
    Metrics& m = world.metrics;
    m.enterprises = int(world.alive_ids.size());
    m.multinationals = m.large_firms = m.smes = m.startups = m.policy_driven_firms = 0;
    m.firms_by_segment.fill(0);
    m.firms_by_entry_mode.fill(0);
    double quality = 0.0, rd = 0.0, revenue_max = 0.0, revenue_total = 0.0;
    int high = 0, innovative = 0, complementors = 0;
    for (uint32_t id : world.alive_ids) {
        const Enterprise& e = world.enterprises[id];
        switch (e.size) {
            case FirmSize::Startup: m.startups++; break;
            case FirmSize::Sme: m.smes++; break;
            case FirmSize::Large: m.large_firms++; break;
            case FirmSize::Multinational: m.multinationals++; break;
        }
        m.firms_by_segment[int(e.segment)]++;
        m.firms_by_entry_mode[int(e.entry_mode)]++;
        m.policy_driven_firms += e.policy_driven ? 1 : 0;
        quality += e.quality;
        rd += e.rd_intensity;
        high += e.quality >= p.quality_high_bar ? 1 : 0;
        innovative += e.rd_intensity > p.rd_industry_average ? 1 : 0;
        complementors += e.specialization >= p.complementor_specialization_min ? 1 : 0;
        revenue_max = std::max(revenue_max, e.revenue);
        revenue_total += e.revenue;
    }
    const double n = std::max(1, m.enterprises);
    m.mean_quality = quality / n;
    m.mean_rd_intensity = rd / n;
    m.high_quality_share = high / n;
    m.innovative_share = innovative / n;
    m.complementor_share = complementors / n;
    m.anchor_dependence = revenue_total > 0 ? revenue_max / revenue_total : 0.0;
    double entropy = 0.0;
    for (int s = 0; s < kSegmentCount; ++s) {
        if (m.firms_by_segment[s] == 0) continue;
        const double share = m.firms_by_segment[s] / n;
        entropy -= share * std::log(share);
    }
    m.diversity = entropy / std::log(double(kSegmentCount));
    m.research_institutes = int(world.institutes.size());
    m.service_providers = int(world.providers.size());
    m.providers_in_park = 0;
    for (const auto& pr : world.providers) m.providers_in_park += pr.in_park ? 1 : 0;
    m.investment_funds = m.professional_funds = 0;
    for (const auto& f : world.funds) {
        if (f.exit_tick >= 0) continue;
        m.investment_funds++;
        m.professional_funds += f.professional ? 1 : 0;
    }
    m.organizers = int(world.organizers.size());
    m.promotion_orgs = int(world.promotion_orgs.size());
    m.implicit_enablers = m.organizers + m.promotion_orgs;
    m.occupancy = world.capacity_units > 0 ? world.used_units / world.capacity_units : 0.0;
    m.reputation = world.reputation;
    world.firm_count_history.push_back(m.enterprises);
    const size_t h = world.firm_count_history.size();
    m.firm_change_24m = h > 24 ? m.enterprises - world.firm_count_history[h - 25] : 0;
    int peak = 0;
    for (int c : world.firm_count_history) peak = std::max(peak, c);
    m.survival = peak > 0 ? double(m.enterprises) / peak : 1.0;
    m.innovation_index = m.research_outputs / n;
}

void measure_network(World& world, const Params& p) {
    Metrics& m = world.metrics;
    const NodeIndex index(world);
    std::vector<uint32_t> degree(index.size(), 0);
    int firm_firm = 0, cross = 0, ext = 0, uni_ind = 0, repeated = 0;
    double tie_trust = 0.0;
    for (const Tie& t : world.ties) {
        repeated += t.contacts >= 2 ? 1 : 0;
        tie_trust += t.trust;
        degree[index.of(t.a)]++;
        degree[index.of(t.b)]++;
        const bool fa = t.a.kind == NodeKind::Enterprise, fb = t.b.kind == NodeKind::Enterprise;
        if (fa && fb) {
            firm_firm++;
            if (world.enterprises[t.a.index].segment != world.enterprises[t.b.index].segment) cross++;
        }
        if (external(t.a.kind) || external(t.b.kind)) ext++;
        if ((fa && t.b.kind == NodeKind::Institute) || (fb && t.a.kind == NodeKind::Institute)) uni_ind++;
    }
    const int ties = int(world.ties.size());
    m.ties = ties;
    m.repeat_tie_share = ties > 0 ? double(repeated) / ties : 0.0;
    m.mean_tie_trust = ties > 0 ? tie_trust / ties : 0.0;
    m.firm_firm_ties = firm_firm;
    m.firm_ties_per_firm = m.enterprises > 0 ? 2.0 * firm_firm / m.enterprises : 0.0;
    m.cross_segment_share = firm_firm > 0 ? double(cross) / firm_firm : 0.0;
    m.cross_segment_ties_per_firm = m.enterprises > 0 ? 2.0 * cross / m.enterprises : 0.0;
    m.external_tie_share = ties > 0 ? double(ext) / ties : 0.0;
    m.university_industry_ties = m.research_institutes > 0 ? double(uni_ind) / m.research_institutes : 0.0;
    for (auto& e : world.enterprises) e.ties = 0;
    for (uint32_t id : world.alive_ids)
        world.enterprises[id].ties = uint16_t(std::min<uint32_t>(65535, degree[index.of({NodeKind::Enterprise, id})]));

    // Degree centralization (Freeman) over the park's actors that take part in the network. The
    // outside world and the user public are aggregates, not actors, so they are left out.
    uint32_t active = 0, max_degree = 0;
    uint64_t degree_sum = 0;
    const uint32_t actors_end = index.offset[int(NodeKind::Users)];
    for (uint32_t v = 0; v < actors_end; ++v) {
        const uint32_t d = degree[v];
        if (d == 0) continue;
        active++;
        degree_sum += d;
        max_degree = std::max(max_degree, d);
    }
    if (active > 2) {
        const double spread = double(max_degree) * active - double(degree_sum);
        m.centralization = clamp01(spread / (double(active - 1) * double(active - 2)));
        m.density = std::min(1.0, double(degree_sum) / (double(active) * (active - 1)));
    } else {
        m.centralization = 1.0;
        m.density = 0.0;
    }
    // Decentralized means self-organizing with high connectivity, not merely "no hub": a sparse
    // park without ties is not decentralized.
    const bool connected = m.firm_ties_per_firm >= p.decentralized_min_ties;
    m.centralization_label = m.centralization >= p.centralized_above                 ? CentralizationLabel::Centralized
                           : m.centralization <= p.decentralized_below && connected ? CentralizationLabel::Decentralized
                                                                                    : CentralizationLabel::Polycentric;

    // Clustering coefficient, estimated every few months on a sample of nodes drawn from the
    // network stream; the adjacency lists (CSR) are built only then.
    const bool clustering_due = world.tick % std::max(1, int(p.clustering_every_months)) == 0;
    double clustering = 0.0;
    int sampled = 0;
    if (active > 2 && clustering_due) {
        std::vector<uint32_t> start(index.size() + 1, 0);
        for (uint32_t i = 0; i < index.size(); ++i) start[i + 1] = start[i] + degree[i];
        std::vector<uint32_t> fill(start.begin(), start.end() - 1), neighbours(start.back());
        for (const Tie& t : world.ties) {
            const uint32_t a = index.of(t.a), b = index.of(t.b);
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }
        // Adjacency by scanning the shorter list: only the sampled pairs need it.
        auto adjacent = [&](uint32_t a, uint32_t b) {
            if (degree[a] > degree[b]) std::swap(a, b);
            const auto first = neighbours.begin() + start[a], last = neighbours.begin() + start[a + 1];
            return std::find(first, last, b) != last;
        };
        Rng& rng = world.rng[int(Stream::Network)];
        for (int s = 0; s < int(p.clustering_sample); ++s) {
            const uint32_t v = rng.below(index.size());
            const uint32_t d = degree[v];
            if (d < 2) continue;
            int closed = 0, pairs = 0;
            for (int k = 0; k < int(p.clustering_pairs_per_node); ++k) {
                const uint32_t a = neighbours[start[v] + rng.below(d)], b = neighbours[start[v] + rng.below(d)];
                if (a == b) continue;
                pairs++;
                closed += adjacent(a, b) ? 1 : 0;
            }
            if (pairs > 0) { clustering += double(closed) / pairs; sampled++; }
        }
    }
    if (clustering_due) m.clustering = sampled > 0 ? clustering / sampled : 0.0;

    // Hubs: nodes other than the operator and the outside world that are far better connected
    // than the typical actor host their own events. The bar is relative, so a large park has
    // more hubs than a small one without a cap on their number.
    const double mean_degree = active > 0 ? double(degree_sum) / active : 0.0;
    const double hub_bar = std::max(p.hub_min_degree, p.hub_degree_multiple * mean_degree);
    std::vector<std::pair<uint32_t, uint32_t>> candidates;
    for (int k = 0; k < kNodeKindCount; ++k) {
        const auto kind = NodeKind(k);
        if (kind == NodeKind::Operator || kind == NodeKind::Users || external(kind)) continue;
        for (uint32_t v = index.offset[k]; v < index.offset[k + 1]; ++v)
            if (degree[v] >= hub_bar) candidates.push_back({degree[v], v});
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    world.hubs.clear();
    for (size_t i = 0; i < candidates.size(); ++i)
        world.hubs.push_back(index.node(candidates[i].second));

    // Joint actions formed this tick.
    double participants = 0.0;
    for (const auto& ja : world.joint_actions_this_tick) participants += ja.participants;
    m.joint_actions_this_tick = double(world.joint_actions_this_tick.size());
    m.mean_joint_action_size = world.joint_actions_this_tick.empty() ? 2.0 : participants / m.joint_actions_this_tick;
}

}  // namespace

void measure(World& world, const Params& p) {
    measure_firms(world, p);
    measure_network(world, p);
}

}  // namespace keystone
