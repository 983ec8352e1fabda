// Deterministic positions for the network view. A node's place depends only on its (kind, index),
// never on the other nodes or on time, so the picture never jitters and a firm keeps its spot for
// the whole game: hubs in the centre, enabler kinds in sectors of a ring, the outside world on
// the rim. Within a sector nodes follow a golden-angle sequence, which fills it evenly.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "sim/types.h"

namespace keystone::client {

struct LayoutPoint {
    double x = 0.0, y = 0.0;   // in the unit disc, y down (screen convention)
};

struct LayoutSector {
    double radius_inner, radius_outer;   // fraction of the disc radius
    double angle_begin, angle_end;       // radians, clockwise from the right
};

const LayoutSector& layout_sector(NodeKind kind);
LayoutPoint node_position(NodeKind kind, uint32_t index);
// True for nodes that stand for the world outside the park (for external ties).
bool is_external(NodeKind kind);

// Hub-centred placement: a node in the park keeps its kind's angle (node_position) but its
// distance from the centre falls with its share of the best-connected node's degree, so hubs
// gather in the middle and a centralized network looks centralized. Users and the outside world
// stay on the rim. Deterministic: a function of kind, index and degree share only.
LayoutPoint hub_position(NodeKind kind, uint32_t index, double degree_share);

// Which ties the view draws when there are more than `limit`: those whose less-connected end
// is best connected (the network's backbone), ties in id order on equal degree. Returns indices
// into the list, all of them when it is short enough.
std::vector<size_t> backbone_ties(const std::vector<std::pair<int, int>>& end_degrees, size_t limit);

}  // namespace keystone::client
