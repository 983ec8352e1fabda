// Deterministic positions for the network view. A node's place depends only on its (kind, index),
// never on the other nodes or on time, so the picture never jitters and a firm keeps its spot for
// the whole game: hubs in the centre, enabler kinds in sectors of a ring, the outside world on
// the rim. Within a sector nodes follow a golden-angle sequence, which fills it evenly.
#pragma once
#include <cstdint>

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

}  // namespace keystone::client
