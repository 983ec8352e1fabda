// Joint actions (MODEL section 3): formation by willingness x ability, trust on each tie and
// defection, the operator's matchmaking hub, events hosted by other hubs, partners met through
// partners, and total enabler joint actions. Partner search samples from per-type indexes and
// from each node's own ties (rebuilt each month): no scan over all pairs.
#include <algorithm>
#include <cmath>

#include "sim/rules.h"

namespace keystone {

namespace {

// A firm that left or a fund that left the park: its ties end with it.
bool node_left(const World& world, NodeId n) {
    return (n.kind == NodeKind::Enterprise && !world.enterprises[n.index].alive) ||
           (n.kind == NodeKind::Fund && world.funds[n.index].exit_tick >= 0);
}

struct Context {
    World& world;
    const Params& p;
    Rng& rng;
    double ability_park;      // park-wide part of ability: implicit enablers, services, forums
    double lifetime;
    std::array<double, kSegmentCount> substitutor_share{};
    std::vector<double> revenue_cumulative;   // over alive_ids, for revenue-weighted buyers
    double revenue_total = 0.0;
    int investment_attempts = 0, investment_without_capital = 0;
    NodeIndex index;
    std::vector<std::vector<uint32_t>>& ties_of;  // per node (NodeIndex): indexes into world.ties
    double institutions = 1.0;                    // 1 - what IP protection and park trust deter
    bool sweep_needed = false;                    // a tie ended or touched a firm that left
};

bool in_park(const World& world, NodeId node) {
    switch (node.kind) {
        case NodeKind::ExternalDomestic:
        case NodeKind::ExternalInternational: return false;
        case NodeKind::Provider: return world.providers[node.index].in_park;
        default: return true;
    }
}

double node_trust(const World& world, NodeId node) {
    return node.kind == NodeKind::Enterprise ? world.enterprises[node.index].trust : world.culture.trust;
}

// The live tie between two nodes, or -1. Scans the shorter of the two nodes' own tie lists.
int32_t find_tie(const Context& c, NodeId a, NodeId b) {
    const auto& la = c.ties_of[c.index.of(a)];
    const auto& lb = c.ties_of[c.index.of(b)];
    for (uint32_t i : la.size() <= lb.size() ? la : lb) {
        const Tie& t = c.world.ties[i];
        if (t.expires_tick > c.world.tick && ((t.a == a && t.b == b) || (t.a == b && t.b == a))) return int32_t(i);
    }
    return -1;
}

// A joint action between a and b: renews the pair's tie (repeated contact raises the trust the
// pair has in each other) or starts one at `trust`. One tie per pair: working together again is
// the same relationship, not a second one.
int32_t add_tie(Context& c, NodeId a, NodeId b, JointActionType type, double trust) {
    World& world = c.world;
    const int32_t found = find_tie(c, a, b);
    if (found >= 0) {
        Tie& t = world.ties[size_t(found)];
        t.type = type;
        t.expires_tick = world.tick + int32_t(c.lifetime);
        t.contacts = uint16_t(std::min<int>(65535, t.contacts + 1));
        t.trust += c.p.tie_trust_gain * (1.0 - t.trust);
        return found;
    }
    Tie tie{a, b, type, world.tick, world.tick + int32_t(c.lifetime)};
    tie.trust = clamp01(trust);
    // A hub found last month may have left since (its events still run this month).
    if (node_left(world, a) || node_left(world, b)) c.sweep_needed = true;
    record_tie(world, tie);
    const auto at = uint32_t(world.ties.size() - 1);
    c.ties_of[c.index.of(a)].push_back(at);
    c.ties_of[c.index.of(b)].push_back(at);
    return int32_t(at);
}

NodeId other_end(const Tie& t, NodeId self) { return t.a == self ? t.b : t.a; }

// One of the node's live ties at random, or -1.
int32_t random_tie(Context& c, NodeId self) {
    const auto& list = c.ties_of[c.index.of(self)];
    if (list.empty()) return -1;
    const uint32_t i = list[c.rng.below(uint32_t(list.size()))];
    return c.world.ties[i].expires_tick > c.world.tick ? int32_t(i) : -1;
}

void record(World& world, JointActionType type, int participants, int kinds) {
    world.joint_actions_this_tick.push_back({type, uint8_t(participants), uint8_t(kinds)});
    world.metrics.joint_actions_by_type[int(type)]++;
}

uint32_t random_alive(Context& c) { return c.world.alive_ids[c.rng.below(uint32_t(c.world.alive_ids.size()))]; }
uint32_t random_fund(Context& c) { return c.world.active_fund_ids[c.rng.below(uint32_t(c.world.active_fund_ids.size()))]; }

uint32_t random_in_other_segment(Context& c, Segment own) {
    // Pick a segment other than our own with firms in it, then a firm in it.
    for (int attempt = 0; attempt < int(c.p.cross_segment_partner_tries); ++attempt) {
        const int s = int(c.rng.below(kSegmentCount));
        if (s == int(own) || c.world.alive_by_segment[s].empty()) continue;
        const auto& list = c.world.alive_by_segment[s];
        return list[c.rng.below(uint32_t(list.size()))];
    }
    return random_alive(c);
}

// Complementarity of two firms: specialized complementors cooperate, integrated substitutors in
// a crowded segment compete for the same niches (MODEL section 11).
double firm_match(const Context& c, const Enterprise& a, const Enterprise& b) {
    const double spec = 0.5 * (a.specialization + b.specialization);
    if (a.segment == b.segment) {
        const double crowding = c.p.substitutor_crowding * c.substitutor_share[int(a.segment)];
        return clamp01((c.p.match_same_segment_base + (1.0 - c.p.match_same_segment_base) * a.specialization * b.specialization) *
                       (1.0 - crowding));
    }
    return clamp01(c.p.match_cross_segment_base * (c.p.match_cross_specialization_base + spec));
}

// A partner breaks the deal (takes the knowledge, does not deliver, poaches staff): likelier
// between strangers, where IP protection and the park's trust deter little, and from weak or
// incentive-chasing firms that do not mean to stay.
double defection_chance(const Context& c, const Enterprise& partner, double pair_trust) {
    const Params& p = c.p;
    const double kind = 1.0 + p.defection_low_quality_weight * (1.0 - partner.quality) +
                        (partner.policy_driven ? p.defection_policy_driven_weight : 0.0);
    return clamp01(p.defection_base * (1.0 - clamp01(pair_trust)) * c.institutions * kind);
}

// The pair's trust: earned on their tie when they have one; otherwise what each brings (a firm's
// trust in the community, the park's culture for other enablers), or, for partners met through
// a partner, the trust along the introduction.
double pair_trust(const Context& c, const Enterprise& firm, NodeId partner, int32_t tie) {
    if (tie >= 0) return c.world.ties[size_t(tie)].trust;
    return 0.5 * (firm.trust + node_trust(c.world, partner));
}

// Willingness x ability (MODEL section 3). Returns the tie the joint action formed or renewed,
// or -1 when it failed or the partner defected.
int32_t attempt(Context& c, Enterprise& firm, NodeId partner, JointActionType type, double need, double match,
                double ability_bonus, double introduced_trust = -1.0) {
    const World& world = c.world;
    const Params& p = c.p;
    const bool local = in_park(world, partner);
    const NodeId self{NodeKind::Enterprise, firm.id};
    const int32_t existing = find_tie(c, self, partner);
    const double known = existing < 0 && introduced_trust >= 0.0 ? introduced_trust : pair_trust(c, firm, partner, existing);
    double trust = known + (local ? p.proximity_trust : 0.0);
    // Subsidiaries talk to head offices elsewhere more than to neighbours.
    if (local && firm.entry_mode == EntryMode::Subsidiary) trust *= 1.0 - p.subsidiary_local_penalty;
    const double willingness = need * match * clamp01(trust);
    const double ability =
        (p.ability_quality_base + p.ability_quality_weight * firm.quality) * clamp01(c.ability_park + ability_bonus);
    const bool success = c.rng.chance(clamp01(willingness * ability));
    if (!success) {
        // Failure costs trust, down to the floor that institutions (courts, contracts) keep.
        firm.trust = std::max(p.trust_floor, firm.trust - p.trust_loss * firm.trust);
        return -1;
    }
    Enterprise* other = partner.kind == NodeKind::Enterprise ? &c.world.enterprises[partner.index] : nullptr;
    if (other && c.rng.chance(defection_chance(c, *other, known))) {
        // Defection ends the relationship and costs both firms trust in the community; the
        // park's trust follows its firms' (rules_culture.cpp).
        if (existing >= 0) {
            c.world.ties[size_t(existing)].expires_tick = world.tick;
            c.sweep_needed = true;
        }
        firm.trust = std::max(p.trust_floor, firm.trust - p.defection_trust_loss * firm.trust);
        other->trust = std::max(p.trust_floor, other->trust - p.defection_trust_loss * other->trust);
        c.world.metrics.defections_this_tick++;
        return -1;
    }
    firm.trust += p.trust_gain * (1.0 - firm.trust);
    if (other) {
        other->trust += p.trust_gain * (1.0 - other->trust);
        // Division of labour: working with other firms pushes both towards specialization.
        firm.specialization = clamp01(firm.specialization + p.specialization_learning);
        other->specialization = clamp01(other->specialization + p.specialization_learning);
    }
    const int32_t tie = add_tie(c, self, partner, type, known);
    record(c.world, type, 2, partner.kind == NodeKind::Enterprise ? 1 : 2);
    return tie;
}

// Effects of a formed joint action on the firm (knowledge, money, talent).
void apply_effects(Context& c, Enterprise& firm, NodeId partner, JointActionType type, Tie tie) {
    World& world = c.world;
    const Params& p = c.p;
    const double absorptive = std::min(1.0, firm.rd_intensity / p.rd_industry_average) * p.absorptive_capacity;
    switch (type) {
        case JointActionType::Licensing: {
            Institute& inst = world.institutes[partner.index];
            // A licence moves university patents into the firm's development pipeline.
            const double moved =
                std::min(inst.unlicensed_patents, p.patents_per_license * (p.license_absorptive_base + absorptive));
            inst.unlicensed_patents -= moved;
            firm.pipeline_university += moved;
            break;
        }
        case JointActionType::JointRnd: {
            // Codified knowledge (papers, data, protocols) travels and is absorbed according to
            // prior related knowledge; tacit know-how passes only between people who work side by
            // side: inside the park, or with a partner elsewhere met again and again (MODEL 11).
            const bool tacit = in_park(world, partner) || tie.contacts >= p.tacit_repeat_contacts;
            firm.pipeline += (p.rnd_codified_share + (tacit ? p.tacit_local_share : 0.0)) * absorptive * p.patents_per_knowledge_gain;
            break;
        }
        case JointActionType::International:
            // Codified knowledge travels; what arrives depends on prior related knowledge.
            firm.pipeline += absorptive * p.patents_per_knowledge_gain;
            break;
        case JointActionType::Investment: {
            Fund& fund = world.funds[partner.index];
            const double amount = std::min(
                fund.capital,
                p.investment_size * (firm.size == FirmSize::Startup ? 1.0 : p.investment_size_established_factor));
            fund.capital -= amount;
            fund.last_deal_tick = world.tick;
            firm.cash += amount;
            if (fund.professional) {
                firm.professional_capital += amount;
                firm.rd_intensity += p.professional_rd_boost * (1.0 - firm.rd_intensity);
                firm.quality = clamp01(firm.quality + p.professional_quality_boost);
                world.metrics.funding_professional += amount;
            } else {
                // Entrepreneur-investors want quick returns and control: R&D is cut.
                firm.nonprofessional_capital += amount;
                firm.rd_intensity *= 1.0 - p.nonprofessional_rd_cut;
                firm.quality = clamp01(firm.quality - p.nonprofessional_quality_cut);
                world.metrics.funding_nonprofessional += amount;
            }
            break;
        }
        case JointActionType::ServiceContract:
            firm.last_service_tick = world.tick;
            break;
        case JointActionType::Training:
            firm.quality = clamp01(firm.quality + p.training_quality_gain);
            world.talent_pool[int(TalentKind::Supporting)] += p.training_talent_gain;
            break;
        case JointActionType::UserCoCreation:
            firm.pipeline += p.user_cocreation_knowledge * absorptive * p.patents_per_knowledge_gain;
            break;
        default:
            break;
    }
}

// Whether a node can be the partner of this kind of joint action.
bool fits(const World& world, const Enterprise& firm, JointActionType type, NodeId node) {
    switch (type) {
        case JointActionType::Supply: return node.kind == NodeKind::Enterprise || node.kind == NodeKind::ExternalDomestic;
        case JointActionType::JointRecruitment: return node.kind == NodeKind::Enterprise;
        case JointActionType::CrossIndustry:
            return node.kind == NodeKind::Enterprise && world.enterprises[node.index].segment != firm.segment;
        case JointActionType::JointRnd:
            return node.kind == NodeKind::Enterprise || node.kind == NodeKind::Institute ||
                   node.kind == NodeKind::ExternalDomestic;
        case JointActionType::Licensing: return node.kind == NodeKind::Institute;
        case JointActionType::ServiceContract:
        case JointActionType::Training: return node.kind == NodeKind::Provider;
        default: return false;   // investment, users and partners abroad are found afresh
    }
}

// Self-organizing ties (MODEL section 3): a firm often goes back to a partner it already works
// with (repeated contact), or meets a partner of one of its partners, who vouches for both
// (triadic closure). Neither needs a broker, and neither scans the park: each reads one random
// tie of one node. Returns false when the firm searches afresh.
bool known_partner(Context& c, const Enterprise& firm, JointActionType type, NodeId* out, double* introduced) {
    const Params& p = c.p;
    const NodeId self{NodeKind::Enterprise, firm.id};
    if (type == JointActionType::Investment || type == JointActionType::UserCoCreation ||
        type == JointActionType::International || c.ties_of[c.index.of(self)].empty()) return false;
    if (c.rng.chance(p.repeat_partner_share)) {
        const int32_t known = random_tie(c, self);
        if (known < 0) return false;
        const NodeId partner = other_end(c.world.ties[size_t(known)], self);
        if (!fits(c.world, firm, type, partner)) return false;
        *out = partner;
        return true;
    }
    const bool firm_partner = type == JointActionType::Supply || type == JointActionType::JointRecruitment ||
                              type == JointActionType::CrossIndustry || type == JointActionType::JointRnd;
    if (!firm_partner || !c.rng.chance(p.partner_referral_share)) return false;
    const int32_t first = random_tie(c, self);
    if (first < 0) return false;
    const NodeId via = other_end(c.world.ties[size_t(first)], self);
    const int32_t second = random_tie(c, via);
    if (second < 0) return false;
    const NodeId candidate = other_end(c.world.ties[size_t(second)], via);
    if (candidate.kind != NodeKind::Enterprise || candidate == self || !fits(c.world, firm, type, candidate)) return false;
    // Trust along an introduction is that of its weaker link.
    *introduced = std::min(c.world.ties[size_t(first)].trust, c.world.ties[size_t(second)].trust);
    *out = candidate;
    return true;
}

// Matching (complementarity) of the firm with a partner for this kind of joint action.
double partner_match(const Context& c, const Enterprise& firm, JointActionType type, NodeId partner, double rd_ratio) {
    const World& world = c.world;
    const Params& p = c.p;
    switch (type) {
        case JointActionType::Supply:
        case JointActionType::JointRecruitment:
        case JointActionType::CrossIndustry:
            if (partner.kind == NodeKind::ExternalDomestic)
                return p.match_external_base + p.match_external_specialization * firm.specialization;
            return firm_match(c, firm, world.enterprises[partner.index]);
        case JointActionType::JointRnd:
            return clamp01(p.match_rnd_base + p.match_rnd_weight * std::min(p.match_rnd_ratio_cap, rd_ratio));
        case JointActionType::Licensing: {
            const Institute& inst = world.institutes[partner.index];
            return clamp01((p.match_license_base + p.match_license_transfer_weight * inst.transfer_quality) *
                           std::min(1.0, p.match_license_rd_base + p.match_license_rd_weight * rd_ratio));
        }
        case JointActionType::Investment: {
            // Professional investors select on quality; entrepreneur-investors take almost anyone.
            const Fund& fund = world.funds[partner.index];
            return fund.professional ? clamp01(firm.quality * p.match_professional_quality) : p.match_nonprofessional;
        }
        case JointActionType::ServiceContract: return p.match_service;
        case JointActionType::Training: return p.match_training;
        case JointActionType::UserCoCreation:
            return clamp01(p.match_user_base + world.region.market_orientation * p.match_user_market_weight);
        case JointActionType::International:
            return clamp01(p.match_international_base + p.match_international_openness_weight * world.culture.openness +
                           p.match_international_quality_weight * firm.quality);
        default: return 0.5;
    }
}

void firm_initiated(Context& c) {
    World& world = c.world;
    const Params& p = c.p;
    Enterprise& firm = world.enterprises[random_alive(c)];
    const double rd_ratio = firm.rd_intensity / p.rd_industry_average;
    const double openness = world.region.openness;
    std::array<double, kJointActionTypeCount> weight{};
    weight[int(JointActionType::Supply)] = p.w_supply;
    weight[int(JointActionType::JointRecruitment)] = p.w_recruitment;
    weight[int(JointActionType::JointRnd)] =
        p.w_joint_rnd * rd_ratio * (world.institutes.empty() ? p.joint_rnd_without_institutes : 1.0);
    weight[int(JointActionType::Licensing)] =
        world.institutes.empty() ? 0.0 : p.w_licensing * std::min(p.licensing_rd_ratio_cap, rd_ratio);
    weight[int(JointActionType::Investment)] =
        world.active_fund_ids.empty() ? 0.0 : p.w_investment * (firm.cash < p.investment_need_cash ? 1.0 : p.investment_weight_with_cash);
    weight[int(JointActionType::ServiceContract)] =
        world.providers.empty() ? 0.0 : p.w_service * (p.service_weight_base + lever(world, Lever::services));
    weight[int(JointActionType::Training)] = p.w_training * lever(world, Lever::training);
    weight[int(JointActionType::CrossIndustry)] = p.w_cross_industry * firm.specialization;
    weight[int(JointActionType::UserCoCreation)] = p.w_user * lever(world, Lever::user_engagement);
    weight[int(JointActionType::International)] =
        p.w_international * (lever(world, Lever::international_bridge) + p.international_openness_weight * openness +
                             (firm.origin == Origin::Local ? 0.0 : p.international_foreign_origin_bonus));
    // What the firm needs now (MODEL section 3, willingness = need x match x trust): a firm with
    // few partners in the park looks for suppliers and staff next door; one that has them looks
    // across segments and for services; one with products on the market looks for users,
    // licences and partners abroad. The park's stage label plays no part.
    auto emphasize = [&](JointActionType t, double need) { weight[int(t)] *= 1.0 + p.need_bonus * need; };
    const double local_need = 1.0 - std::min(1.0, double(firm.ties) / p.need_local_ties);
    const double market_need = std::min(1.0, firm.products / p.need_market_products);
    emphasize(JointActionType::Supply, local_need);
    emphasize(JointActionType::JointRecruitment, local_need);
    emphasize(JointActionType::CrossIndustry, 1.0 - local_need);
    emphasize(JointActionType::ServiceContract, 1.0 - local_need);
    emphasize(JointActionType::International, market_need);
    emphasize(JointActionType::Licensing, market_need);
    emphasize(JointActionType::UserCoCreation, market_need);

    double total = 0.0;
    for (double w : weight) total += w;
    if (total <= 0.0) return;
    double pick = c.rng.uniform() * total;
    int chosen = 0;
    for (; chosen < kJointActionTypeCount - 1; ++chosen) {
        pick -= weight[chosen];
        if (pick < 0.0) break;
    }
    const auto type = JointActionType(chosen);

    NodeId partner;
    double introduced = -1.0;
    if (!known_partner(c, firm, type, &partner, &introduced)) switch (type) {
        case JointActionType::Supply:
        case JointActionType::JointRecruitment:
        case JointActionType::CrossIndustry: {
            // Some supply ties reach other domestic clusters (cross-regional links).
            if (type == JointActionType::Supply &&
                c.rng.chance(p.w_external_domestic * (p.external_domestic_openness_base + openness))) {
                partner = {NodeKind::ExternalDomestic, c.rng.below(3)};
                break;
            }
            // Supply and recruitment mostly stay inside the value chain of one's own segment.
            uint32_t other;
            if (type == JointActionType::CrossIndustry) other = random_in_other_segment(c, firm.segment);
            else if (c.rng.chance(p.same_segment_partner)) {
                const auto& list = world.alive_by_segment[int(firm.segment)];
                other = list[c.rng.below(uint32_t(list.size()))];
            } else other = random_alive(c);
            // Large buyers place most orders: part of supply goes to a customer drawn in
            // proportion to revenue, which is how a park comes to depend on an anchor firm.
            if (type == JointActionType::Supply && c.revenue_total > 0.0 && c.rng.chance(p.supply_to_big_buyers)) {
                const double draw = c.rng.uniform() * c.revenue_total;
                const auto it = std::upper_bound(c.revenue_cumulative.begin(), c.revenue_cumulative.end(), draw);
                other = world.alive_ids[size_t(std::min<std::ptrdiff_t>(it - c.revenue_cumulative.begin(),
                                                                          std::ptrdiff_t(world.alive_ids.size()) - 1))];
            }
            if (other == firm.id) return;
            partner = {NodeKind::Enterprise, other};
            break;
        }
        case JointActionType::JointRnd:
            if (!world.institutes.empty() && c.rng.chance(p.joint_rnd_institute_share)) {
                partner = {NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))};
            } else if (c.rng.chance(p.w_external_domestic * (p.external_domestic_openness_base + openness))) {
                partner = {NodeKind::ExternalDomestic, c.rng.below(3)};
            } else {
                const uint32_t other = random_alive(c);
                if (other == firm.id) return;
                partner = {NodeKind::Enterprise, other};
            }
            break;
        case JointActionType::Licensing:
            partner = {NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))};
            break;
        case JointActionType::Investment: {
            partner = {NodeKind::Fund, random_fund(c)};
            c.investment_attempts++;
            if (world.funds[partner.index].capital <= 0.0) { c.investment_without_capital++; return; }
            break;
        }
        case JointActionType::ServiceContract:
            partner = {NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))};
            break;
        case JointActionType::Training:
            // Training is delivered by providers (the training centre counts as one).
            if (world.providers.empty()) return;
            partner = {NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))};
            break;
        case JointActionType::UserCoCreation:
            partner = {NodeKind::Users, 0};
            break;
        case JointActionType::International:
            partner = {NodeKind::ExternalInternational, c.rng.below(3)};
            break;
        default:
            return;
    }
    const double need = 1.0;
    const double match = partner_match(c, firm, type, partner, rd_ratio);
    const int32_t tie = attempt(c, firm, partner, type, need, match, 0.0, introduced);
    if (tie >= 0) apply_effects(c, firm, partner, type, world.ties[size_t(tie)]);
}

// Operator-run forums and workshops: the operator introduces two tenants. Early on this makes
// the operator the network's single hub (centralized).
// Forums serve the firms that still need partners: a tenant that already has `need_local_ties`
// partners finds the next ones through them and does not come, so in a connected park the
// operator's introductions (and its hub) shrink while the network keeps growing (SF9).
void forum_session(Context& c) {
    World& world = c.world;
    const uint32_t a = random_alive(c), b = random_alive(c);
    if (a == b) return;
    Enterprise& first = world.enterprises[a];
    const Enterprise& second = world.enterprises[b];
    if (first.ties >= c.p.need_local_ties || second.ties >= c.p.need_local_ties) return;
    const JointActionType type = first.segment == second.segment ? JointActionType::Supply : JointActionType::CrossIndustry;
    const double match = firm_match(c, first, second);
    if (attempt(c, first, {NodeKind::Enterprise, b}, type, 1.0, match, c.p.ability_forums) >= 0) {
        add_tie(c, {NodeKind::Operator, 0}, {NodeKind::Enterprise, a}, JointActionType::Forum, world.culture.trust);
        add_tie(c, {NodeKind::Operator, 0}, {NodeKind::Enterprise, b}, JointActionType::Forum, world.culture.trust);
        world.joint_actions_this_tick.back().participants = 3;
    }
}

// Events hosted by other hubs (large firms, institutes, promotion organizations): the network
// becomes polycentric as they take over matchmaking.
void hub_event(Context& c, NodeId host) {
    World& world = c.world;
    for (int k = 0; k < int(c.p.hub_event_guests); ++k) {
        const uint32_t guest = random_alive(c);
        if (host.kind == NodeKind::Enterprise && host.index == guest) continue;
        Enterprise& firm = world.enterprises[guest];
        if (attempt(c, firm, host, JointActionType::Forum, 1.0, c.p.match_hub_event, 0.0) >= 0) {
            // Guests of the same event meet each other too.
            const uint32_t other = random_alive(c);
            if (other != guest && c.rng.chance(world.culture.trust * firm_match(c, firm, world.enterprises[other])))
                add_tie(c, {NodeKind::Enterprise, guest}, {NodeKind::Enterprise, other}, JointActionType::Supply,
                        world.culture.trust);
        }
    }
}

// Total enabler joint action: an innovation consortium spanning most enabler kinds, possible
// only with an organizer or promotion organization and enough trust (MODEL section 3, SF8). It
// forms through the same willingness x ability draw as any joint action: the convener proposes
// and draws the members; the firms must match and trust each other, and the convener's brokerage
// raises the park's ability to pull it together. Only a consortium that forms gives its members
// the transformation boost (rules_knowledge.cpp, `consortium_until`).
void consortium(Context& c) {
    World& world = c.world;
    const Params& p = c.p;
    const bool org = !world.promotion_orgs.empty();
    const uint32_t which = c.rng.below(uint32_t(org ? world.promotion_orgs.size() : world.organizers.size()));
    const NodeId convener{org ? NodeKind::PromotionOrg : NodeKind::Organizer, which};
    const double brokerage = org ? world.promotion_orgs[which].capacity : world.organizers[which].influence;
    std::vector<NodeId> members{convener, {NodeKind::Government, 0}};
    const int firms = int(p.consortium_size_min) + int(c.rng.below(uint32_t(p.consortium_size_max - p.consortium_size_min + 1)));
    for (int i = 0; i < firms; ++i) members.push_back({NodeKind::Enterprise, random_alive(c)});
    if (!world.institutes.empty()) members.push_back({NodeKind::Institute, c.rng.below(uint32_t(world.institutes.size()))});
    if (!world.active_fund_ids.empty()) members.push_back({NodeKind::Fund, random_fund(c)});
    if (!world.providers.empty()) members.push_back({NodeKind::Provider, c.rng.below(uint32_t(world.providers.size()))});
    if (lever(world, Lever::user_engagement) > 0.0) members.push_back({NodeKind::Users, 0});
    if (world.culture.openness > p.consortium_openness_min)
        members.push_back({NodeKind::ExternalInternational, c.rng.below(3)});

    // Willingness = need x match x trust, read between the lead firm and each other firm (their
    // own tie's trust where they already work together); ability from the firms' quality and the
    // park, raised by the convener.
    const Enterprise& lead = world.enterprises[members[2].index];
    double match = 0.0, trust = 0.0, quality = lead.quality;
    int others = 0;
    for (int i = 1; i < firms; ++i) {
        const NodeId member = members[size_t(2 + i)];
        const Enterprise& firm = world.enterprises[member.index];
        quality += firm.quality;
        if (member.index == lead.id) continue;
        match += firm_match(c, lead, firm);
        trust += pair_trust(c, lead, member, find_tie(c, members[2], member)) + p.proximity_trust;
        others++;
    }
    const double need = 1.0;
    const double willingness = others > 0 ? need * (match / others) * clamp01(trust / others) : 0.0;
    const double ability = (p.ability_quality_base + p.ability_quality_weight * quality / firms) *
                           clamp01(c.ability_park + p.consortium_convener_ability * brokerage);
    if (!c.rng.chance(clamp01(willingness * ability))) return;

    // The convener brokers the first contact (government and the lead firm); after that the
    // members tie to each other, so a consortium does not turn the convener into a star hub.
    const double start_trust = world.culture.trust;
    auto tie = [&](NodeId a, NodeId b) {
        if (!(a == b)) add_tie(c, a, b, JointActionType::Consortium, start_trust);
    };
    tie(convener, members[1]);
    tie(convener, members[2]);
    for (size_t i = 3; i < members.size(); ++i) tie(members[2 + (i % 2)], members[i]);
    int kinds_mask = 0;
    for (const NodeId& m : members) {
        kinds_mask |= 1 << int(m.kind);
        if (m.kind == NodeKind::Enterprise) {
            Enterprise& firm = world.enterprises[m.index];
            firm.consortium_until = world.tick + int32_t(p.consortium_months);
            firm.trust += p.trust_gain * (1.0 - firm.trust);
        }
    }
    // Firms in the consortium also tie to each other (a ring keeps it linear in size).
    for (size_t i = 2; i + 1 < members.size(); ++i)
        if (members[i].kind == NodeKind::Enterprise && members[i + 1].kind == NodeKind::Enterprise) tie(members[i], members[i + 1]);
    int kinds = 0;
    for (int k = 0; k < kNodeKindCount; ++k) kinds += (kinds_mask >> k) & 1;
    record(world, JointActionType::Consortium, int(members.size()), kinds);
}

// The per-node tie lists outlive a month so their vectors keep their capacity: rebuilding them
// from scratch every month was a quarter of a game's time in allocations. Only the capacity is
// reused; the contents are rebuilt from world.ties at the start of every month, so nothing read
// from it can depend on an earlier month or on another game run on the same thread.
thread_local std::vector<std::vector<uint32_t>> ties_of_scratch;

}  // namespace

void step_joint_actions(World& world, const Params& p) {
    // Drop expired ties and ties of firms and funds that left (compaction keeps order: deterministic).
    auto expired = [&](const Tie& t) { return t.expires_tick <= world.tick || node_left(world, t.a) || node_left(world, t.b); };
    world.ties.erase(std::remove_if(world.ties.begin(), world.ties.end(), expired), world.ties.end());
    world.metrics.joint_actions_by_type.fill(0);  // kept until now: fund arrivals read last month's deals
    world.metrics.defections_this_tick = 0;
    if (world.alive_ids.empty()) return;

    Context c{world, p, world.rng[int(Stream::JointActions)], 0.0, p.tie_lifetime_months, {}, {}, 0.0, 0, 0,
              NodeIndex(world), ties_of_scratch, 1.0};
    // Each node's own ties, rebuilt every month (a derived index, never saved): repeated contact
    // and partners of partners read it instead of scanning pairs.
    c.ties_of.resize(c.index.size());
    for (auto& list : c.ties_of) list.clear();
    for (uint32_t i = 0; i < uint32_t(world.ties.size()); ++i) {
        c.ties_of[c.index.of(world.ties[i].a)].push_back(i);
        c.ties_of[c.index.of(world.ties[i].b)].push_back(i);
    }
    // What deters a partner from breaking a deal: courts that protect ideas and a park where
    // word of a broken deal travels.
    c.institutions = clamp01(1.0 - p.defection_ip_weight * lever(world, Lever::ip_protection) -
                             p.defection_culture_weight * world.culture.trust);
    const double implicit = implicit_strength(world);
    c.ability_park = p.ability_base + p.ability_implicit * std::min(1.0, implicit) +
                     p.ability_services * lever(world, Lever::services) -
                     p.bureaucracy * (1.0 - world.region.mindset);
    std::array<int, kSegmentCount> substitutors{}, firms{};
    for (uint32_t id : world.alive_ids) {
        const Enterprise& e = world.enterprises[id];
        firms[int(e.segment)]++;
        if (e.specialization < p.complementor_specialization_min) substitutors[int(e.segment)]++;
    }
    for (int s = 0; s < kSegmentCount; ++s) c.substitutor_share[s] = firms[s] ? double(substitutors[s]) / firms[s] : 0.0;
    c.revenue_cumulative.reserve(world.alive_ids.size());
    for (uint32_t id : world.alive_ids) {
        c.revenue_total += world.enterprises[id].revenue;
        c.revenue_cumulative.push_back(c.revenue_total);
    }

    const double n = double(world.alive_ids.size());
    const uint32_t firm_attempts = c.rng.poisson(p.ja_attempt_rate * n);
    for (uint32_t i = 0; i < firm_attempts; ++i) firm_initiated(c);
    if (c.investment_attempts > 0)
        record_limit(world, Limit::fund_capital, double(c.investment_without_capital) / c.investment_attempts);

    // The operator's staff can run only so many introductions a month, whatever the park's size:
    // as the park grows, self-organized ties outgrow the operator's hub (SF9).
    const uint32_t forums = c.rng.poisson(p.forum_rate * lever(world, Lever::forums));
    for (uint32_t i = 0; i < forums; ++i) forum_session(c);

    for (const NodeId& hub : world.hubs)
        if (c.rng.chance(clamp01(p.hub_event_rate * world.culture.trust))) hub_event(c, hub);

    if (implicit > 0.0 && world.culture.trust > p.consortium_trust_min) {
        const double strength = (world.culture.trust - p.consortium_trust_min) / (1.0 - p.consortium_trust_min);
        if (implicit > p.consortium_implicit_cap) record_limit(world, Limit::consortium_implicit, 1.0 - p.consortium_implicit_cap / implicit);
        const uint32_t count = c.rng.poisson(p.consortium_rate * std::min(p.consortium_implicit_cap, implicit) * strength);
        for (uint32_t i = 0; i < count; ++i) consortium(c);
    }

    // A defection ended its tie this month, or a tie formed with a firm that left this month (a
    // hub measured last month). Renewed and new ties outlive the month unless their lifetime is
    // under a month; nothing else ends a tie here, so otherwise the sweep is skipped.
    if (c.sweep_needed || int32_t(c.lifetime) < 1)
        world.ties.erase(std::remove_if(world.ties.begin(), world.ties.end(), expired), world.ties.end());

    // Firms' trust drifts towards the park's culture of trust.
    for (uint32_t id : world.alive_ids) {
        Enterprise& e = world.enterprises[id];
        e.trust += (world.culture.trust - e.trust) * p.trust_decay;
    }
}

}  // namespace keystone
