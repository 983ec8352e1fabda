// Autosaves off the frame's thread. The save is made on the frame's thread (Session::save_json:
// a copy of the state, a few milliseconds) and handed over; a worker thread turns it into text,
// writes it (temp file + rename, never a half-written autosave) and rotates the older ones, so
// the frame in which a game year ends does not wait for the disk.
#pragma once
#include <atomic>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

namespace keystone::client {

class AutosaveWriter {
public:
    AutosaveWriter() = default;
    ~AutosaveWriter() { wait(); }   // a write in progress is finished, never cut short
    AutosaveWriter(const AutosaveWriter&) = delete;
    AutosaveWriter& operator=(const AutosaveWriter&) = delete;

    // Starts writing `save` into dir's rotation (io/autosave.h write_autosave). A write still in
    // progress is finished first (one writer at a time keeps the rotation in order).
    void start(nlohmann::json save, std::string dir, int keep);
    // Once per write, when it has finished: "" or the reason it failed; nullopt otherwise.
    std::optional<std::string> poll();
    // Waits for a write in progress (before quitting, or before reading the autosaves).
    void wait();

private:
    std::thread thread_;
    std::atomic<bool> finished_{false};
    std::string outcome_;   // written by the worker before finished_ is set
    bool reported_ = true;
};

}  // namespace keystone::client
