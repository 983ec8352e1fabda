// The facilitator's runtime controls (facilitator.h, "the facilitator's controls"): pause,
// resume, speed, play-to checkpoints, injections and broadcasts given from the client's console.
// Kept apart from facilitator.cpp so the lockstep itself reads as before; advance(), step_month()
// and resync() call the two hooks at the bottom.
#include <algorithm>

#include "net/facilitator.h"

namespace keystone::net {

void Facilitator::pause(const std::string& why) {
    if (held_ && why == hold_reason_) return;
    held_ = true;
    hold_told_ = false;   // the teams hear it at the next month boundary the clock stops at
    hold_reason_ = why;
    say("the facilitator holds the class: " + why);
}

void Facilitator::resume() {
    if (play_to_ >= 0 && play_to_ <= month_) play_to_ = -1;   // a checkpoint already reached
    if (!held_) return;
    held_ = false;
    if (hold_told_) {
        Message resume;
        resume.type = MessageType::Resume;
        resume.text = "the facilitator resumed the class";
        send_to_teams(resume);
    }
    hold_told_ = false;
    say("the facilitator resumed the class at month " + std::to_string(month_));
}

void Facilitator::set_speed(double months_per_second) {
    config_.months_per_second = std::max(0.0, months_per_second);
}

void Facilitator::play_to(int32_t month) {
    play_to_ = month < 0 ? -1 : std::min(month, end_month_);
    if (play_to_ >= 0) say("playing to month " + std::to_string(play_to_) + ", then holding for discussion");
}

std::string Facilitator::inject_now(const std::string& event_id, const std::vector<uint16_t>& teams) {
    if (phase_ == Phase::Done || month_ >= end_month_) return "the session is over";
    if (teams_.empty()) return "no team is seated yet";
    const auto& events = teams_.front().park->events();
    if (std::none_of(events.begin(), events.end(), [&](const EventDef& e) { return e.id == event_id; }))
        return "unknown event '" + event_id + "'";
    for (uint16_t index : teams)
        if (index >= teams_.size()) return "no team " + std::to_string(index + 1) + " is seated";
    LiveInjection injection;
    injection.month = month_;
    injection.event_id = event_id;
    injection.teams = teams;
    std::sort(injection.teams.begin(), injection.teams.end());
    live_injections_.push_back(std::move(injection));
    say("'" + event_id + "' will be raised at month " + std::to_string(month_) + " in " +
        (teams.empty() ? std::string("every team") : std::to_string(teams.size()) + " team(s)"));
    return "";
}

void Facilitator::broadcast_now(const std::string& text) {
    if (text.empty()) return;
    Message broadcast;
    broadcast.type = MessageType::Broadcast;
    broadcast.text = text.substr(0, kMaxTextBytes);
    send_to_teams(broadcast);
    transport_->flush();
    say("message to every team: " + broadcast.text);
}

void Facilitator::show_leaderboard(const std::string& standings) {
    Message board;
    board.type = MessageType::Leaderboard;
    board.text = standings.substr(0, kMaxTextBytes);
    send_to_teams(board);
    transport_->flush();
    say(standings.empty() ? "the leaderboard is hidden from the teams" : "the teams see the leaderboard");
}

void Facilitator::end_now(const std::string& why) {
    if (phase_ == Phase::Done) return;
    Message bye;
    bye.type = MessageType::Bye;
    bye.text = why.substr(0, kMaxTextBytes);
    send_to_teams(bye);
    for (const TeamSeat& team : teams_)
        if (team.connected) transport_->disconnect(team.peer);
    transport_->flush();
    phase_ = Phase::Done;
    say("the facilitator ended the session at month " + std::to_string(month_));
}

// Called by advance() when every team is ready for the next month: true keeps the clock still.
// A play-to checkpoint that is reached becomes a hold; the teams hear of a hold once.
bool Facilitator::holding() {
    if (play_to_ >= 0 && month_ >= play_to_) {
        play_to_ = -1;
        held_ = true;
        hold_told_ = false;
        hold_reason_ = "the facilitator stopped the class for a discussion at " + teams_.front().park->date_string(month_);
        say(hold_reason_);
    }
    if (!held_) return false;
    if (!hold_told_) {
        Message pause;
        pause.type = MessageType::Pause;
        pause.text = hold_reason_;
        send_to_teams(pause);
        hold_told_ = true;
    }
    return true;
}

// The console's injections for `team` at `month`: raised on the reference park (a live month)
// and sent to the team's laptop (live, and again when the team catches up).
void Facilitator::send_live_injections(const TeamSeat& team, int32_t month, bool raise_on_reference) {
    std::vector<int> park_owner_of;
    for (const TeamSeat& seat : teams_) park_owner_of.push_back(seat.park_owner);
    for (const LiveInjection& injection : live_injections_) {
        if (injection.month != month || !reaches_park(injection, team.park_owner, park_owner_of)) continue;
        if (raise_on_reference) {
            const std::string problem = team.park->inject_event(injection.event_id);
            if (!problem.empty()) say(team_label(team) + ": event not injected: " + problem);
        }
        if (!team.connected) continue;
        Message inject;
        inject.type = MessageType::InjectEvent;
        inject.month = month;
        inject.event_id = injection.event_id;
        send(team.peer, inject);
    }
}

bool Facilitator::reaches_park(const LiveInjection& injection, uint16_t owner, const std::vector<int>& park_owner_of) {
    if (injection.teams.empty()) return true;
    for (uint16_t seat : injection.teams)
        if (seat < park_owner_of.size() && park_owner_of[seat] == owner) return true;
    return false;
}

}  // namespace keystone::net
