// A team's side of lockstep (team_client.h): hello, seat, propose, step on MonthGo, report the
// hash, load a Resync. Anything the host sends passes the PeerGuard; a message that makes no
// sense now is counted and ignored, never trusted.
#include "net/team_client.h"

#include <algorithm>
#include <csignal>

#include <nlohmann/json.hpp>

#include "sim/hash.h"

namespace keystone::net {

namespace {
// Empties the park's queue and returns what it held: through export/import, which hand over the
// queue with the rest of the state (a Session has no narrower door for it).
std::vector<Command> take_queue(Session& park) {
    if (park.queued().empty()) return {};
    SessionState state = park.export_state();
    std::vector<Command> queued = std::move(state.queue);
    state.queue.clear();
    park.import_state(std::move(state));
    return queued;
}
}  // namespace

TeamClient::~TeamClient() = default;

std::unique_ptr<TeamClient> TeamClient::create(TeamConfig config, std::string* error) {
    // The content hash covers every script and mod, whichever scenario is played: any scenario
    // the folder has gives it before the host names the one of this session.
    std::string ignored;
    const auto scenarios = list_scenarios(config.content.scripts_dir, &ignored);
    SessionConfig probe_config = config.content;
    if (!scenarios.empty()) probe_config.scenario_id = scenarios.front().id;
    auto probe = Session::create(probe_config, error);
    if (!probe) return nullptr;
    bool strategy_found = false;
    uint8_t strategy_roles = 0;
    for (const auto& s : probe->strategies())
        if (s.id == config.strategy) {
            strategy_found = true;
            for (Role r : s.roles) strategy_roles |= r == Role::Operator ? kRoleMaskOperator : kRoleMaskGovernment;
        }
    if (config.strategy.empty()) {
        // A player's team: the roles are the player's choice, the commands the player's clicks.
        if (config.roles == 0) { *error = "a player's team must choose its role(s)"; return nullptr; }
        strategy_found = true;
        strategy_roles = kRoleMaskBoth;
    }
    if (!strategy_found) { *error = "unknown strategy '" + config.strategy + "'"; return nullptr; }
    if (config.roles == 0) config.roles = strategy_roles;
    if ((config.roles & strategy_roles) != config.roles) { *error = "strategy '" + config.strategy + "' does not play every role asked for"; return nullptr; }
    std::unique_ptr<TeamClient> team(new TeamClient());
    team->content_hash_ = probe->content_hash();
    team->transport_ = Transport::connect(config.host, config.port, kMaxMessageBytes, error);
    if (!team->transport_) return nullptr;
    team->host_peer_ = 1;   // the only peer a connecting Transport has
    team->config_ = std::move(config);
    return team;
}

bool TeamClient::reconnect(std::string* error) {
    if (!host_lost_ || config_.token.empty()) { *error = "only a seated team that lost its host reconnects"; return false; }
    auto transport = Transport::connect(config_.host, config_.port, kMaxMessageBytes, error);
    if (!transport) return false;
    // A new connection: both sides number their messages from 1 again. The park stays as it is
    // until the host's Resync replaces it.
    transport_ = std::move(transport);
    guard_ = PeerGuard();
    next_sequence_ = 1;
    resync_text_.clear();
    done_ = false;
    host_lost_ = false;
    exit_code_ = 0;
    failure_.clear();
    return true;
}

void TeamClient::say(const std::string& line) const {
    if (config_.log) config_.log(line);
}

void TeamClient::finish(int code, const std::string& why) {
    if (done_) return;
    done_ = true;
    exit_code_ = code;
    failure_ = why;
}

void TeamClient::send(Message message) {
    message.sequence = next_sequence_++;
    transport_->send(host_peer_, encode_message(message));
}

void TeamClient::send_commands() {
    Message commands;
    commands.type = MessageType::Commands;
    commands.epoch = epoch_;
    commands.month = park_->world().tick;
    if (config_.strategy.empty()) {
        for (const Command& c : player_commands_) {
            const uint8_t mask = c.role == Role::Operator ? kRoleMaskOperator : kRoleMaskGovernment;
            if ((config_.roles & mask) != 0 && commands.commands.size() < kMaxCommandsPerMonth) commands.commands.push_back(c);
        }
        // Queued again so the panels show them as waiting (a resync does not send them again);
        // they lead the queue, so the next MonthGo tells them from newer clicks by count.
        requeued_ = 0;
        for (const Command& c : player_commands_)
            if (park_->queue_command(c).empty()) ++requeued_;
        player_commands_.clear();
    }
    for (Role role : {Role::Operator, Role::Government}) {
        const uint8_t mask = role == Role::Operator ? kRoleMaskOperator : kRoleMaskGovernment;
        if ((config_.roles & mask) == 0 || config_.strategy.empty()) continue;
        for (Command& c : park_->propose(role, config_.strategy)) {
            if (commands.commands.size() >= kMaxCommandsPerMonth) break;
            commands.commands.push_back(std::move(c));
        }
    }
    send(commands);
}

bool TeamClient::service(uint32_t wait_ms) {
    for (int handled = 0; handled < 4096 && !done_; ++handled) {
        TransportEvent event = transport_->poll(handled == 0 ? wait_ms : 0);
        if (event.kind == TransportEvent::Kind::None) break;
        if (event.kind == TransportEvent::Kind::Connected) {
            Message hello;
            hello.type = MessageType::Hello;
            hello.game_version = config_.game_version;
            hello.content_hash = content_hash_;
            hello.join_code = config_.join_code;
            hello.team_name = config_.name;
            hello.team_token = config_.token;
            hello.roles = config_.roles;
            hello.park_name = config_.park;
            send(hello);
        } else if (event.kind == TransportEvent::Kind::Disconnected) {
            host_lost_ = welcomed_;
            finish(4, welcomed_ ? "the host closed the connection" : "cannot reach the host at " + config_.host + ":" + std::to_string(config_.port));
        } else {
            Message message;
            std::string reason;
            if (guard_.admit(event.data.data(), event.data.size(), &message, &counters_, &reason)) {
                on_message(message);
            } else if (message.protocol_version != kProtocolVersion) {
                finish(3, "different protocol version: host " + std::to_string(message.protocol_version) + ", team " + std::to_string(kProtocolVersion));
            } else {
                say("ignored a message from the host: " + reason);
            }
        }
    }
    transport_->flush();   // the hash and the next commands go out now, not at the next poll
    return !done_;
}

void TeamClient::on_message(const Message& message) {
    auto out_of_order = [&] { guard_.refuse_out_of_order(&counters_); say(std::string("ignored an unexpected ") + message_type_name(message.type)); };
    switch (message.type) {
        case MessageType::Refused:
            finish(3, "refused by the host: " + message.text);
            return;
        case MessageType::Welcome: {
            const bool rejoin = !config_.token.empty();
            if (welcomed_ && !rejoin) return out_of_order();
            welcomed_ = true;
            ++welcomes_;
            epoch_ = message.epoch;
            catch_up_to_ = message.month;
            config_.token = message.team_token;
            config_.roles = message.roles;
            if (config_.on_token) config_.on_token(message.team_token);
            park_config_ = config_.content;
            park_config_.scenario_id = message.scenario_id;
            park_config_.seed = message.seed;
            park_config_.years = message.years;
            // A shared park has both roles played by teams: this laptop proposes its own role's
            // commands and applies the other team's as the host sends them.
            const uint8_t park_roles = config_.park.empty() ? message.roles : kRoleMaskBoth;
            park_config_.human[int(Role::Operator)] = (park_roles & kRoleMaskOperator) != 0;
            park_config_.human[int(Role::Government)] = (park_roles & kRoleMaskGovernment) != 0;
            say("seated as team " + std::to_string(message.team_index + 1) + " '" + message.team_name + "' in " + message.scenario_id +
                ", seed " + std::to_string(message.seed) + (rejoin ? ", rejoining at month " + std::to_string(message.month) : ""));
            if (rejoin) return;   // a Resync follows
            std::string error;
            park_ = Session::create(park_config_, &error);
            if (!park_) return finish(2, "cannot start the park: " + error);
            send_commands();
            return;
        }
        case MessageType::Resync: {
            if (!welcomed_ || message.epoch < epoch_) return out_of_order();
            // Chunks arrive in order on the reliable channel; a chunk that does not continue the
            // save being assembled starts over (offset 0) or is refused.
            if (message.offset == 0) {
                resync_text_.clear();
                resync_text_.reserve(message.total_bytes);   // at most kMaxSaveBytes (the codec checks)
                resync_epoch_ = message.epoch;
                resync_month_ = message.month;
                resync_total_ = message.total_bytes;
            } else if (message.epoch != resync_epoch_ || message.month != resync_month_ || message.total_bytes != resync_total_ ||
                       message.offset != resync_text_.size()) {
                resync_text_.clear();
                return out_of_order();
            }
            resync_text_ += message.text;
            if (resync_text_.size() < resync_total_) return;
            nlohmann::json save = nlohmann::json::parse(resync_text_, nullptr, false);
            resync_text_.clear();
            resync_text_.shrink_to_fit();
            if (save.is_discarded()) return finish(2, "the host's save is not JSON");
            std::string error;
            auto loaded = Session::load_json(std::move(save), park_config_, &error);
            if (!loaded || loaded->world().tick != message.month) return finish(2, "cannot load the host's save: " + (loaded ? "wrong month" : error));
            for (int r = 0; r < kRoleCount; ++r) loaded->set_human(Role(r), park_config_.human[r]);
            park_ = std::move(loaded);
            requeued_ = 0;   // the loaded park's queue holds none of the player's commands
            epoch_ = message.epoch;
            say("resynchronised from the host's save at month " + std::to_string(message.month));
            if (park_->world().tick >= catch_up_to_ && !park_->finished()) send_commands();
            return;
        }
        case MessageType::InjectEvent: {
            if (!park_ || message.month != park_->world().tick) return out_of_order();
            const std::string problem = park_->inject_event(message.event_id);
            say("the facilitator injected '" + message.event_id + "'" + (problem.empty() ? "" : ": " + problem));
            return;
        }
        case MessageType::MonthGo: {
            if (!park_ || message.month != park_->world().tick || park_->finished()) return out_of_order();
            // A player's clicks since the last month leave for the facilitator; they come back
            // (validated there) in a later MonthGo, like every team's commands.
            if (config_.strategy.empty()) {
                std::vector<Command> queued = take_queue(*park_);
                player_commands_.assign(queued.begin() + std::ptrdiff_t(std::min(requeued_, queued.size())), queued.end());
            }
            for (const Command& command : message.commands) {
                const std::string refusal = park_->submit(command);
                if (!refusal.empty()) say("the host's command was refused here (the parks differ): " + refusal);
            }
            if (message.month == config_.desync_at_month) park_->mutable_world().roles[int(Role::Operator)].budget += 1.0;
            park_->step();
            Message hash;
            hash.type = MessageType::StateHash;
            hash.epoch = epoch_;
            hash.month = message.month;
            hash.hash = park_->hash();
            send(hash);
            if (message.month == config_.kill_at_month) {
                transport_->flush();
                std::raise(SIGKILL);
            }
            if (!park_->finished() && park_->world().tick >= catch_up_to_) send_commands();
            return;
        }
        case MessageType::Pause:
            class_held_ = true;
            hold_reason_ = message.text;
            say("paused by the facilitator: " + message.text);
            return;
        case MessageType::Resume:
            class_held_ = false;
            hold_reason_.clear();
            say("resumed: " + message.text);
            return;
        case MessageType::Broadcast:
            if (broadcasts_.size() < 256) broadcasts_.push_back(message.text);
            say("facilitator: " + message.text);
            return;
        case MessageType::Leaderboard:
            leaderboard_ = message.text;
            return;
        case MessageType::Bye:
            if (park_ && park_->finished()) finish(0, "");
            else finish(4, "the host ended the session: " + message.text);
            return;
        case MessageType::Hello:
        case MessageType::Commands:
        case MessageType::StateHash:
            return out_of_order();
    }
}

}  // namespace keystone::net
