// The classroom screens: "Host a class session" (then the facilitator console, a net::Facilitator
// serviced every frame inside the client) and "Join a session" (then the team plays its park with
// the normal game screen, its commands going through a net::TeamClient; the facilitator owns the
// clock). The panels are in panels/host_screen.cpp, join_screen.cpp and facilitator_*.cpp.
// Index: host | console | join | every frame | end of a session.
#include "app.h"
#include "app_internal.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>

#include <nlohmann/json.hpp>

#include "core/debrief.h"
#include "core/files.h"
#include "core/strings.h"
#include "core/user_files.h"
#include "io/atomic_file.h"
#include "net/class_bundle.h"
#include "widgets.h"

namespace keystone::client {

namespace {
// A join code a class can read off a projector: no 0/O or 1/I to confuse.
std::string draw_join_code() {
    static const char kLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::random_device device;   // the UI's randomness, never the simulation's
    std::string code = "ROOM-";
    for (int i = 0; i < 4; ++i) code += kLetters[device() % (sizeof kLetters - 1)];
    return code;
}

// What the client decides of a facilitator's set-up, whether it hosts a new class or resumes one:
// the content, the pace, a long wait for the class to sit down, and the log into the console.
net::FacilitatorConfig console_config(const SessionConfig& content, ConsoleState* console) {
    net::FacilitatorConfig config;
    config.content = content;
    config.months_per_second = double(console->speed);
    config.join_wait_seconds = 24.0 * 3600.0;   // a class may take its time to sit down
    config.token_seed = (uint64_t(std::random_device{}()) << 32) ^ std::random_device{}();
    config.log = [console](const std::string& line) {
        console->log.push_back(line);
        if (console->log.size() > 200) console->log.erase(console->log.begin());
    };
    return config;
}
}  // namespace

// =================================================================================================
// Host: the set-up screen, then the console
// =================================================================================================

void App::open_host_screen() {
    if (start_.scenarios.empty()) start_.scenarios = list_scenarios_with_mods(scripts_dir_, mods_dir_);
    host_.join_code = draw_join_code();
    host_.error.clear();
    host_.scenario = start_.selected;
    host_.seed = start_.seed;
    host_.unfinished = list_unfinished_classes(classes_dir());
    host_.resume_requested = -1;
    ui_.screen = Screen::Host;
}

void App::draw_host_frame() {
    if (console_) {
        draw_console_frame();
        return;
    }
    draw_full_window("###host_screen", [&] { draw_host_screen(host_, start_, content()); });
    if (host_.back_requested) {
        host_.back_requested = false;
        ui_.screen = Screen::Start;
    }
    if (host_.start_requested) {
        host_.start_requested = false;
        host_.error.clear();
        if (!start_hosting(&host_.error)) post_message(ui_, host_.error, true, false);
    }
    if (host_.resume_requested >= 0) {
        const size_t index = size_t(host_.resume_requested);
        host_.resume_requested = -1;
        host_.error.clear();
        // A refusal (a damaged save, other scripts, a port in use) shows the engine's words.
        if (index < host_.unfinished.size() && !resume_hosting(host_.unfinished[index], &host_.error))
            post_message(ui_, host_.error, true, false);
    }
}

bool App::start_hosting(std::string* error) {
    if (start_.scenarios.empty()) return false;
    auto console = std::make_unique<ConsoleState>();
    net::FacilitatorConfig config = console_config(content(), console.get());
    config.content.scenario_id = start_.scenarios[size_t(std::clamp(host_.scenario, 0, int(start_.scenarios.size()) - 1))];
    config.content.seed = host_.seed;
    config.content.years = host_.years;
    config.port = uint16_t(host_.port);
    config.bind_any = host_.lan;
    config.join_code = host_.join_code;
    config.teams = host_.teams;
    // The class's folder is chosen now: its session save lives there while it plays (so that a
    // crashed client resumes it) and End session writes the class bundle beside it.
    const std::string folder = new_class_folder(classes_dir(), host_.join_code, std::time(nullptr));
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        *error = trf("console.folder_failed", {folder, ec.message()});
        return false;
    }
    config.session_save_path = (std::filesystem::path(folder) / kSessionSaveName).string();
    console->facilitator = net::Facilitator::create(config, error);
    if (!console->facilitator) {
        std::filesystem::remove(folder, ec);   // still empty: nothing to resume
        return false;
    }
    // The class waits for the facilitator's go once every seat is taken.
    console->facilitator->pause(tr("console.not_started_message"));
    open_console(std::move(console), folder);
    post_message(ui_, trf("console.hosting", {host_.join_code, std::to_string(host_.port)}), false, false);
    return true;
}

bool App::resume_hosting(const UnfinishedClass& saved, std::string* error) {
    auto console = std::make_unique<ConsoleState>();
    console->facilitator = net::Facilitator::resume(saved.session_path, console_config(content(), console.get()), error);
    if (!console->facilitator) return false;
    // The class is the one its save describes: the console shows its code, port and pace.
    const net::FacilitatorConfig& resumed = console->facilitator->config();
    host_.join_code = resumed.join_code;
    host_.port = resumed.port;
    host_.lan = resumed.bind_any;
    host_.teams = resumed.teams;
    host_.years = resumed.content.years;
    host_.seed = resumed.content.seed;
    console->max_speed = resumed.months_per_second <= 0.0;
    if (!console->max_speed) console->speed = float(resumed.months_per_second);
    std::string notes;
    if (read_text_file((std::filesystem::path(saved.folder) / kClassNotesName).string(), &notes))
        std::snprintf(console->notes, sizeof console->notes, "%s", notes.c_str());
    open_console(std::move(console), saved.folder);
    post_message(ui_, trf("console.resumed", {host_.join_code, std::to_string(console_->facilitator->month())}), false, false);
    return true;
}

void App::open_console(std::unique_ptr<ConsoleState> console, const std::string& folder) {
    console->scoring = scoring_;
    console->bundle_dir = folder;
    console->notes_written = console->notes;
    console_ = std::move(console);
    class_started_ms_ = now_ms();
    ui_.screen = Screen::Host;
}

// The teacher's notes go beside the session save whenever they change, so a crash keeps them.
void App::save_console_notes() {
    ConsoleState& console = *console_;
    if (console.notes_written == console.notes) return;
    console.notes_written = console.notes;   // a failure is told once, not every frame
    std::string error;
    if (!write_file_atomic((std::filesystem::path(console.bundle_dir) / kClassNotesName).string(), console.notes, &error))
        post_message(ui_, error, true, false);
}

// =================================================================================================
// The facilitator console: wide windows show the teams, the chart and the controls at once;
// narrow ones (a 1024x768 projector at large text) put them in tabs.
// =================================================================================================

void App::draw_console_frame() {
    ConsoleState& console = *console_;
    draw_full_window("###console", [&] {
        // The header: the code and where to join, large, for the room to read.
        ImGui::SetWindowFontScale(1.5f);
        text_coloured(theme().accent, host_.join_code);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
        ImGui::AlignTextToFramePadding();
        text_dim(trf("host.where", {host_.lan ? tr("host.where_lan") : "127.0.0.1", std::to_string(host_.port)}));
        const float font = ImGui::GetFontSize();
        const ImVec2 area = ImGui::GetContentRegionAvail();
        if (area.x >= font * 56.0f) {
            const float left = std::clamp(area.x * 0.3f, font * 17.0f, font * 26.0f);
            ImGui::BeginChild("console_controls", ImVec2(left, 0.0f), true);
            draw_facilitator_clock(console);
            ImGui::Separator();
            draw_facilitator_inject(console);
            ImGui::Separator();
            draw_facilitator_notes(console);
            ImGui::EndChild();
            ImGui::SameLine();
            ImGui::BeginChild("console_views", ImVec2(0.0f, 0.0f));
            ImGui::BeginChild("console_teams", ImVec2(0.0f, ImGui::GetContentRegionAvail().y * 0.45f), true);
            draw_facilitator_teams(console);
            ImGui::EndChild();
            ImGui::BeginChild("console_chart", ImVec2(0.0f, 0.0f), true);
            draw_facilitator_chart(console);
            ImGui::EndChild();
            ImGui::EndChild();
            return;
        }
        if (ImGui::BeginTabBar("console_tabs")) {
            struct Tab { const char* key; void (*draw)(ConsoleState&); };
            const Tab tabs[] = {{"console.tab_teams", draw_facilitator_teams}, {"console.tab_clock", draw_facilitator_clock},
                                {"console.tab_inject", draw_facilitator_inject}, {"console.tab_chart", draw_facilitator_chart},
                                {"console.tab_notes", draw_facilitator_notes}};
            for (int i = 0; i < 5; ++i) {
                const ImGuiTabItemFlags flags = console.view_requested && console.view == i ? ImGuiTabItemFlags_SetSelected : 0;
                if (!ImGui::BeginTabItem(label_id(tr(tabs[i].key), tabs[i].key).c_str(), nullptr, flags)) continue;
                if (!console.view_requested) console.view = i;
                ImGui::BeginChild("console_tab", ImVec2(0.0f, 0.0f));
                tabs[i].draw(console);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            console.view_requested = false;
            ImGui::EndTabBar();
        }
    });
    save_console_notes();
    if (console.end_requested) {
        console.end_requested = false;
        end_class_session();
    }
    if (console.leave_requested) {
        console_.reset();
        ui_.screen = Screen::Start;
    }
}

// =================================================================================================
// Join: the form, then the team's park on the game screen
// =================================================================================================

void App::open_join_screen() {
    join_.error.clear();
    ui_.screen = Screen::Join;
}

void App::draw_join_frame() {
    draw_full_window("###join_screen", [&] { draw_join_screen(join_); });
    if (join_.back_requested) {
        join_.back_requested = false;
        team_.reset();
        ui_.screen = Screen::Start;
    }
    if (join_.join_requested) {
        join_.join_requested = false;
        join_.error.clear();
        join_session();
    }
}

bool App::join_session() {
    net::TeamConfig config;
    config.content = content();
    config.host = join_.host;
    config.port = uint16_t(join_.port);
    config.join_code = join_.code;
    config.name = join_.name;
    config.roles = join_.role_choice == 0 ? net::kRoleMaskOperator
                                          : (join_.role_choice == 1 ? net::kRoleMaskGovernment : net::kRoleMaskBoth);
    std::string error;
    team_ = net::TeamClient::create(config, &error);
    if (!team_) {
        join_.error = error;
        return false;
    }
    team_broadcasts_seen_ = 0;
    team_was_seated_ = false;
    team_welcomes_at_loss_ = -1;
    post_message(ui_, trf("join.connecting", {std::string(join_.host) + ":" + std::to_string(join_.port)}), false, true);
    return true;
}

// A small window in the lower right corner of a team's game screen, above the tiles.
void App::draw_class_leaderboard() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 corner(viewport->WorkPos.x + viewport->WorkSize.x - ImGui::GetFontSize(),
                        viewport->WorkPos.y + viewport->WorkSize.y - ImGui::GetFontSize());
    ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("###class_leaderboard", nullptr, flags)) {
        text_coloured(theme().accent, tr("class.leaderboard"));
        ImGui::Separator();
        ImGui::TextUnformatted(ui_.class_team.leaderboard.c_str());
    }
    ImGui::End();
}

// =================================================================================================
// Every frame: the facilitator and the team are serviced with a short wait, never blocking
// =================================================================================================

void App::service_classroom() {
    if (console_ && console_->facilitator && !console_->ended) {
        console_->facilitator->service((now_ms() - class_started_ms_) / 1000.0, 1);
        for (auto& team : demo_teams_) team->service(0);
        refresh_console(*console_);
    }
    if (!team_) return;
    const bool going = team_->service(1);
    ui_.class_team.joined = true;
    ui_.class_team.held = team_->class_held();
    ui_.class_team.reason = team_->hold_reason();
    ui_.class_team.leaderboard = team_->leaderboard();
    const auto& broadcasts = team_->broadcasts();
    for (; team_broadcasts_seen_ < broadcasts.size(); ++team_broadcasts_seen_)
        post_message(ui_, trf("class.from_facilitator", {broadcasts[team_broadcasts_seen_]}), false, true);
    if (team_->seated() && team_->park() && !team_was_seated_) {
        team_was_seated_ = true;
        ui_.screen = Screen::Main;
        ui_.focused = PanelId::None;
        results_shown_once_ = false;
        post_message(ui_, tr("join.seated"), false, true);
    }
    if (going || ui_.class_team.ended || (team_was_seated_ && team_->host_lost() && rejoin_lost_host())) return;
    if (!team_was_seated_) {
        // Refused or unreachable: back to the form with the host's own words.
        join_.error = team_->failure();
        team_.reset();
        ui_.class_team = {};
        ui_.screen = Screen::Join;
        return;
    }
    if (team_->exit_code() == 0) {
        post_message(ui_, tr("class.over"), false, true);
        if (!results_shown_once_) {
            results_shown_once_ = true;
            ui_.screen = Screen::Results;
        }
    } else {
        post_message(ui_, trf("class.lost", {team_->failure()}), true, true);
    }
    // The park stays on screen (read-only from now on); the connection is gone.
    ui_.class_team.ended = true;
}

// A host lost without a goodbye (a crashed facilitator) is tried again every second for two
// minutes, as `keystone-cli team` does: a facilitator resumed from its session save takes the team
// back into its seat. False once the wait is over (the class is then lost).
bool App::rejoin_lost_host() {
    constexpr double kRejoinWaitMs = 120000.0, kRetryMs = 1000.0;
    const double now = now_ms();
    if (team_->welcomes() != team_welcomes_at_loss_) {   // a new loss (the last rejoin was seated)
        team_welcomes_at_loss_ = team_->welcomes();
        team_lost_at_ms_ = team_rejoin_tried_ms_ = now;
        post_message(ui_, trf("class.rejoining", {team_->failure()}), true, true);
    }
    if (now - team_lost_at_ms_ > kRejoinWaitMs) return false;
    if (now - team_rejoin_tried_ms_ < kRetryMs) return true;
    team_rejoin_tried_ms_ = now;
    std::string error;
    if (team_->reconnect(&error)) return true;
    team_lost_at_ms_ = -kRejoinWaitMs;   // cannot even try: the class is lost
    return false;
}

// =================================================================================================
// Screenshots: a class on this machine (127.0.0.1), three AI teams in-process and this screen
// as a fourth, player's team; played to its second year and held, as a class in discussion.
// =================================================================================================

bool App::setup_classroom_demo() {
    if (start_.scenarios.empty()) start_.scenarios = list_scenarios_with_mods(scripts_dir_, mods_dir_);
    const auto found = std::find(start_.scenarios.begin(), start_.scenarios.end(), "bio_island");
    if (found == start_.scenarios.end()) return false;
    host_.scenario = int(found - start_.scenarios.begin());
    host_.seed = 7;
    host_.years = 3;
    host_.teams = 4;
    host_.lan = false;
    host_.join_code = "ROOM-7K2P";
    std::string error;
    bool hosting = false;
    // A port nobody uses: try a few (another test may hold one).
    for (int port = 47777; port < 47800 && !hosting; ++port) {
        host_.port = port;
        hosting = start_hosting(&error);
    }
    if (!hosting) {
        std::fprintf(stderr, "keystone: cannot host the demo class: %s\n", error.c_str());
        return false;
    }
    const char* names[] = {"Lions", "Herons", "Pandas"};
    const char* strategies[] = {"historical", "quality_first", "incentives_only"};
    for (int i = 0; i < 3; ++i) {
        net::TeamConfig config;
        config.content = content();
        config.port = uint16_t(host_.port);
        config.join_code = host_.join_code;
        config.name = names[i];
        config.strategy = strategies[i];
        auto team = net::TeamClient::create(config, &error);
        if (!team) {
            std::fprintf(stderr, "keystone: demo team %s: %s\n", names[i], error.c_str());
            return false;
        }
        demo_teams_.push_back(std::move(team));
        // Seat them in order: the table then lists them as named.
        for (int round = 0; round < 5000 && int(console_->facilitator->teams().size()) <= i; ++round) service_classroom();
    }
    std::snprintf(join_.host, sizeof join_.host, "127.0.0.1");
    join_.port = host_.port;
    std::snprintf(join_.code, sizeof join_.code, "%s", host_.join_code.c_str());
    std::snprintf(join_.name, sizeof join_.name, "Cranes");
    join_.role_choice = 1;
    if (!join_session()) return false;
    net::Facilitator& host = *console_->facilitator;
    console_->max_speed = true;
    console_->leaderboard_to_teams = true;
    host.set_speed(0.0);
    host.play_to(14);
    host.resume();
    for (int round = 0; round < 200000 && !(host.held() && host.month() == 14); ++round) service_classroom();
    if (host.month() != 14) return false;
    host.broadcast_now("Discuss: which stage is your park in, and why?");
    std::snprintf(console_->notes, sizeof console_->notes, "Lions enacted incubator support early.\nAsk the Herons about rents.");
    console_->inject_result.clear();
    for (int round = 0; round < 200; ++round) service_classroom();
    return true;
}

// =================================================================================================
// End of a session: the class bundle, and the teacher's notes beside it
// =================================================================================================

void App::end_class_session() {
    ConsoleState& console = *console_;
    const net::Facilitator& host = *console.facilitator;
    nlohmann::json summary = host.summary_json();
    summary["host_wall_seconds"] = (now_ms() - class_started_ms_) / 1000.0;
    std::string error;
    const bool written = !host.teams().empty() && net::write_class_bundle(host, summary, console.bundle_dir, report_text(*host.teams().front().park), &error) &&
                         write_file_atomic((std::filesystem::path(console.bundle_dir) / kClassNotesName).string(), console.notes, &error);
    if (!written && error.empty()) error = tr("console.no_teams");
    console.bundle_error = error;
    console.ended = true;
    // Every team is told and keeps its park on screen.
    console.facilitator->end_now(tr("console.ended_message"));
    for (auto& team : demo_teams_) team->service(0);
    demo_teams_.clear();
    post_message(ui_, error.empty() ? trf("console.bundle_at", {console.bundle_dir}) : error, !error.empty(), true);
}

}  // namespace keystone::client
