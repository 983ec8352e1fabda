// The client's classroom side (issue 12): the host screen's and join screen's choices, and the
// facilitator console's state around a net::Facilitator running inside the client. The panels
// (panels/host_screen.cpp, join_screen.cpp, facilitator_*.cpp) read the facilitator and write
// only this state; the App acts on the requests between frames (app_classroom.cpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/class_resume.h"
#include "core/scoring.h"
#include "net/facilitator.h"
#include "net/team_client.h"
#include "ui_state.h"

namespace keystone::client {

// "Host a class session": what the class plays and where teams find it.
struct HostChoices {
    int scenario = 0;            // index into StartChoices::scenarios
    uint64_t seed = 7;
    int years = 10;
    int teams = 4;
    int port = 7777;
    bool lan = true;             // every interface (a classroom LAN); off: this machine only
    std::string join_code;       // drawn when the screen opens; shown large on the projector
    std::string error;           // why the last start failed
    bool start_requested = false, back_requested = false;
    std::vector<UnfinishedClass> unfinished;   // classes that can be resumed, newest first
    int resume_requested = -1;                 // index into unfinished
};

// "Join a session": where the facilitator is and who this team is.
struct JoinChoices {
    char host[128] = "127.0.0.1";
    int port = 7777;
    char code[65] = "";
    char name[65] = "";
    int role_choice = 2;         // 0 operator, 1 government, 2 both
    std::string error;           // the host's refusal, or why the connection failed
    bool join_requested = false, back_requested = false;
};

// One team's row as the console shows it, refreshed once per month (scores cost a little).
struct ConsoleRow {
    int32_t month = -1;
    double score = 0.0;
    double enterprises = 0.0, transformation_rate = 0.0, joint_actions = 0.0;
};

struct ConsoleState {
    std::unique_ptr<net::Facilitator> facilitator;
    std::vector<std::string> log;             // the facilitator's lines, newest last
    std::vector<ConsoleRow> rows;             // per seat
    ScoringRules scoring;
    // clock
    float speed = 1.0f;                       // months per second (the slider)
    bool max_speed = false;
    int play_to_year = 0, play_to_month = 0;  // the calendar date the class plays to
    // injections and messages
    int event_choice = 0;
    std::vector<bool> inject_to;              // per seat; none chosen: every team
    std::string inject_result;
    bool inject_failed = false;
    char broadcast[512] = "";
    // the comparison chart: a chart of the charts panel and one of its lines
    int chart_choice = 0;
    std::vector<bool> hidden_lines;
    // leaderboard and teacher notes
    bool leaderboard_shown = true;            // on the projector
    bool leaderboard_to_teams = false;        // the teams see it too (kept up to date each month)
    std::string leaderboard_sent;             // what the teams were last sent
    char notes[8192] = "";
    std::string notes_written;                // notes.txt beside the session save holds this
    // the end
    bool end_requested = false, leave_requested = false;
    std::string bundle_dir, bundle_error;     // bundle_dir: the class's folder, chosen when it starts
    bool ended = false;
    int view = 0;                             // the console's tab (narrow windows)
    bool view_requested = false;
};

// The console's views, one file each; each draws into the window the app opened for it.
void draw_host_screen(HostChoices& choices, const StartChoices& scenarios, const SessionConfig& content);
void draw_join_screen(JoinChoices& choices);
// Every team: connection, stage, key indicators, score; the leaderboard beside it.
void draw_facilitator_teams(ConsoleState& console);
// Pause and resume, speed, play to a date, end the session.
void draw_facilitator_clock(ConsoleState& console);
// Inject an event now into all or chosen teams; broadcast a message now.
void draw_facilitator_inject(ConsoleState& console);
// One measure across every team, from the reference parks.
void draw_facilitator_chart(ConsoleState& console);
// The teacher's notes: seen only here, written into the class bundle.
void draw_facilitator_notes(ConsoleState& console);
// Every frame, whichever view is shown: each team's row (once a month) and the teams' copy of
// the leaderboard.
void refresh_console(ConsoleState& console);
// The ranking by score as "1. name  score" lines (the leaderboard, and its message to teams).
std::vector<std::string> leaderboard_lines(const ConsoleState& console);

}  // namespace keystone::client
