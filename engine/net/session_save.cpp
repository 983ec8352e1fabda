// The facilitator's session save (facilitator.h): what a crashed host needs to start again and
// take its teams back. One JSON document, written atomically (temp file + rename) every month:
//   format, format_version, game_version, content_hash,
//   session: config (the class as started), state (the clock and what the console set), seats
//            (name, token, roles, park, counters, hashes, the checkpoint file and the commands
//            since it),
//   checksum: over `session`, so that a damaged file is refused rather than half-trusted.
// Each reference park's checkpoint (a Keystone save, a few hundred kilobytes) lies beside it in
// FILE.parks/, written once per checkpoint (yearly) under a name with its month, before the
// document that names it; files no longer named are removed after. Rewriting every park's save
// every month would cost the host more than playing the class.
// A new field goes into `config`, `state` or a seat, read with a default when absent, so that a
// save written before it still resumes (format_version changes only for a layout change).
#include <algorithm>
#include <climits>
#include <cstdio>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "io/atomic_file.h"
#include "io/json_fields.h"
#include "io/json_file.h"
#include "io/replay.h"
#include "io/snapshot.h"
#include "net/facilitator.h"
#include "sim/hash.h"

namespace keystone::net {

namespace {

constexpr const char* kSessionFormat = "keystone-class-session";
constexpr int kSessionFormatVersion = 1;
constexpr std::uintmax_t kMaxSessionSaveBytes = std::uintmax_t(64) * kMaxSaveBytes * 2;   // every seat's checkpoint, and room

// A command as a replay writes it, and who decided it ("team:N").
nlohmann::json command_json(const Command& c) {
    nlohmann::json j = command_fields_json(c);
    j["source"] = c.source;
    return j;
}

Command command_from(const nlohmann::json& j, const std::string& at) {
    Command c = command_from_fields(j, at);
    c.source = json_string(json_field(j, "source", at + ".source"), at + ".source");
    return c;
}

uint64_t hash_from(const nlohmann::json& j, const std::string& at) {
    const std::string text = json_string(j, at);
    uint64_t value = 0;
    if (text.empty() || text.size() > 16 || text.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw FieldError("field '" + at + "': expected a hash in hexadecimal, got \"" + text.substr(0, 20) + "\"");
    for (char ch : text) value = value * 16 + uint64_t(ch <= '9' ? ch - '0' : ch - 'a' + 10);
    return value;
}

nlohmann::json timed_json(const std::vector<FacilitatorConfig::Timed>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : list) out.push_back({{"month", t.month}, {"text", t.text}});
    return out;
}

std::vector<FacilitatorConfig::Timed> timed_from(const nlohmann::json& j, const std::string& at) {
    std::vector<FacilitatorConfig::Timed> out;
    const auto& list = json_array(j, at);
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = at + "[" + std::to_string(i) + "]";
        out.push_back({int32_t(json_integer(json_field(list[i], "month", where + ".month"), where + ".month", 0, 12 * kMaxYears)),
                       json_string(json_field(list[i], "text", where + ".text"), where + ".text")});
    }
    return out;
}

std::string parks_folder(const std::string& session_path) { return session_path + ".parks"; }

// The park's checkpoint file: the owning seat, the start of its token (so that a folder reused by
// another class never hands this one its files) and the checkpoint's month.
std::string checkpoint_file(const std::vector<TeamSeat>& teams, const TeamSeat& team) {
    char name[80];
    std::snprintf(name, sizeof name, "seat%02d_%.8s_month%03d.save", int(team.park_owner) + 1, teams[team.park_owner].token.c_str(),
                  int(team.checkpoint_month));
    return name;
}

}  // namespace

nlohmann::json Facilitator::session_save_json() const {
    nlohmann::json config = {{"scenario", config_.content.scenario_id},
                             {"seed", config_.content.seed},
                             {"years", config_.content.years},
                             {"port", config_.port},
                             {"lan", config_.bind_any},
                             {"join_code", config_.join_code},
                             {"teams", config_.teams},
                             {"months_per_second", config_.months_per_second},
                             {"injections", timed_json(config_.injections)},
                             {"broadcasts", timed_json(config_.broadcasts)}};
    // The console's "inject now" choices: the parks must raise them again when rebuilt.
    nlohmann::json live = nlohmann::json::array();
    for (const LiveInjection& injection : live_injections_)
        live.push_back({{"month", injection.month}, {"event", injection.event_id}, {"teams", injection.teams}});
    nlohmann::json state = {{"month", month_}, {"paused", paused_}, {"live_injections", live}};
    nlohmann::json seats = nlohmann::json::array();
    for (const TeamSeat& team : teams_) {
        nlohmann::json hashes = nlohmann::json::array(), commands = nlohmann::json::array(), mismatches = nlohmann::json::array();
        for (uint64_t h : team.host_hashes) hashes.push_back(hash_hex(h));
        // The commands of the months since the checkpoint: enough to rebuild the park and to
        // catch a team up; earlier months are never sent again.
        for (size_t m = size_t(team.checkpoint_month); m < team.month_commands.size(); ++m) {
            nlohmann::json month = nlohmann::json::array();
            for (const Command& c : team.month_commands[m]) month.push_back(command_json(c));
            commands.push_back(month);
        }
        for (const auto& m : team.mismatches) mismatches.push_back({{"month", m.month}, {"host", hash_hex(m.host)}, {"team", hash_hex(m.team)}});
        seats.push_back({{"name", team.name},
                         {"token", team.token},
                         {"roles", team.roles},
                         {"park", team.park_name},
                         {"park_owner", team.park_owner},
                         {"absent", team.absent},
                         {"epoch", team.epoch},
                         {"months_verified", team.months_verified},
                         {"verified_to", team.verified_to},
                         {"mismatches", mismatches},
                         {"resyncs", team.resyncs},
                         {"reconnects", team.reconnects},
                         {"refused_commands", team.refused_commands},
                         {"last_team_hash", hash_hex(team.last_team_hash)},
                         {"host_hashes", hashes},
                         {"checkpoint_month", team.checkpoint_month},
                         {"checkpoint_file", checkpoint_file(teams_, team)},
                         {"commands_since_checkpoint", commands}});
    }
    nlohmann::json session = {{"config", config}, {"state", state}, {"seats", seats}};
    return {{"format", kSessionFormat},
            {"format_version", kSessionFormatVersion},
            {"game_version", KEYSTONE_VERSION},
            {"content_hash", content_hash_},
            {"checksum", json_checksum(session)},
            {"session", session}};
}

void Facilitator::write_session_save() {
    if (config_.session_save_path.empty()) return;
    const std::filesystem::path parks = parks_folder(config_.session_save_path);
    std::error_code ec;
    std::filesystem::create_directories(parks, ec);
    std::string error;
    std::set<std::string> named;
    for (const TeamSeat& team : teams_) {
        if (team.park_owner != team.index) continue;
        const std::string name = checkpoint_file(teams_, team);
        named.insert(name);
        if (!ec && !std::filesystem::exists(parks / name, ec) && !write_file_atomic((parks / name).string(), team.checkpoint_save, &error)) break;
    }
    if (ec) error = parks.string() + ": " + ec.message();
    if (error.empty()) write_file_atomic(config_.session_save_path, session_save_json().dump(), &error);
    if (!error.empty()) { say("the session save was not written (the previous one is kept): " + error); return; }
    for (const auto& entry : std::filesystem::directory_iterator(parks, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".save" && !named.count(name)) std::filesystem::remove(entry.path(), ec);
    }
}

std::unique_ptr<Facilitator> Facilitator::resume(const std::string& path, FacilitatorConfig config, std::string* error) {
    nlohmann::json save;
    if (!read_json_file(path, "session save", kMaxSessionSaveBytes, &save, error)) return nullptr;
    try {
        if (!save.is_object() || !save.contains("format") || save["format"] != kSessionFormat)
            throw FieldError("not a Keystone class session save (field 'format' is not \"" + std::string(kSessionFormat) + "\")");
        const int64_t version = json_integer(json_field(save, "format_version", "format_version"), "format_version", 1, INT32_MAX);
        if (version > kSessionFormatVersion)
            throw FieldError("made by a newer Keystone (session format " + std::to_string(version) + "): update the game");
        const std::string game_version = json_string(json_field(save, "game_version", "game_version"), "game_version");
        if (game_version != KEYSTONE_VERSION)
            throw FieldError("made by another version of Keystone: the save " + game_version + ", this host " + KEYSTONE_VERSION);
        const nlohmann::json& session = json_field(save, "session", "session");
        if (json_string(json_field(save, "checksum", "checksum"), "checksum") != json_checksum(session))
            throw FieldError("the file is damaged (checksum mismatch): it was changed after the host wrote it");
        const nlohmann::json& c = json_field(session, "config", "session.config");
        auto field = [&](const char* name) -> const nlohmann::json& { return json_field(c, name, std::string("session.config.") + name); };
        config.content.scenario_id = json_string(field("scenario"), "session.config.scenario");
        config.content.seed = json_uint64(field("seed"), "session.config.seed");
        config.content.years = int(json_integer(field("years"), "session.config.years", 0, kMaxYears));
        config.port = uint16_t(json_integer(field("port"), "session.config.port", 1, 65535));
        config.bind_any = json_bool(field("lan"), "session.config.lan");
        config.join_code = json_string(field("join_code"), "session.config.join_code");
        config.teams = int(json_integer(field("teams"), "session.config.teams", 1, 64));
        config.months_per_second = json_number(field("months_per_second"), "session.config.months_per_second", 0, 1e6);
        config.injections = timed_from(field("injections"), "session.config.injections");
        config.broadcasts = timed_from(field("broadcasts"), "session.config.broadcasts");
    } catch (const FieldError& e) {
        *error = path + ": " + e.what();
        return nullptr;
    }
    config.session_save_path = config.session_save_path.empty() ? path : config.session_save_path;
    auto fresh = create(std::move(config), error);
    if (!fresh) { *error = path + ": " + *error; return nullptr; }
    const std::string saved_content = save["content_hash"].is_string() ? save["content_hash"].get<std::string>() : "";
    if (saved_content != fresh->content_hash()) {
        *error = path + ": different scripts: the session's content " + saved_content + ", this host's " + fresh->content_hash() +
                 " (start the host with the same Keystone, scripts and mods)";
        return nullptr;
    }
    const std::string problem = fresh->restore(save["session"], parks_folder(path));
    if (!problem.empty()) { *error = path + ": " + problem; return nullptr; }
    return fresh;
}

// Rebuilds the seats and their reference parks (checkpoint save, then the months since with
// their injections and commands, each hash checked against the one recorded). "" or why not.
std::string Facilitator::restore(const nlohmann::json& session, const std::string& parks) {
    try {
        const nlohmann::json& state = json_field(session, "state", "session.state");
        month_ = int32_t(json_integer(json_field(state, "month", "session.state.month"), "session.state.month", 0, end_month_));
        const auto& seats = json_array(json_field(session, "seats", "session.seats"), "session.seats");
        if (state.contains("live_injections")) {   // absent in a save from before the console
            const auto& live = json_array(state["live_injections"], "session.state.live_injections");
            for (size_t k = 0; k < live.size(); ++k) {
                const std::string where = "session.state.live_injections[" + std::to_string(k) + "]";
                LiveInjection injection;
                injection.month = int32_t(json_integer(json_field(live[k], "month", where + ".month"), where + ".month", 0, month_));
                injection.event_id = json_string(json_field(live[k], "event", where + ".event"), where + ".event");
                const auto& chosen = json_array(json_field(live[k], "teams", where + ".teams"), where + ".teams");
                for (size_t t = 0; t < chosen.size(); ++t)
                    injection.teams.push_back(uint16_t(json_integer(chosen[t], where + ".teams", 0, int64_t(seats.size()) - 1)));
                std::sort(injection.teams.begin(), injection.teams.end());
                live_injections_.push_back(std::move(injection));
            }
        }
        std::vector<int> park_owner_of;   // read again below with its checks; here only to route injections
        for (const auto& seat : seats) {
            const bool given = seat.is_object() && seat.contains("park_owner") && seat["park_owner"].is_number_integer();
            park_owner_of.push_back(given ? seat["park_owner"].get<int>() : -1);
        }
        if (int(seats.size()) != config_.teams) return "session.seats: " + std::to_string(seats.size()) + " seats for a class of " + std::to_string(config_.teams);
        for (size_t i = 0; i < seats.size(); ++i) {
            const std::string at = "session.seats[" + std::to_string(i) + "]";
            const nlohmann::json& s = seats[i];
            auto get = [&](const char* name) -> const nlohmann::json& { return json_field(s, name, at + "." + name); };
            TeamSeat team;
            team.index = uint16_t(i);
            team.name = json_string(get("name"), at + ".name");
            team.token = json_string(get("token"), at + ".token");
            team.roles = uint8_t(json_integer(get("roles"), at + ".roles", kRoleMaskOperator, kRoleMaskBoth));
            team.park_name = json_string(get("park"), at + ".park");
            team.park_owner = uint16_t(json_integer(get("park_owner"), at + ".park_owner", 0, int64_t(i)));
            if (team.park_owner != i && teams_[team.park_owner].park_owner != team.park_owner)
                return at + ".park_owner: seat " + std::to_string(team.park_owner + 1) + " does not own a park";
            team.absent = json_bool(get("absent"), at + ".absent");
            team.epoch = uint32_t(json_integer(get("epoch"), at + ".epoch", 0, UINT32_MAX));
            team.months_verified = int(json_integer(get("months_verified"), at + ".months_verified", 0, month_));
            team.verified_to = int32_t(json_integer(get("verified_to"), at + ".verified_to", 0, month_));
            const auto& mismatches = json_array(get("mismatches"), at + ".mismatches");
            for (size_t k = 0; k < mismatches.size(); ++k) {
                const std::string where = at + ".mismatches[" + std::to_string(k) + "]";
                team.mismatches.push_back({int32_t(json_integer(json_field(mismatches[k], "month", where + ".month"), where + ".month", 0, month_)),
                                           hash_from(json_field(mismatches[k], "host", where + ".host"), where + ".host"),
                                           hash_from(json_field(mismatches[k], "team", where + ".team"), where + ".team")});
            }
            team.resyncs = int(json_integer(get("resyncs"), at + ".resyncs", 0, INT32_MAX));
            team.reconnects = int(json_integer(get("reconnects"), at + ".reconnects", 0, INT32_MAX));
            team.refused_commands = int(json_integer(get("refused_commands"), at + ".refused_commands", 0, INT32_MAX));
            team.last_team_hash = hash_from(get("last_team_hash"), at + ".last_team_hash");
            const auto& hashes = json_array(get("host_hashes"), at + ".host_hashes");
            if (int64_t(hashes.size()) != month_) return at + ".host_hashes: " + std::to_string(hashes.size()) + " months, the class is at month " + std::to_string(month_);
            for (size_t m = 0; m < hashes.size(); ++m) team.host_hashes.push_back(hash_from(hashes[m], at + ".host_hashes[" + std::to_string(m) + "]"));
            team.checkpoint_month = int32_t(json_integer(get("checkpoint_month"), at + ".checkpoint_month", 0, month_));
            const std::string file = json_string(get("checkpoint_file"), at + ".checkpoint_file");
            if (file.empty() || file.find_first_of("/\\") != std::string::npos || file[0] == '.')
                return at + ".checkpoint_file: expected a file name in " + parks + ", got \"" + file + "\"";
            const auto& since = json_array(get("commands_since_checkpoint"), at + ".commands_since_checkpoint", size_t(month_ - team.checkpoint_month));
            if (since.size() != size_t(month_ - team.checkpoint_month))   // json_array's size 0 means any size
                return at + ".commands_since_checkpoint: expected " + std::to_string(month_ - team.checkpoint_month) + " months";
            team.month_commands.resize(size_t(team.checkpoint_month));
            for (size_t m = 0; m < since.size(); ++m) {
                const std::string where = at + ".commands_since_checkpoint[" + std::to_string(m) + "]";
                std::vector<Command> month;
                const auto& list = json_array(since[m], where);
                for (size_t k = 0; k < list.size(); ++k) month.push_back(command_from(list[k], where + "[" + std::to_string(k) + "]"));
                team.month_commands.push_back(std::move(month));
            }
            if (team.park_owner != i) {
                team.park = teams_[team.park_owner].park;
                team.checkpoint_save = teams_[team.park_owner].checkpoint_save;
            } else {
                std::string error;
                nlohmann::json checkpoint;
                const std::string checkpoint_path = (std::filesystem::path(parks) / file).string();
                if (!read_json_file(checkpoint_path, "save", kMaxSaveBytes, &checkpoint, &error)) return at + ".checkpoint_file: " + error;
                team.checkpoint_save = checkpoint.dump();
                team.park = Session::load_json(std::move(checkpoint), config_.content, &error);
                if (!team.park) return checkpoint_path + ": " + error;
                // The park at its checkpoint has the hash recorded for the month before it.
                if (team.park->world().tick != team.checkpoint_month ||
                    (team.checkpoint_month > 0 && team.park->hash() != team.host_hashes[size_t(team.checkpoint_month - 1)]))
                    return checkpoint_path + ": not the park this seat had at month " + std::to_string(team.checkpoint_month);
                for (int32_t m = team.checkpoint_month; m < month_; ++m) {
                    for (const auto& injection : config_.injections)
                        if (injection.month == m) team.park->inject_event(injection.text);
                    for (const LiveInjection& injection : live_injections_)
                        if (injection.month == m && reaches_park(injection, uint16_t(i), park_owner_of)) team.park->inject_event(injection.event_id);
                    for (const Command& command : team.month_commands[size_t(m)]) team.park->submit(command);
                    team.park->step();
                    if (team.park->hash() != team.host_hashes[size_t(m)])
                        return at + ": the park does not play again to the hash recorded for month " + std::to_string(m) +
                               " (the save is damaged, or the scripts differ)";
                }
            }
            team.next_hash_month = month_;
            teams_.push_back(std::move(team));
        }
    } catch (const FieldError& e) {
        return e.what();
    }
    // Every team is away until it rejoins with its token; the class waits for it as for a
    // dropped team (rejoin_wait_seconds from the host's start), then goes on without it.
    phase_ = Phase::Playing;
    started_at_ = next_month_at_ = 0.0;
    for (TeamSeat& team : teams_) team.dropped_at = 0.0;
    say("resumed the class at month " + std::to_string(month_) + " with " + std::to_string(teams_.size()) + " seats; waiting for the teams to rejoin");
    return "";
}

}  // namespace keystone::net
