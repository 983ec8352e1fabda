// Name-indexed access to Params, generated from the X-macro so the list has one source.
#include "sim/params.h"

#include <string_view>
#include <unordered_map>

namespace keystone {

std::vector<std::string> param_names() {
    return {
#define KEYSTONE_PARAM_NAME(name) #name,
        KEYSTONE_PARAMS(KEYSTONE_PARAM_NAME)
#undef KEYSTONE_PARAM_NAME
    };
}

// Loading params.lua looks up every parameter by name: a hashed index built once, instead of a
// chain of string compares per name (quadratic in the number of parameters).
double* param_slot(Params& params, const std::string& name) {
    static const std::unordered_map<std::string_view, double Params::*> slots = {
#define KEYSTONE_PARAM_SLOT(field) {#field, &Params::field},
        KEYSTONE_PARAMS(KEYSTONE_PARAM_SLOT)
#undef KEYSTONE_PARAM_SLOT
    };
    const auto found = slots.find(name);
    return found == slots.end() ? nullptr : &(params.*(found->second));
}

}  // namespace keystone
