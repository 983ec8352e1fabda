// libFuzzer target: the save loader must refuse any byte string with a message, never crash,
// hang or leak. Build with -DKEYSTONE_FUZZ=ON (clang); see tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "session/session.h"

namespace {
keystone::SessionConfig content() {
    keystone::SessionConfig c;
    c.scripts_dir = KEYSTONE_SOURCE_DIR "/scripts";
    return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nlohmann::json save;
    try {
        save = nlohmann::json::parse(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const nlohmann::json::exception&) {
        return 0;  // the loader reports this as "not a readable save"; nothing more to exercise
    }
    std::string error;
    auto session = keystone::Session::load_json(std::move(save), content(), &error);
    if (session) {
        // A save that loads must also play on.
        for (int i = 0; i < 2 && !session->finished(); ++i) session->step();
    }
    return 0;
}
