// Deterministic network layout; see network_layout.h.
#include "core/network_layout.h"

#include <algorithm>
#include <cmath>

namespace keystone::client {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;
// Golden ratio conjugate: successive indices land far apart and never repeat a slot.
constexpr double kGoldenFraction = 0.6180339887498949;

// Sectors (degrees, 0 = right, clockwise on screen). Enterprises get the widest band because they
// are most numerous; the hubs (operator, government) sit near the centre where a centralized
// network visibly converges.
const LayoutSector kSectors[kNodeKindCount] = {
    /* Enterprise */            {0.34, 0.74, -150 * kDegree, 110 * kDegree},
    /* Institute */             {0.34, 0.74, 114 * kDegree, 150 * kDegree},
    /* Provider */              {0.34, 0.74, 154 * kDegree, 182 * kDegree},
    /* Fund */                  {0.34, 0.74, 186 * kDegree, 206 * kDegree},
    /* Operator */              {0.00, 0.04, 180 * kDegree, 180 * kDegree},
    /* Government */            {0.10, 0.10, 0 * kDegree, 0 * kDegree},
    /* PromotionOrg */          {0.18, 0.22, 200 * kDegree, 340 * kDegree},
    /* Organizer */             {0.18, 0.22, 20 * kDegree, 160 * kDegree},
    /* Users */                 {0.84, 0.90, 60 * kDegree, 120 * kDegree},
    /* ExternalDomestic */      {0.84, 0.95, -120 * kDegree, 50 * kDegree},
    /* ExternalInternational */ {0.84, 0.95, 130 * kDegree, 240 * kDegree},
};
}  // namespace

const LayoutSector& layout_sector(NodeKind kind) { return kSectors[int(kind)]; }

bool is_external(NodeKind kind) {
    return kind == NodeKind::ExternalDomestic || kind == NodeKind::ExternalInternational;
}

LayoutPoint node_position(NodeKind kind, uint32_t index) {
    const LayoutSector& sector = kSectors[int(kind)];
    // Angle: golden-angle sequence inside the sector.
    const double fraction = std::fmod(double(index) * kGoldenFraction + 0.5, 1.0);
    const double angle = sector.angle_begin + (sector.angle_end - sector.angle_begin) * fraction;
    // Radius: early ids near the inner edge, later ids drift outward but never leave the band
    // (a saturating curve, so the band holds any number of nodes).
    const double spread = double(index) / (double(index) + 40.0);
    const double wobble = std::fmod(double(index) * 0.7548776662466927, 1.0);  // second low-discrepancy axis
    const double t = 0.65 * spread + 0.35 * wobble;
    const double radius = sector.radius_inner + (sector.radius_outer - sector.radius_inner) * t;
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

LayoutPoint hub_position(NodeKind kind, uint32_t index, double degree_share) {
    const LayoutPoint base = node_position(kind, index);
    if (kind == NodeKind::Users || is_external(kind)) return base;
    // The angle from the kind's sector; the radius from the degree (a square root spreads the
    // many small degrees), from 0.06 for the best connected to 0.78 for a node with no tie.
    const double length = std::hypot(base.x, base.y);
    const double angle = length > 0.0 ? std::atan2(base.y, base.x) : double(index) * kGoldenFraction * 2.0 * kPi;
    const double wobble = std::fmod(double(index) * 0.7548776662466927, 1.0) * 0.04;
    const double share = std::clamp(degree_share, 0.0, 1.0);
    const double radius = 0.06 + 0.68 * (1.0 - std::sqrt(share)) + wobble;
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

std::vector<size_t> backbone_ties(const std::vector<std::pair<int, int>>& end_degrees, size_t limit) {
    std::vector<size_t> order(end_degrees.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (order.size() <= limit) return order;
    auto weakest_end = [&](size_t i) { return std::min(end_degrees[i].first, end_degrees[i].second); };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return weakest_end(a) > weakest_end(b); });
    order.resize(limit);
    std::sort(order.begin(), order.end());
    return order;
}

}  // namespace keystone::client
