// The facilitator's side of lockstep (facilitator.h): seating, the monthly clock, hash checks,
// resyncs and catch-up. Everything a peer sends goes through its PeerGuard first; nothing a peer
// sends can throw out of here or make the host hold more than the protocol's limits.
#include "net/facilitator.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "sim/hash.h"

namespace keystone::net {

namespace {

std::string roles_text(uint8_t roles) {
    if (roles == kRoleMaskBoth) return "both";
    return roles == kRoleMaskOperator ? "operator" : "government";
}

SessionConfig park_config(const SessionConfig& content, uint8_t roles) {
    SessionConfig config = content;
    config.human[int(Role::Operator)] = (roles & kRoleMaskOperator) != 0;
    config.human[int(Role::Government)] = (roles & kRoleMaskGovernment) != 0;
    return config;
}

}  // namespace

Facilitator::~Facilitator() = default;

std::unique_ptr<Facilitator> Facilitator::create(FacilitatorConfig config, std::string* error) {
    if (config.teams < 1 || config.teams > 64) { *error = "--teams must be between 1 and 64"; return nullptr; }
    if (config.join_code.empty() || config.join_code.size() > kMaxNameBytes) { *error = "the join code must have 1 to 64 characters"; return nullptr; }
    auto probe = Session::create(config.content, error);
    if (!probe) return nullptr;
    std::unique_ptr<Facilitator> f(new Facilitator());
    f->content_hash_ = probe->content_hash();
    f->end_month_ = probe->world().end_tick;
    // The host receives commands, hashes and hellos only: no packet from a team needs more.
    f->transport_ = Transport::listen(config.port, size_t(config.teams) * 2 + 8, kMaxMessageBytes, config.bind_any, error);
    if (!f->transport_) return nullptr;
    f->config_ = std::move(config);
    return f;
}

void Facilitator::say(const std::string& line) const {
    if (config_.log) config_.log(line);
}

std::string Facilitator::team_label(const TeamSeat& team) const {
    return "team " + std::to_string(team.index + 1) + " '" + team.name + "'";
}

void Facilitator::send(PeerId peer, Message message) {
    auto it = connections_.find(peer);
    if (it == connections_.end()) return;
    message.sequence = it->second.next_sequence++;
    transport_->send(peer, encode_message(message));
}

void Facilitator::send_to_teams(const Message& message) {
    for (const TeamSeat& team : teams_)
        if (team.connected) send(team.peer, message);
}

bool Facilitator::service(double now, uint32_t wait_ms) {
    if (created_at_ < 0) created_at_ = now;
    // Drain what arrived; a bounded number per call, so a flood cannot starve the clock.
    for (int handled = 0; handled < 4096; ++handled) {
        TransportEvent event = transport_->poll(handled == 0 ? wait_ms : 0);
        if (event.kind == TransportEvent::Kind::None) break;
        if (event.kind == TransportEvent::Kind::Connected) connections_[event.peer].opened_at = now;
        else if (event.kind == TransportEvent::Kind::Disconnected) on_drop(event.peer, now, "disconnected");
        else on_receive(event.peer, event.data, now);
    }
    for (auto it = connections_.begin(); it != connections_.end();) {
        if (it->second.team < 0 && now - it->second.opened_at > kHelloWaitSeconds) {
            ++counters_.dropped_peers;
            transport_->drop(it->first);
            it = connections_.erase(it);
        } else {
            ++it;
        }
    }
    advance(now);
    transport_->flush();   // what advance() sent goes out now, not at the next poll
    return phase_ != Phase::Done;
}

void Facilitator::on_drop(PeerId peer, double now, const std::string& why) {
    auto it = connections_.find(peer);
    if (it == connections_.end()) return;
    const int index = it->second.team;
    connections_.erase(it);
    if (index < 0) return;
    TeamSeat& team = teams_[size_t(index)];
    if (team.peer != peer) return;
    team.connected = false;
    team.dropped_at = now;
    say(team_label(team) + " dropped at month " + std::to_string(month_) + " (" + why + "); its park waits on the host");
}

void Facilitator::on_receive(PeerId peer, const std::vector<uint8_t>& data, double now) {
    auto it = connections_.find(peer);
    if (it == connections_.end()) return;
    Connection& connection = it->second;
    Message message;
    std::string reason;
    if (connection.guard.admit(data.data(), data.size(), &message, &counters_, &reason)) {
        if (connection.team < 0) {
            if (message.type == MessageType::Hello) on_hello(peer, connection, message);
            else connection.guard.refuse_outside_session(&counters_);
        } else {
            TeamSeat& team = teams_[size_t(connection.team)];
            switch (message.type) {
                case MessageType::Commands: on_commands(team, connection, message); break;
                case MessageType::StateHash: on_state_hash(team, connection, message); break;
                case MessageType::Bye: on_drop(peer, now, "left: " + message.text); transport_->disconnect(peer); return;
                default: connection.guard.refuse_out_of_order(&counters_); break;
            }
        }
    } else if (message.type == MessageType::Hello && message.protocol_version != kProtocolVersion && connection.team < 0) {
        Message refused;
        refused.type = MessageType::Refused;
        refused.text = "different protocol version: host " + std::to_string(kProtocolVersion) + ", team " + std::to_string(message.protocol_version);
        send(peer, refused);
        transport_->disconnect(peer);
        say("refused a team: " + refused.text);
        return;
    }
    if (connection.guard.flooding()) {
        ++counters_.dropped_peers;
        say("dropped a peer that sent too many refused or too many messages (last: " + (reason.empty() ? "flood" : reason) + ")");
        transport_->drop(peer);
        on_drop(peer, now, "flooding");
    }
}

void Facilitator::on_hello(PeerId peer, Connection& connection, const Message& hello) {
    auto refuse = [&](const std::string& why) {
        Message refused;
        refused.type = MessageType::Refused;
        refused.text = why;
        send(peer, refused);
        transport_->disconnect(peer);
        say("refused '" + hello.team_name + "': " + why);
    };
    if (hello.game_version != KEYSTONE_VERSION)
        return refuse("different version: host " + std::string(KEYSTONE_VERSION) + ", team " + hello.game_version);
    if (hello.content_hash != content_hash_)
        return refuse("different scripts: host content " + content_hash_ + ", team content " + hello.content_hash +
                      " (install the same Keystone and mods as the facilitator)");
    // The code itself is never echoed: a wrong guess learns nothing but that it was wrong.
    if (hello.join_code != config_.join_code)
        return refuse("wrong join code '" + hello.join_code + "' (the facilitator shows this session's code)");
    if (hello.park_name.size() > kMaxNameBytes) return refuse("the park's name is longer than 64 characters");
    if (!hello.team_token.empty()) {
        auto seat = std::find_if(teams_.begin(), teams_.end(), [&](const TeamSeat& t) { return t.token == hello.team_token; });
        if (seat == teams_.end()) return refuse("unknown team token (it belongs to another session, or the host restarted)");
        TeamSeat& team = *seat;
        if (team.connected && team.peer != peer) {
            // The same team from a new connection (a restarted laptop): the new one wins.
            connections_.erase(team.peer);
            transport_->drop(team.peer);
        }
        team.peer = peer;
        team.connected = true;
        team.absent = false;
        connection.team = team.index;
        ++team.reconnects;
        say(team_label(team) + " rejoined at month " + std::to_string(month_) + "; catching up from month " + std::to_string(team.checkpoint_month));
        resync(team, true);
        return;
    }
    if (phase_ != Phase::Joining || int(teams_.size()) >= config_.teams)
        return refuse("the class is full (" + std::to_string(config_.teams) + " teams) or has started; a seated team rejoins with its token");
    TeamSeat team;
    team.index = uint16_t(teams_.size());
    team.park_owner = team.index;
    // A shared park: one team plays its operator, the other its government, and the first of
    // them seated owns the reference park. Both roles are played by teams, on every machine.
    std::shared_ptr<Session> park;
    if (!hello.park_name.empty()) {
        if (hello.roles == kRoleMaskBoth)
            return refuse("a team that shares park '" + hello.park_name + "' plays one of its roles: operator or government");
        for (const TeamSeat& other : teams_) {
            if (other.park_name != hello.park_name) continue;
            if ((other.roles & hello.roles) != 0)
                return refuse("park '" + hello.park_name + "' already has a team playing " + roles_text(hello.roles) + " ('" + other.name + "')");
            team.park_owner = other.park_owner;
            park = other.park;
        }
    }
    if (!park) {
        std::string error;
        park = Session::create(park_config(config_.content, hello.park_name.empty() ? hello.roles : kRoleMaskBoth), &error);
        if (!park) return refuse("the host cannot start a park: " + error);
    }
    team.park_name = hello.park_name;
    team.name = hello.team_name.empty() ? "team " + std::to_string(team.index + 1) : hello.team_name;
    Hasher token;
    token.word(config_.token_seed);
    token.word(team.index);
    token.text(config_.join_code);
    team.token = hash_hex(token.value());
    team.roles = hello.roles;
    team.checkpoint_save = park->save_json().dump();
    team.park = std::move(park);
    team.peer = peer;
    team.connected = true;
    connection.team = team.index;
    const Message welcome = welcome_for(team);
    say(team_label(team) + " seated, playing " + roles_text(team.roles) + (team.park_name.empty() ? "" : " of park '" + team.park_name + "'"));
    teams_.push_back(std::move(team));
    send(peer, welcome);
}

// The seat, the park's start and the class's month: what a team needs to start or rejoin.
Message Facilitator::welcome_for(const TeamSeat& team) const {
    Message welcome;
    welcome.type = MessageType::Welcome;
    welcome.team_index = team.index;
    welcome.team_name = team.name;
    welcome.team_token = team.token;
    welcome.scenario_id = config_.content.scenario_id;
    welcome.seed = config_.content.seed;
    welcome.years = uint16_t(config_.content.years);
    welcome.roles = team.roles;
    welcome.epoch = team.epoch;
    welcome.month = month_;
    return welcome;
}

void Facilitator::resync(TeamSeat& team, bool catch_up) {
    ++team.epoch;
    team.commands_month = -1;
    team.pending.clear();
    if (catch_up) send(team.peer, welcome_for(team));
    // A catch-up starts from the last yearly save, then replays every month since as it was
    // played: the team re-steps them and its hashes are checked like live ones.
    const int32_t from_month = catch_up ? team.checkpoint_month : team.park->world().tick;
    const std::string text = catch_up ? team.checkpoint_save : team.park->save_json().dump();
    if (text.size() > kMaxSaveBytes) {
        say(team_label(team) + ": the park's save is larger than the protocol allows; the team cannot be resynced");
        return;
    }
    Message chunk;
    chunk.type = MessageType::Resync;
    chunk.epoch = team.epoch;
    chunk.month = from_month;
    chunk.total_bytes = uint32_t(text.size());
    for (size_t at = 0; at < text.size(); at += kMaxResyncChunkBytes) {
        chunk.offset = uint32_t(at);
        chunk.text = text.substr(at, kMaxResyncChunkBytes);
        send(team.peer, chunk);
    }
    team.next_hash_month = from_month;
    ++team.resyncs;
    for (int32_t m = from_month; m < month_; ++m) {
        for (const auto& injection : config_.injections) {
            if (injection.month != m) continue;
            Message inject;
            inject.type = MessageType::InjectEvent;
            inject.month = m;
            inject.event_id = injection.text;
            send(team.peer, inject);
        }
        send_live_injections(team, m, false);
        Message go;
        go.type = MessageType::MonthGo;
        go.month = m;
        go.commands = team.month_commands[size_t(m)];
        send(team.peer, go);
    }
}

void Facilitator::on_commands(TeamSeat& team, Connection& connection, const Message& message) {
    if (message.epoch != team.epoch) { ++counters_.stale; return; }
    if (phase_ == Phase::Done || message.month != month_ || team.commands_month == month_) {
        connection.guard.refuse_out_of_order(&counters_);
        return;
    }
    team.pending.clear();
    for (const Command& command : message.commands) {
        const uint8_t mask = command.role == Role::Operator ? kRoleMaskOperator : kRoleMaskGovernment;
        if ((team.roles & mask) == 0) {
            ++team.refused_commands;
            say(team_label(team) + ": a command for the " + role_name(command.role) + " role, which this team does not play, is refused");
            continue;
        }
        // The park's command log and replay say which seat decided (a replay keeps players'
        // commands and leaves "ai:" ones to the scripts, which the host does not run for a seat).
        team.pending.push_back(command);
        team.pending.back().source = "team:" + std::to_string(team.index + 1);
    }
    team.commands_month = message.month;
}

void Facilitator::on_state_hash(TeamSeat& team, Connection& connection, const Message& message) {
    if (message.epoch != team.epoch) { ++counters_.stale; return; }
    if (message.month != team.next_hash_month || message.month >= int32_t(team.host_hashes.size())) {
        connection.guard.refuse_out_of_order(&counters_);
        return;
    }
    ++team.next_hash_month;
    team.last_team_hash = message.hash;
    const uint64_t expected = team.host_hashes[size_t(message.month)];
    if (message.hash == expected) {
        if (message.month >= team.verified_to) { ++team.months_verified; team.verified_to = message.month + 1; }   // once per month
        return;
    }
    team.mismatches.push_back({message.month, expected, message.hash});
    say("desync: " + team_label(team) + ", month " + std::to_string(message.month) + " (" + team.park->date_string(message.month) +
        "): host " + hash_hex(expected) + ", team " + hash_hex(message.hash) + "; resyncing the team from the host's save");
    resync(team, false);
}

void Facilitator::advance(double now) {
    if (phase_ == Phase::Joining) {
        const bool all_seated = int(teams_.size()) == config_.teams &&
                                std::all_of(teams_.begin(), teams_.end(), [](const TeamSeat& t) { return t.connected; });
        if (all_seated) {
            phase_ = Phase::Playing;
            started_at_ = next_month_at_ = now;
            say("class starts: " + std::to_string(teams_.size()) + " teams, " + std::to_string(end_month_) + " months");
            write_session_save();
        } else if (now - created_at_ > config_.join_wait_seconds) {
            failure_ = "only " + std::to_string(teams_.size()) + " of " + std::to_string(config_.teams) + " teams joined in time";
            phase_ = Phase::Done;
        }
        return;
    }
    if (phase_ == Phase::Playing && month_ >= end_month_) {
        phase_ = Phase::Ending;
        ending_since_ = now;
    }
    // A dropped team holds the class for rejoin_wait_seconds, then the class goes on without it.
    std::string waiting_for;
    for (TeamSeat& team : teams_) {
        if (team.connected || team.absent) continue;
        if (now - team.dropped_at > config_.rejoin_wait_seconds) {
            team.absent = true;
            say(team_label(team) + " did not come back in time: its park plays on without commands");
        } else if (waiting_for.empty()) {
            waiting_for = team_label(team);
        }
    }
    if (phase_ == Phase::Ending) {
        const bool all_reported = std::all_of(teams_.begin(), teams_.end(), [&](const TeamSeat& t) {
            return t.absent || (t.connected && t.next_hash_month >= end_month_);
        });
        if (all_reported || now - ending_since_ > config_.rejoin_wait_seconds) {
            Message bye;
            bye.type = MessageType::Bye;
            bye.text = "the session is over";
            send_to_teams(bye);
            for (const TeamSeat& team : teams_)
                if (team.connected) transport_->disconnect(team.peer);
            transport_->flush();
            finished_at_ = now;
            phase_ = Phase::Done;
        }
        return;
    }
    const bool ready = std::all_of(teams_.begin(), teams_.end(), [&](const TeamSeat& t) {
        return t.absent || (t.connected && t.commands_month == month_);
    });
    if (!ready) {
        if (!waiting_for.empty() && !paused_) {
            paused_ = true;
            Message pause;
            pause.type = MessageType::Pause;
            pause.text = "waiting for " + waiting_for + " to reconnect";
            send_to_teams(pause);
            say("paused: " + pause.text);
        }
        return;
    }
    if (holding()) return;   // the facilitator's pause or play-to checkpoint (facilitator_controls.cpp)
    if (config_.months_per_second > 0.0 && now < next_month_at_) return;
    next_month_at_ = std::max(next_month_at_, now) + (config_.months_per_second > 0.0 ? 1.0 / config_.months_per_second : 0.0);
    if (paused_) {
        paused_ = false;
        Message resume;
        resume.type = MessageType::Resume;
        resume.text = "the class goes on";
        send_to_teams(resume);
    }
    step_month();
}

void Facilitator::step_month() {
    for (const auto& line : config_.broadcasts) {
        if (line.month != month_) continue;
        Message broadcast;
        broadcast.type = MessageType::Broadcast;
        broadcast.text = line.text;
        send_to_teams(broadcast);
    }
    for (TeamSeat& team : teams_)
        if (team.park_owner == team.index) step_park(team);
    for (auto& [peer, connection] : connections_) connection.guard.new_month();
    ++month_;
    if (month_ % std::max(1, config_.session_save_months) == 0) write_session_save();
}

// One reference park's month: the injections, then its seats' commands (the operator's first,
// then the government's), validated; one step; every seat of the park gets the same MonthGo.
void Facilitator::step_park(TeamSeat& owner) {
    std::vector<TeamSeat*> seats;
    for (TeamSeat& team : teams_)
        if (team.park_owner == owner.index) seats.push_back(&team);
    Session& park = *owner.park;
    for (const auto& injection : config_.injections) {
        if (injection.month != month_) continue;
        const std::string problem = park.inject_event(injection.text);
        if (!problem.empty()) say(team_label(owner) + ": event not injected: " + problem);
        Message inject;
        inject.type = MessageType::InjectEvent;
        inject.month = month_;
        inject.event_id = injection.text;
        for (TeamSeat* seat : seats)
            if (seat->connected) send(seat->peer, inject);
    }
    for (TeamSeat* seat : seats) send_live_injections(*seat, month_, seat == &owner);
    std::vector<std::pair<TeamSeat*, Command>> commands;
    for (TeamSeat* seat : seats) {
        if (seat->commands_month == month_)
            for (Command& command : seat->pending) commands.emplace_back(seat, std::move(command));
        seat->pending.clear();
    }
    // A fixed order whatever their arrival: the operator's first, then the government's, each
    // role's in the order its team listed them.
    std::stable_sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return int(a.second.role) < int(b.second.role); });
    std::vector<Command> accepted;
    for (auto& [seat, command] : commands) {
        const std::string refusal = park.submit(command);
        if (refusal.empty()) { accepted.push_back(command); continue; }
        ++seat->refused_commands;
        say(team_label(*seat) + ": " + command_type_name(command.type) + " refused at month " + std::to_string(month_) + ": " + refusal);
    }
    park.step();
    const std::string checkpoint = (month_ + 1) % 12 == 0 ? park.save_json().dump() : std::string();
    for (TeamSeat* seat : seats) {
        seat->host_hashes.push_back(park.hash());
        seat->month_commands.push_back(accepted);
        if (!checkpoint.empty()) {
            seat->checkpoint_save = checkpoint;
            seat->checkpoint_month = month_ + 1;
        }
        if (seat->connected) {
            Message go;
            go.type = MessageType::MonthGo;
            go.month = month_;
            go.commands = accepted;
            send(seat->peer, go);
        }
    }
}

nlohmann::json Facilitator::summary_json() const {
    nlohmann::json teams = nlohmann::json::array();
    for (const TeamSeat& team : teams_) {
        nlohmann::json mismatches = nlohmann::json::array();
        for (const auto& m : team.mismatches)
            mismatches.push_back({{"month", m.month}, {"date", team.park->date_string(m.month)}, {"host", hash_hex(m.host)}, {"team", hash_hex(m.team)}});
        teams.push_back({{"index", team.index + 1},
                         {"name", team.name},
                         {"roles", roles_text(team.roles)},
                         {"park", team.park_name},
                         {"months", team.host_hashes.size()},
                         {"months_verified", team.months_verified},
                         {"mismatches", mismatches},
                         {"resyncs", team.resyncs},
                         {"reconnects", team.reconnects},
                         {"refused_commands", team.refused_commands},
                         {"connected", team.connected},
                         {"absent", team.absent},
                         {"final_hash", hash_hex(team.park->hash())},
                         {"team_last_hash", hash_hex(team.last_team_hash)}});
    }
    const double seconds = started_at_ >= 0 && finished_at_ > started_at_ ? finished_at_ - started_at_ : 0.0;
    return {{"scenario", config_.content.scenario_id},
            {"seed", config_.content.seed},
            {"months", month_},
            {"content_hash", content_hash_},
            {"protocol_version", kProtocolVersion},
            {"completed", phase_ == Phase::Done && failure_.empty() && month_ >= end_month_},
            {"failure", failure_},
            {"teams", teams},
            {"messages", counters_json(counters_)},
            {"bytes_sent", transport_->bytes_sent()},
            {"bytes_received", transport_->bytes_received()},
            {"play_seconds", seconds}};
}

}  // namespace keystone::net
