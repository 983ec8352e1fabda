// The client application: window, renderer, ImGui, main loop, simulation clock, the screen
// dispatch, the menu and the requests that panels post. Each screen lives in its own file:
// app_start.cpp, app_game.cpp, app_results.cpp, app_replay.cpp, app_compare.cpp; the unattended
// test run in app_autoplay.cpp.
// Index: setup | main loop | simulation clock | screens | menu | requests.
#include "app.h"
#include "app_internal.h"

#include <SDL.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/message_text.h"
#include "core/chart_series.h"
#include "core/files.h"
#include "core/glyphs.h"
#include "core/user_files.h"
#include "core/strings.h"
#include "theme.h"
#include "widgets.h"

#ifndef KEYSTONE_SOURCE_DIR
#define KEYSTONE_SOURCE_DIR ""
#endif

namespace keystone::client {

SDL_Renderer* App::current_renderer_ = nullptr;

namespace {
// True when the renderer is OpenGL implemented on the CPU (llvmpipe, softpipe, swrast).
bool uses_cpu_opengl(SDL_Renderer* renderer) {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(renderer, &info) != 0 || std::strncmp(info.name, "opengl", 6) != 0) return false;
    using GetString = const unsigned char* (*)(unsigned int);
    const auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    constexpr unsigned int kGlRenderer = 0x1F01;  // GL_RENDERER
    const unsigned char* name = get_string ? get_string(kGlRenderer) : nullptr;
    if (!name) return false;
    const std::string text(reinterpret_cast<const char*>(name));
    return text.find("llvmpipe") != std::string::npos || text.find("softpipe") != std::string::npos ||
           text.find("Software Rasterizer") != std::string::npos || text.find("swrast") != std::string::npos;
}
}  // namespace

// =================================================================================================
// Setup
// =================================================================================================

App::App(Options options) : options_(std::move(options)) {
    const DataDirSearch search = find_data_dir(options_.data_dir, KEYSTONE_SOURCE_DIR);
    data_dir_ = search.dir;
    if (!search.error.empty()) load_warnings_.push_back(search.error);
    scripts_dir_ = (std::filesystem::path(data_dir_) / "scripts").string();
    mods_dir_ = options_.mods_given ? options_.mods_dir : default_mods_dir();
}

App::~App() {
    if (imgui_ready_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

bool App::init_window(std::string* error) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        *error = std::string("SDL_Init failed: ") + SDL_GetError();
        return false;
    }
    int width = options_.window_width, height = options_.window_height;
    if (width == 0) {
        // Fit the display: a projector is often 1280x800 or 1920x1080; leave room for a taskbar.
        SDL_Rect usable{0, 0, 1600, 900};
        if (SDL_GetDisplayUsableBounds(0, &usable) != 0) usable = {0, 0, 1600, 900};
        width = std::min(1600, std::max(800, usable.w - 40));
        height = std::min(960, std::max(600, usable.h - 60));
    }
    window_ = SDL_CreateWindow("Keystone", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                               SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!window_) {
        *error = std::string("SDL_CreateWindow failed: ") + SDL_GetError();
        return false;
    }
    if (!options_.software_renderer) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED);
    if (renderer_ && uses_cpu_opengl(renderer_)) {
        // OpenGL without a GPU (Mesa llvmpipe, e.g. under Xvfb) measured 2-4x slower than SDL's
        // own software renderer on our draw lists, with long stalls: take the software path.
        SDL_DestroyRenderer(renderer_);
        renderer_ = nullptr;
    }
    if (!renderer_) {
        // The software renderer draws into the window surface; without this hint SDL may present
        // that surface through an OpenGL texture, which under Xvfb (Mesa llvmpipe) doubled the
        // frame time. Plain X11 shared-memory presentation is the fast path there.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!renderer_) {
        *error = std::string("SDL_CreateRenderer failed: ") + SDL_GetError();
        return false;
    }
    current_renderer_ = renderer_;
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(renderer_, &info) == 0) renderer_name_ = info.name;
    ui_.line_sink = [this](ImDrawList* draw_list, LineBatch&& batch) {
        line_batches_.push_back(std::make_unique<LineBatch>(std::move(batch)));
        draw_list->AddCallback(&App::draw_line_batch, line_batches_.back().get());
    };

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is computed every frame; nothing to persist in the cwd
    // No keyboard navigation: the space bar belongs to the clock, and ImGui's nav would also
    // treat it as "press the focused button".
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGui_ImplSDLRenderer_Init(renderer_);
    imgui_ready_ = true;
    return true;
}

void App::load_content() {
    namespace fs = std::filesystem;
    const fs::path assets = fs::path(data_dir_) / "assets";
    std::string warning;
    settings_path_ = settings_path();
    settings_ = load_settings(settings_path_);
    ui_.ui_scale = float(options_.ui_scale > 0.0 ? options_.ui_scale : settings_.ui_scale);
    if (options_.language_given) settings_.language = options_.language;
    start_.offer_language = !settings_.language_chosen && !options_.language_given;
    if (!load_theme((assets / "themes" / "default.json").string(), data_dir_, &warning)) load_warnings_.push_back(warning);
    warning.clear();
    load_language_tables(&load_warnings_);
    ui_.encyclopedia = &encyclopedia_;
    scoring_ = default_scoring();
    if (!load_scoring((assets / "scoring.json").string(), &scoring_, &warning)) load_warnings_.push_back(warning);
    for (const std::string& message : load_warnings_) std::fprintf(stderr, "keystone: %s\n", message.c_str());
}

// =================================================================================================
// Language: string tables, content translations and the encyclopedia in the chosen language
// =================================================================================================

// The folders whose locale/<language>.json translate content: the shipped scripts, then each mod
// folder in name order (a later file wins for the same key).
std::vector<std::string> App::content_roots() const {
    namespace fs = std::filesystem;
    std::vector<std::string> roots = {scripts_dir_};
    std::vector<std::string> mods;
    std::error_code code;
    if (!mods_dir_.empty() && fs::is_directory(mods_dir_, code))
        for (const auto& entry : fs::directory_iterator(mods_dir_, code))
            if (entry.is_directory(code) && fs::is_regular_file(entry.path() / "mod.lua", code)) mods.push_back(entry.path().string());
    std::sort(mods.begin(), mods.end());
    roots.insert(roots.end(), mods.begin(), mods.end());
    return roots;
}

void App::load_language_tables(std::vector<std::string>* warnings) {
    namespace fs = std::filesystem;
    const fs::path assets = fs::path(data_dir_) / "assets";
    std::string warning;
    if (!load_language(assets.string(), settings_.language, &warning)) warnings->push_back(warning);
    settings_.language = current_language();
    load_content_language(content_roots());
    warning.clear();
    if (!encyclopedia_.load((assets / "text" / "encyclopedia.json").string(), &warning)) warnings->push_back(warning);
    else if (current_language() != "en") {
        warning.clear();
        const fs::path translated = assets / "text" / ("encyclopedia." + current_language() + ".json");
        if (current_language() == "pseudo") encyclopedia_.pseudo_localize_all();
        else if (!encyclopedia_.apply_translation(translated.string(), &warning)) warnings->push_back(warning);
    }
}

// Switches language between frames: tables, content and encyclopedia are read again and the
// font atlas is rebuilt for the new characters. The simulation is not touched.
void App::apply_language(const std::string& language) {
    settings_.language = language;
    settings_.language_chosen = true;
    std::vector<std::string> warnings;
    const double start_ms = now_ms();
    load_language_tables(&warnings);
    for (const std::string& message : warnings) post_message(ui_, message, true, true);
    rebuild_fonts();
    std::fprintf(stderr, "keystone: language %s: tables and font atlas in %.0f ms\n", current_language().c_str(),
                 now_ms() - start_ms);
    std::string ignored;
    if (auto_phase_ == AutoPhase::Off) save_settings(settings_, settings_path_, &ignored);
}

void App::rebuild_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // The Latin font's ranges (core/glyphs.h); ImGui 1.86 in Debian uses 16-bit characters.
    static_assert(sizeof(ImWchar) == sizeof(uint16_t), "glyph ranges are built as 16-bit code points");
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(reinterpret_cast<const ImWchar*>(kLatinFontRanges));
    std::vector<std::string> extra;   // texts beyond the string tables: encyclopedia, scenario names
    for (const auto& entry : encyclopedia_.entries()) extra.push_back(entry.title + entry.text + entry.source);
    for (const auto& [id, name] : start_.names) extra.push_back(name);
    for (uint32_t c : extra_latin_codepoints_in_use(extra)) builder.AddChar(ImWchar(c));
    glyph_ranges_.clear();
    builder.BuildRanges(&glyph_ranges_);
    const float pixels = std::round(theme().base_font_px * ui_.ui_scale);
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    ImFont* font = nullptr;
    if (!theme().font_path.empty())
        font = io.Fonts->AddFontFromFileTTF(theme().font_path.c_str(), pixels, &config, glyph_ranges_.Data);
    if (!font) {
        std::fprintf(stderr, "keystone: font %s not found; using ImGui's built-in font\n", theme().font_path.c_str());
        ImFontConfig fallback;
        fallback.SizePixels = pixels;
        io.Fonts->AddFontDefault(&fallback);
    }
    // Chinese: the CJK font merged in with only the characters the loaded tables, content
    // translations and encyclopedia use (a few thousand at most, instead of 20,000+).
    const std::set<uint32_t> cjk_codepoints = cjk_codepoints_in_use(extra);
    const std::vector<uint16_t> cjk = glyph_ranges(cjk_codepoints);
    cjk_ranges_.assign(cjk.begin(), cjk.end());
    if (cjk_ranges_.size() > 1 && !theme().cjk_font_path.empty()) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.OversampleH = 1;   // CJK strokes gain little from oversampling; the atlas halves
        merge.OversampleV = 1;
        merge.FontNo = theme().cjk_font_index;
        if (!io.Fonts->AddFontFromFileTTF(theme().cjk_font_path.c_str(), pixels, &merge, cjk_ranges_.data()))
            std::fprintf(stderr, "keystone: CJK font %s not loaded; Chinese text will show boxes\n", theme().cjk_font_path.c_str());
    } else if (cjk_ranges_.size() > 1) {
        std::fprintf(stderr, "keystone: no CJK font found (install fonts-wqy-microhei); Chinese text will show boxes\n");
    }
    io.Fonts->Build();
    std::fprintf(stderr, "keystone: font atlas %dx%d (%d CJK characters)\n", io.Fonts->TexWidth, io.Fonts->TexHeight,
                 int(cjk_codepoints.size()));
    if (imgui_ready_) {
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ImGui_ImplSDLRenderer_CreateFontsTexture();
    }
    apply_imgui_style(ui_.ui_scale);
    if (renderer_name_ == "software") {
        // The software renderer pays per triangle: anti-aliasing fringes double the triangles of
        // every line and filled shape, and on a projector at this font size they are not missed.
        ImGuiStyle& style = ImGui::GetStyle();
        style.AntiAliasedLines = false;
        style.AntiAliasedLinesUseTex = false;
        style.AntiAliasedFill = false;
    }
}

// Draw-list callback: draws a LineBatch with the renderer's line primitive, clipped like the
// ImGui command it replaces. The backend sets its own clip rectangle again for the next command.
void App::draw_line_batch(const ImDrawList*, const ImDrawCmd* command) {
    const auto* batch = static_cast<const LineBatch*>(command->UserCallbackData);
    SDL_Renderer* renderer = current_renderer_;
    if (!batch || !renderer) return;
    const ImVec2 scale = ImGui::GetDrawData()->FramebufferScale;
    const ImVec2 origin = ImGui::GetDrawData()->DisplayPos;
    const SDL_Rect clip{int((command->ClipRect.x - origin.x) * scale.x), int((command->ClipRect.y - origin.y) * scale.y),
                        int((command->ClipRect.z - command->ClipRect.x) * scale.x),
                        int((command->ClipRect.w - command->ClipRect.y) * scale.y)};
    SDL_RenderSetClipRect(renderer, &clip);
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    ImU32 current = 0;
    bool first = true;
    for (const LineBatch::Segment& segment : batch->segments) {
        if (first || segment.colour != current) {
            current = segment.colour;
            first = false;
            SDL_SetRenderDrawColor(renderer, Uint8(current >> IM_COL32_R_SHIFT), Uint8(current >> IM_COL32_G_SHIFT),
                                   Uint8(current >> IM_COL32_B_SHIFT), Uint8(current >> IM_COL32_A_SHIFT));
        }
        SDL_RenderDrawLineF(renderer, (segment.a.x - origin.x) * scale.x, (segment.a.y - origin.y) * scale.y,
                            (segment.b.x - origin.x) * scale.x, (segment.b.y - origin.y) * scale.y);
    }
}

void App::set_ui_scale(float scale) {
    scale = std::clamp(std::round(scale * 10.0f) / 10.0f, kMinScale, kMaxScale);
    if (scale == ui_.ui_scale) return;
    ui_.ui_scale = scale;
    ui_.ui_scale_changed = true;  // fonts are rebuilt between frames, never inside one
}

// =================================================================================================
// Main loop
// =================================================================================================

int App::run() {
    std::string error;
    const double launch_ms = now_ms();
    if (!init_window(&error)) {
        std::fprintf(stderr, "keystone: %s\n", error.c_str());
        return 1;
    }
    const double content_ms = now_ms();
    load_content();
    const double fonts_ms = now_ms();
    rebuild_fonts();
    // Start-up cost, reported for the record (the CJK font is the part that grows with the language).
    std::fprintf(stderr, "keystone: start-up %.0f ms (window %.0f, tables and content %.0f, font atlas %.0f), language %s\n",
                 now_ms() - launch_ms, content_ms - launch_ms, fonts_ms - content_ms, now_ms() - fonts_ms,
                 current_language().c_str());
    start_.seed = options_.seed;
    start_.role_choice = role_choice_of(options_.role);
    // Scenario names for the start screen and the file lists (shipped scenarios; a mod's
    // scenario gets its name once previewed).
    std::string list_error;
    for (const ScenarioDef& scenario : keystone::list_scenarios(scripts_dir_, &list_error)) {
        if (scenario.name.empty()) continue;
        start_.names[scenario.id] = scenario.name;
        ui_.scenario_names[scenario.id] = scenario.name;
    }

    if (!options_.load_path.empty()) {
        if (!load_game_from(options_.load_path) && options_.quit) return 1;
    } else if (!options_.replay_path.empty()) {
        if (!open_replay(options_.replay_path) && options_.quit) return 1;
    } else if (!options_.scenario.empty()) {
        if (!start_session(options_.scenario, role_choice_of(options_.role), options_.seed, options_.strategy,
                           std::nullopt, &error)) {
            std::fprintf(stderr, "keystone: cannot start scenario %s: %s\n", options_.scenario.c_str(), error.c_str());
            if (options_.quit) return 1;
            show_start_screen();
            start_.preview_error = error;
        }
    }
    if (options_.autoplay_ticks >= 0) {
        if (!shown_session()) {
            std::fprintf(stderr, "keystone: --autoplay needs a scenario, save or replay that loads\n");
            return 1;
        }
        setup_autoplay();
    }

    double previous_ms = now_ms();
    while (running_) {
        const double frame_start_ms = now_ms();
        const double frame_seconds = std::min(0.25, (frame_start_ms - previous_ms) / 1000.0);
        previous_ms = frame_start_ms;

        SDL_Event event;
        bool input = false;
        while (SDL_PollEvent(&event)) {
            handle_event(event);
            last_input_ms_ = frame_start_ms;
            input = true;
        }
        if (!ui_.language_request.empty()) {
            const std::string language = ui_.language_request;
            ui_.language_request.clear();
            apply_language(language);
        }
        if (ui_.ui_scale_changed) {
            ui_.ui_scale_changed = false;
            rebuild_fonts();
            settings_.ui_scale = ui_.ui_scale;
            std::string ignored;
            if (auto_phase_ == AutoPhase::Off) save_settings(settings_, settings_path_, &ignored);
        }

        const double simulation_start_ms = now_ms();
        advance_simulation(frame_seconds);
        report_autosave();
        if (!frame_needed(input)) {
            // Nothing on screen can have changed: no frame is built or presented (presenting is
            // most of a frame's cost with the software renderer). Wait for input or the next
            // frame's time, when a month may fall due.
            SDL_WaitEventTimeout(nullptr, 1000 / std::max(10, theme().frame_cap_fps));
            continue;
        }
        last_drawn_ms_ = frame_start_ms;
        const double interface_start_ms = now_ms();

        line_batches_.clear();  // last frame's batches were drawn by the previous render
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        if (auto_phase_ == AutoPhase::Screenshots && shot_index_ < shots_.size()) {
            // Screenshots must not depend on where the X server left the pointer.
            ImGuiIO& io = ImGui::GetIO();
            const ImVec2 mouse = shots_[shot_index_].mouse;
            io.MousePos = mouse.x < 0.0f ? ImVec2(-FLT_MAX, -FLT_MAX)
                                         : ImVec2(mouse.x * io.DisplaySize.x, mouse.y * io.DisplaySize.y);
        }
        ImGui::NewFrame();
        draw_frame();
        ImGui::Render();
        const double render_start_ms = now_ms();
        // Tiles draw no background of their own: the clear paints it. Tiles never overlap, and
        // a full-screen blended quad per tile is the costliest thing the software renderer does.
        const ImVec4 background = theme().window;
        SDL_SetRenderDrawColor(renderer_, Uint8(background.x * 255), Uint8(background.y * 255),
                               Uint8(background.z * 255), 255);
        SDL_RenderClear(renderer_);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        if (capture_requested_) {
            capture_requested_ = false;
            if (!capture_screenshot(capture_path_)) exit_code_ = 1;
        }
        const double present_start_ms = now_ms();
        SDL_RenderPresent(renderer_);

        const double work_ms = now_ms() - frame_start_ms;
        frame_stats_.add(work_ms);
        // Frame time per screenshot view (the compare view, the replay viewer ... each settle for
        // several frames): the frame-stats file reports each view's cost.
        if (auto_phase_ == AutoPhase::Screenshots && shot_active_ && shot_index_ < shots_.size())
            shot_frame_ms_[shots_[shot_index_].name].push_back(work_ms);
        if (auto_phase_ == AutoPhase::Running) {
            autoplay_frame_ms_.push_back(work_ms);
            phase_ms_[0] += interface_start_ms - simulation_start_ms;
            phase_ms_[1] += render_start_ms - interface_start_ms;
            phase_ms_[2] += present_start_ms - render_start_ms;
            phase_ms_[3] += now_ms() - present_start_ms;
        }
        autoplay_after_frame();

        // Cap the frame rate: the software renderer must not spin a core at 100%.
        const bool flat_out = auto_phase_ != AutoPhase::Off && options_.autoplay_speed == 0;
        const int cap = std::max(10, theme().frame_cap_fps);
        const double frame_ms = now_ms() - frame_start_ms;
        if (!flat_out && frame_ms < 1000.0 / cap) SDL_Delay(Uint32(1000.0 / cap - frame_ms));
        // Nothing moves while the clock stands and nobody touches the UI: sleep until an event
        // (or a quarter second), so a paused game on a classroom PC costs almost nothing.
        const bool branch_running = branch_ && branch_->run_target != -2;
        const bool clock_still = !shown_session() || ((clock_.paused() || ui_.screen != Screen::Main) && !branch_running);
        const bool in_class = console_ != nullptr || team_ != nullptr;   // the network needs servicing
        if (auto_phase_ == AutoPhase::Off && clock_still && !in_class && now_ms() - last_input_ms_ > 500.0)
            SDL_WaitEventTimeout(nullptr, 250);
    }
    write_frame_stats();
    return exit_code_;
}

bool App::frame_needed(bool input) {
    // Whatever moves by itself: a month run this frame, a branch or the futures running, an
    // unattended test run (its screenshots and frame figures), the frames right after a change
    // (ImGui settles hover, popups and auto-sized windows over a frame or two after input, one
    // after new numbers), and a slow heartbeat for what fades on a timer (the toast, tooltips,
    // the F3 overlay).
    const bool futures_running = branch_ && branch_->futures && !branch_->futures->finished();
    const bool branch_running = branch_ && branch_->run_target != -2;
    // A class session (console or team) moves on the facilitator's clock, which this loop does not
    // see month by month: it draws every frame, as before frames were skipped.
    const bool in_class = console_ != nullptr || team_ != nullptr;
    if (options_.every_frame || input || futures_running || branch_running || in_class || ui_.screen != Screen::Main ||
        (auto_phase_ != AutoPhase::Off && auto_phase_ != AutoPhase::Running))
        settle_frames_left_ = kSettleFrames;
    else if (debug_.ticks_last_frame > 0)
        settle_frames_left_ = std::max(settle_frames_left_, 2);
    if (settle_frames_left_ > 0) {
        settle_frames_left_ -= 1;
        return true;
    }
    return now_ms() - last_drawn_ms_ >= kHeartbeatMs;
}

void App::handle_event(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) running_ = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(window_))
        running_ = false;
    if (event.type != SDL_KEYDOWN) return;
    const SDL_Keycode key = event.key.keysym.sym;
    const bool control = (event.key.keysym.mod & KMOD_CTRL) != 0;
    if (control && (key == SDLK_EQUALS || key == SDLK_PLUS || key == SDLK_KP_PLUS)) set_ui_scale(ui_.ui_scale + kScaleStep);
    else if (control && (key == SDLK_MINUS || key == SDLK_KP_MINUS)) set_ui_scale(ui_.ui_scale - kScaleStep);
    else if (control && (key == SDLK_0 || key == SDLK_KP_0)) set_ui_scale(1.0f);
    else if (key == SDLK_F3) ui_.show_debug_overlay = !ui_.show_debug_overlay;
    else if (key == SDLK_F5 && event.key.repeat == 0) ui_.request_reload = true;
    else if (control && key == SDLK_s && session_ && !viewer_) ui_.request_save = true;
    else if (control && key == SDLK_o) ui_.open_load_dialog = true;
    else if (key == SDLK_ESCAPE && ui_.focused != PanelId::None) ui_.focused = PanelId::None;
    else if (key == SDLK_SPACE && !ImGui::GetIO().WantTextInput && shown_session() && ui_.screen == Screen::Main &&
             event.key.repeat == 0)
        clock_.toggle_pause();
}

// =================================================================================================
// Simulation clock: fixed speeds, several ticks per frame within a time budget
// =================================================================================================

void App::advance_simulation(double frame_seconds) {
    debug_.ticks_last_frame = 0;
    debug_.sim_ms_last_frame = 0.0;
    // A class session moves on the facilitator's clock, not this one's.
    service_classroom();
    if (team_) return;
    if (auto_phase_ == AutoPhase::Screenshots || auto_phase_ == AutoPhase::Done) return;
    // A what-if branch running to a month advances on its own, whatever the clock does.
    if (branch_ && branch_->run_target != -2) run_branch(theme().frame_budget_ms);
    Session* shown = shown_session();
    if (!shown || ui_.screen != Screen::Main) return;
    const bool autoplay = auto_phase_ == AutoPhase::Running;
    const bool on_main = !viewer_ && shown == session_.get();
    const double start = now_ms();
    auto step = [&]() {
        if (viewer_) {
            // The viewer plays the recording; it stops where the recording ends.
            if (autoplay && viewer_->month() >= autoplay_until_tick_) return false;
            return viewer_->step();
        }
        Session& session = *shown;
        if (session.finished()) return false;
        if (autoplay && session.world().tick >= autoplay_until_tick_) return false;
        // A player's unanswered event holds the clock (unattended runs never wait).
        if (!autoplay && next_unanswered_event(session, ui_.humans)) return false;
        const int32_t before = session.world().tick;
        session.step();
        // Each game year of the main game is autosaved, also when a frame runs several months.
        if (on_main) autosave_if_due(before);
        return true;
    };
    // Autoplay at full speed gets a longer budget: there is nobody to keep responsive.
    const double budget = autoplay && options_.autoplay_speed == 0 ? 50.0 : theme().frame_budget_ms;
    debug_.ticks_last_frame = clock_.advance(frame_seconds, budget, step, now_ms);
    debug_.sim_ms_last_frame = now_ms() - start;
    debug_.backlog_ticks = clock_.backlog_ticks();
    if (autoplay) autoplay_ticks_run_ += debug_.ticks_last_frame;
    if (viewer_ && viewer_->at_end() && !clock_.paused()) clock_.set_paused(true);

    if (on_main && session_->finished() && !results_shown_once_ && !autoplay) {
        results_shown_once_ = true;
        clock_.set_paused(true);
        ui_.screen = Screen::Results;
    }
}

// =================================================================================================
// Screens: dispatch, and the window helpers every screen uses
// =================================================================================================

void App::draw_frame() {
    draw_main_menu();
    switch (ui_.screen) {
        case Screen::Start:
            draw_start_frame();
            break;
        case Screen::Main:
            if (shown_session()) draw_main_screen();
            break;
        case Screen::Results:
            draw_results_frame();
            break;
        case Screen::Host:
            draw_host_frame();
            break;
        case Screen::Join:
            draw_join_frame();
            break;
    }
    if (ui_.screen == Screen::Main && !ui_.class_team.leaderboard.empty()) draw_class_leaderboard();
    // Dialogs (modal popups) and the notice line sit above every screen.
    draw_load_dialog(ui_);
    draw_replay_dialog(ui_);
    if (session_) draw_whatif_dialog(*session_, ui_);
    ui_.request_close_dialogs = false;
    draw_toast(ui_);
    process_requests();
    if (ui_.request_new_game) {
        ui_.request_new_game = false;
        show_start_screen();
    }
    if (ui_.request_tutorial && shown_session()) {
        ui_.request_tutorial = false;
        ui_.screen = Screen::Main;
        ui_.focused = PanelId::None;
        ui_.tutorial_active = true;
        ui_.tutorial_step = 0;
    }
    if (ui_.request_quit) running_ = false;
    if (ui_.show_debug_overlay) draw_debug_overlay(shown_session(), frame_stats_, debug_);
}

void App::draw_full_window(const char* id, const std::function<void()>& body) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    if (ImGui::Begin(id, nullptr, kTileFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoBackground)) body();
    ImGui::End();
}

void App::begin_tile(const char* title_key, const char* id, ImVec2 position, ImVec2 size) {
    ImGui::SetNextWindowPos(position, ImGuiCond_Always);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    const std::string title = std::string(tr(title_key)) + "###" + id;
    ImGui::Begin(title.c_str(), nullptr, kTileFlags | ImGuiWindowFlags_NoBackground);
    // The centre tile enlarges whichever view its tab shows.
    PanelId panel = ui_.focused;
    if (std::string(id) == "stage") panel = PanelId::Stage;
    else if (std::string(id) == "side") panel = ui_.side_tab == 0 ? PanelId::Stage : PanelId::Policies;
    else if (std::string(id) == "policies") panel = PanelId::Policies;
    else if (std::string(id) == "center") {
        const PanelId by_tab[] = {PanelId::Network, PanelId::Charts, PanelId::Log, PanelId::Encyclopedia};
        panel = by_tab[std::clamp(int(ui_.center_tab), 0, 3)];
    }
    if (panel != PanelId::None) focus_button(ui_, panel);
}

// =================================================================================================
// Menu
// =================================================================================================

void App::draw_main_menu() {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(tr("menu.game"))) {
        const bool playing = session_ != nullptr && !viewer_;
        const bool any = shown_session() != nullptr;
        if (ImGui::MenuItem(tr("menu.new_game"))) ui_.request_new_game = true;
        if (ImGui::MenuItem(tr("menu.save"), "Ctrl+S", false, playing)) ui_.request_save = true;
        hover_tooltip(trf("menu.save_tooltip", {saves_dir()}));
        if (ImGui::MenuItem(tr("menu.load"), "Ctrl+O")) ui_.open_load_dialog = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.whatif"), nullptr, false, playing)) ui_.open_whatif_dialog = true;
        hover_tooltip(tr("menu.whatif_tooltip"));
        if (branch_ && ImGui::MenuItem(tr("whatif.close"))) ui_.request_close_branch = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.save_replay"), nullptr, false, playing)) ui_.request_save_replay = true;
        hover_tooltip(trf("menu.save_replay_tooltip", {replays_dir()}));
        if (ImGui::MenuItem(tr("menu.open_replay"))) ui_.open_replay_dialog = true;
        if (viewer_ && ImGui::MenuItem(tr("replay.close"))) ui_.request_close_replay = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.reload"), "F5")) ui_.request_reload = true;
        hover_tooltip(tr("menu.reload_tooltip"));
        if (ImGui::MenuItem(tr("menu.results"), nullptr, false, any)) ui_.screen = Screen::Results;
        if (ImGui::MenuItem(tr("menu.back_to_park"), nullptr, false, any)) ui_.screen = Screen::Main;
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.quit"))) ui_.request_quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.view"))) {
        struct Item { PanelId panel; const char* key; };
        const Item items[] = {{PanelId::None, "menu.all_panels"}, {PanelId::Stage, "panel.stage"},
                              {PanelId::Network, "panel.network"}, {PanelId::Charts, "panel.charts"},
                              {PanelId::Policies, "panel.policies"}, {PanelId::Log, "panel.log"},
                              {PanelId::Encyclopedia, "panel.encyclopedia"}};
        for (const Item& item : items)
            if (ImGui::MenuItem(tr(item.key), nullptr, ui_.focused == item.panel, shown_session() != nullptr)) {
                ui_.focused = item.panel;
                ui_.screen = Screen::Main;
            }
        ImGui::Separator();
        if (ImGui::MenuItem(tr("menu.debug_overlay"), "F3", ui_.show_debug_overlay)) ui_.show_debug_overlay = !ui_.show_debug_overlay;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.settings"))) {
        float scale = ui_.ui_scale;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
        // Applied on release: rebuilding the font atlas on every drag step would stall frames.
        ImGui::SliderFloat(tr("menu.ui_scale"), &scale, kMinScale, kMaxScale, "%.1f");
        if (ImGui::IsItemDeactivatedAfterEdit()) set_ui_scale(scale);
        if (ImGui::MenuItem(tr("menu.larger"), "Ctrl+=")) set_ui_scale(ui_.ui_scale + kScaleStep);
        if (ImGui::MenuItem(tr("menu.smaller"), "Ctrl+-")) set_ui_scale(ui_.ui_scale - kScaleStep);
        if (ImGui::MenuItem(tr("menu.reset_scale"), "Ctrl+0")) set_ui_scale(1.0f);
        ImGui::Separator();
        text_dim(tr("menu.language"));
        for (const std::string& language : supported_languages())
            if (ImGui::MenuItem((std::string(language_name(language)) + "##language_" + language).c_str(), nullptr,
                                language == current_language()))
                ui_.language_request = language;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.help"))) {
        if (ImGui::MenuItem(tr("menu.tutorial"), nullptr, false, shown_session() != nullptr)) ui_.request_tutorial = true;
        if (ImGui::MenuItem(tr("menu.encyclopedia"), nullptr, false, shown_session() != nullptr)) {
            ui_.screen = Screen::Main;
            select_center_tab(ui_, CenterTab::Encyclopedia);
        }
        ImGui::EndMenu();
    }
    if (const Session* shown = shown_session()) {
        // The seed stays visible so a class can reproduce the run.
        std::string tag = (viewer_ ? std::string(tr("menu.tag_replay")) + "   "
                                   : (branch_ && ui_.view == SessionView::Branch ? std::string(tr("menu.tag_branch")) + "   "
                                                                                 : std::string())) +
                          shown->scenario().id + "   " + trf("menu.seed", {std::to_string(shown->config().seed)});
        ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(tag.c_str()).x - ImGui::GetFontSize());
        text_dim(tag);
    }
    ImGui::EndMainMenuBar();
}

// =================================================================================================
// Requests the panels post (saves, replays, branches, hot reload)
// =================================================================================================

void App::process_requests() {
    if (ui_.request_save) {
        ui_.request_save = false;
        save_game_now();
    }
    if (!ui_.request_load_path.empty()) {
        const std::string path = std::move(ui_.request_load_path);
        ui_.request_load_path.clear();
        if (load_game_from(path)) ui_.request_close_dialogs = true;
    }
    if (ui_.request_save_replay) {
        ui_.request_save_replay = false;
        save_replay_now();
    }
    if (!ui_.request_replay_path.empty()) {
        const std::string path = std::move(ui_.request_replay_path);
        ui_.request_replay_path.clear();
        if (open_replay(path)) ui_.request_close_dialogs = true;
    }
    if (ui_.request_close_replay) {
        ui_.request_close_replay = false;
        close_replay();
    }
    if (ui_.request_create_branch) {
        ui_.request_create_branch = false;
        if (create_branch_now()) ui_.request_close_dialogs = true;
    }
    if (ui_.request_futures) {
        ui_.request_futures = false;
        start_futures(kFuturesPerSide);
    }
    if (ui_.request_cancel_futures) {
        ui_.request_cancel_futures = false;
        if (branch_ && branch_->futures) branch_->futures->cancel();
    }
    if (ui_.request_close_branch) {
        ui_.request_close_branch = false;
        close_branch();
    }
    if (ui_.request_branch_run != -2) {
        if (branch_) branch_->run_target = ui_.request_branch_run;
        ui_.request_branch_run = -2;
    }
    if (ui_.request_reload) {
        ui_.request_reload = false;
        reload_scripts();
    }
}

void App::reload_scripts() {
    if (ui_.screen == Screen::Start) {
        // The start screen reads the scripts again: scenario list, preview, mods report.
        start_.scenarios.clear();
        start_.preview_scenario.clear();
        start_.preview.reset();
        start_.names_tried.clear();
        post_message(ui_, tr("reload.start_screen"), false, true);
        ui_.language_request = current_language();
        return;
    }
    if (viewer_) {
        post_message(ui_, tr("reload.not_in_replay"), true, true);
        return;
    }
    Session* target = shown_session();
    if (!target) return;
    const Message problem = target->reload_content();
    if (!problem.empty()) {
        post_message(ui_, trf("reload.refused", {message_text(problem)}), true, true);
        return;
    }
    score_tick_ = -1;
    ui_.language_request = current_language();   // the scripts' translations may have changed too
    post_message(ui_, tr("reload.done"), false, true);
    report_mods(*target);
}

}  // namespace keystone::client
