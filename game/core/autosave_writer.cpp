// Autosaves off the frame's thread; see autosave_writer.h.
#include "core/autosave_writer.h"

#include "io/autosave.h"

namespace keystone::client {

void AutosaveWriter::start(nlohmann::json save, std::string dir, int keep) {
    wait();
    finished_ = false;
    reported_ = false;
    thread_ = std::thread([this, save = std::move(save), dir = std::move(dir), keep]() {
        outcome_ = write_autosave(save, dir, keep);
        finished_ = true;
    });
}

std::optional<std::string> AutosaveWriter::poll() {
    if (reported_ || !finished_) return std::nullopt;
    wait();
    reported_ = true;
    return outcome_;
}

void AutosaveWriter::wait() {
    if (thread_.joinable()) thread_.join();
}

}  // namespace keystone::client
