// Name-indexed access to Params, generated from the X-macro so the list has one source.
#include "sim/params.h"

namespace keystone {

std::vector<std::string> param_names() {
    return {
#define KEYSTONE_PARAM_NAME(name) #name,
        KEYSTONE_PARAMS(KEYSTONE_PARAM_NAME)
#undef KEYSTONE_PARAM_NAME
    };
}

double* param_slot(Params& params, const std::string& name) {
#define KEYSTONE_PARAM_SLOT(field) \
    if (name == #field) return &params.field;
    KEYSTONE_PARAMS(KEYSTONE_PARAM_SLOT)
#undef KEYSTONE_PARAM_SLOT
    return nullptr;
}

}  // namespace keystone
