// Names and texts of the model's limits (see limits.h).
#include "sim/limits.h"

namespace keystone {

const char* limit_name(Limit l) {
    switch (l) {
#define KEYSTONE_LIMIT_NAME(name, text) case Limit::name: return #name;
        KEYSTONE_LIMITS(KEYSTONE_LIMIT_NAME)
#undef KEYSTONE_LIMIT_NAME
        case Limit::Count: break;
    }
    return "?";
}

const char* limit_description(Limit l) {
    switch (l) {
#define KEYSTONE_LIMIT_TEXT(name, text) case Limit::name: return text;
        KEYSTONE_LIMITS(KEYSTONE_LIMIT_TEXT)
#undef KEYSTONE_LIMIT_TEXT
        case Limit::Count: break;
    }
    return "?";
}

}  // namespace keystone
