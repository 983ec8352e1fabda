// The player's saves, autosaves and replays; see user_files.h.
#include "core/user_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "io/json_file.h"

namespace keystone::client {

namespace fs = std::filesystem;

std::string user_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return (fs::path(xdg) / "keystone").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".local" / "share" / "keystone").string();
    return "keystone-data";
}

std::string saves_dir() { return (fs::path(user_data_dir()) / "saves").string(); }
std::string autosaves_dir() { return (fs::path(user_data_dir()) / "autosaves").string(); }
std::string replays_dir() { return (fs::path(user_data_dir()) / "replays").string(); }
std::string reports_dir() { return (fs::path(user_data_dir()) / "reports").string(); }

std::string local_time_text(std::time_t when, const char* format) {
    std::tm parts{};
    localtime_r(&when, &parts);
    char buffer[64];
    const size_t length = std::strftime(buffer, sizeof buffer, format, &parts);
    return std::string(buffer, length);
}

std::string stamped_file_name(const std::string& scenario_id, uint64_t seed, std::time_t when,
                              const std::string& extension) {
    std::string safe = scenario_id.empty() ? std::string("game") : scenario_id;
    for (char& c : safe)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) c = '_';
    return safe + "_" + local_time_text(when, "%Y-%m-%d_%H%M") + "_seed" + std::to_string(seed) + extension;
}

std::string unused_path(const std::string& dir, const std::string& file_name) {
    std::error_code code;
    const fs::path first = fs::path(dir) / file_name;
    if (!fs::exists(first, code)) return first.string();
    const fs::path name(file_name);
    for (int i = 2; i < 1000; ++i) {
        const fs::path candidate = fs::path(dir) / (name.stem().string() + "-" + std::to_string(i) + name.extension().string());
        if (!fs::exists(candidate, code)) return candidate.string();
    }
    return first.string();
}

bool crosses_year(int32_t before, int32_t after) {
    if (after <= before) return false;
    // Ticks are never negative; a year is crossed when a multiple of 12 lies in (before, after].
    return after / 12 > before / 12;
}

namespace {

// Builds the JSON document from SAX events and stops at the top-level key "state", so that a
// save's header is read without parsing (or even reading) the state behind it.
class HeaderBuilder : public nlohmann::json::json_sax_t {
public:
    explicit HeaderBuilder(nlohmann::json* root) : root_(root) {}
    bool stopped() const { return stopped_; }
    const std::string& error() const { return error_; }

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(v); }
    bool binary(binary_t& v) override { return value(nlohmann::json::binary(v)); }
    bool start_object(std::size_t) override {
        stack_.push_back(insert(nlohmann::json::object()));
        return true;
    }
    bool key(string_t& name) override {
        if (stack_.size() == 1 && name == "state") {
            stopped_ = true;
            return false;
        }
        key_ = name;
        return true;
    }
    bool end_object() override { stack_.pop_back(); return true; }
    bool start_array(std::size_t) override {
        stack_.push_back(insert(nlohmann::json::array()));
        return true;
    }
    bool end_array() override { stack_.pop_back(); return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& e) override {
        (void)e;  // the library's own text helps no player
        error_ = "not readable at byte " + std::to_string(position) + " (invalid JSON)";
        return false;
    }

private:
    bool value(nlohmann::json v) {
        insert(std::move(v));
        return true;
    }
    nlohmann::json* insert(nlohmann::json v) {
        if (stack_.empty()) {
            *root_ = std::move(v);
            return root_;
        }
        nlohmann::json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        nlohmann::json& slot = parent[key_];
        slot = std::move(v);
        return &slot;
    }

    nlohmann::json* root_;
    std::vector<nlohmann::json*> stack_;
    std::string key_;
    bool stopped_ = false;
    std::string error_;
};

}  // namespace

std::time_t modified_time(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? info.st_mtime : std::time_t(0);
}

bool read_file_header(const std::string& path, nlohmann::json* header, std::string* error) {
    // A FIFO or device in the saves folder would block the file list forever.
    const std::string problem = check_regular_file(path, std::uintmax_t(512) << 20, "file");  // the largest save
    if (!problem.empty()) {
        if (error) *error = problem;
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot read " + path;
        return false;
    }
    HeaderBuilder builder(header);
    const bool complete = nlohmann::json::sax_parse(in, &builder);
    if (!complete && !builder.stopped()) {
        if (error) *error = builder.error().empty() ? "not a Keystone file" : builder.error();
        return false;
    }
    if (!header->is_object()) {
        if (error) *error = "not a Keystone file";
        return false;
    }
    return true;
}

std::vector<SavedFile> list_saved_files(const std::string& dir, const std::string& extension) {
    std::vector<SavedFile> files;
    std::error_code code;
    if (!fs::is_directory(dir, code)) return files;
    for (const auto& entry : fs::directory_iterator(dir, code)) {
        if (!entry.is_regular_file(code) || entry.path().extension() != extension) continue;
        SavedFile file;
        file.path = entry.path().string();
        file.file_name = entry.path().filename().string();
        file.modified = modified_time(file.path);
        file.saved_at = local_time_text(file.modified, "%Y-%m-%d %H:%M");
        nlohmann::json header;
        std::string error;
        if (!read_file_header(file.path, &header, &error)) {
            file.problem = error;
        } else {
            if (auto it = header.find("scenario"); it != header.end() && it->is_string()) file.scenario_id = it->get<std::string>();
            if (auto it = header.find("seed"); it != header.end() && it->is_number_unsigned()) {
                file.seed = it->get<uint64_t>();
                file.has_seed = true;
            }
            if (auto client = header.find("client"); client != header.end() && client->is_object()) {
                file.scenario_name = client->value("scenario_name", "");
                file.game_date = client->value("game_date", "");
                if (client->contains("saved_at") && (*client)["saved_at"].is_string()) file.saved_at = (*client)["saved_at"].get<std::string>();
            }
            if (file.scenario_id.empty()) file.problem = "not a Keystone save or replay";
        }
        files.push_back(std::move(file));
    }
    std::sort(files.begin(), files.end(), [](const SavedFile& a, const SavedFile& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.file_name > b.file_name;
    });
    return files;
}

}  // namespace keystone::client
