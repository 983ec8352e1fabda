// libFuzzer target: the replay loader (the text path of read_replay, then parse_replay and a
// short re-simulation) must refuse any byte string with a message, never crash, hang or leak.
// Build with -DKEYSTONE_FUZZ=ON (clang); see tools/fuzz.sh.
#include "fuzz_support.h"
#include "io/replay.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nlohmann::json replay;
    if (!keystone::fuzz::parse_input(data, size, "replay", &replay)) return 0;
    keystone::ReplayData parsed;
    if (!keystone::parse_replay(replay, &parsed).empty()) return 0;
    // A replay that parses is re-simulated; a few months exercise the commands without making
    // each input take seconds.
    auto& hashes = replay["hashes"];
    if (hashes.size() > 3) hashes.erase(hashes.begin() + 3, hashes.end());
    std::string error;
    keystone::verify_replay(replay, keystone::fuzz::content(), &error);
    return 0;
}
