// A class hosted from the client keeps its session save (net/session_save.cpp) in its own folder
// under the user data dir, classes/STAMP_CODE/session.json, the folder End session later writes
// the class bundle to. A folder with a session save and no bundle (no summary.json) is a class
// that did not finish (the client crashed or was closed): the host screen offers to resume it.
#pragma once
#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace keystone::client {

std::string classes_dir();   // .../keystone/classes
// classes/STAMP_CODE for a class starting now ("20261202_153000_ROOM-7K2P"); not created here.
std::string new_class_folder(const std::string& classes_dir, const std::string& join_code, std::time_t when);
// The session save's and the teacher's notes' names inside a class folder.
inline constexpr const char* kSessionSaveName = "session.json";
inline constexpr const char* kClassNotesName = "notes.txt";

// One class that can be resumed, as its session save describes it. A save that cannot be read is
// still listed (month -1, scenario empty): resuming it shows the engine's reason.
struct UnfinishedClass {
    std::string folder, session_path;
    std::string scenario_id, join_code;
    std::string saved_at;   // local date and time the session save was last written
    std::time_t modified = 0;
    int32_t month = -1, end_month = -1;
};
// The unfinished classes in `dir`, newest first. A missing folder lists none.
std::vector<UnfinishedClass> list_unfinished_classes(const std::string& dir);

}  // namespace keystone::client
