// Lever names and ranges; the list itself is the X-macro in levers.h.
#include "sim/levers.h"

namespace keystone {

namespace {
const char* const kLeverNames[] = {
#define KEYSTONE_LEVER_NAME(name, owner) #name,
    KEYSTONE_LEVERS(KEYSTONE_LEVER_NAME)
#undef KEYSTONE_LEVER_NAME
};
const char* const kLeverOwners[] = {
#define KEYSTONE_LEVER_OWNER(name, owner) #owner,
    KEYSTONE_LEVERS(KEYSTONE_LEVER_OWNER)
#undef KEYSTONE_LEVER_OWNER
};
}  // namespace

const char* lever_name(Lever l) { return kLeverNames[int(l)]; }
const char* lever_owner(Lever l) { return kLeverOwners[int(l)]; }
// Rent is a ratio to the city's average rent and may exceed 1; every other lever is a share.
double lever_max(Lever l) { return l == Lever::rent_level ? 2.0 : 1.0; }
bool lever_from_name(const std::string& name, Lever* out) {
    for (int i = 0; i < kLeverCount; ++i)
        if (name == kLeverNames[i]) { *out = Lever(i); return true; }
    return false;
}

}  // namespace keystone
