// libFuzzer target: the save loader must refuse any byte string with a message, never crash,
// hang or leak. Build with -DKEYSTONE_FUZZ=ON (clang); see tools/fuzz.sh.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nlohmann::json save;
    if (!keystone::fuzz::parse_input(data, size, "save", &save)) return 0;  // "not a readable save"
    std::string error;
    auto session = keystone::Session::load_json(std::move(save), keystone::fuzz::content(), &error);
    if (session) {
        // A save that loads must also play on.
        for (int i = 0; i < 2 && !session->finished(); ++i) session->step();
    }
    return 0;
}
