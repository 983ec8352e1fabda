// libFuzzer target: the scenario loader. The input is written as a scenario file into a
// scratch content folder and a session is started from it; any outcome but a crash or hang is
// fine (most inputs are refused with a message naming the file).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "session/session.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path dir = fs::temp_directory_path() / ("keystone_fuzz_" + std::to_string(getpid()));
    static bool ready = [] {
        fs::create_directories(dir / "scenarios");
        return true;
    }();
    (void)ready;
    {
        std::ofstream out(dir / "scenarios" / "fuzzed.lua", std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    keystone::SessionConfig config;
    config.scripts_dir = KEYSTONE_SOURCE_DIR "/scripts";
    config.extra_content_dirs = {dir.string()};
    config.scenario_id = "fuzzed";
    std::string error;
    auto session = keystone::Session::create(config, &error);
    if (session)
        for (int i = 0; i < 3 && !session->finished(); ++i) session->step();
    return 0;
}
