// The client application: window, renderer, ImGui, main loop, layout and the unattended test run.
// Index: setup | main loop | simulation clock | layout | menu | sessions | unattended run.
#include "app.h"

#include <SDL.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/chart_series.h"
#include "core/files.h"
#include "core/strings.h"
#include "theme.h"
#include "widgets.h"

#ifndef KEYSTONE_SOURCE_DIR
#define KEYSTONE_SOURCE_DIR ""
#endif

namespace keystone::client {

SDL_Renderer* App::current_renderer_ = nullptr;

namespace {
constexpr float kMinScale = 0.6f, kMaxScale = 3.0f, kScaleStep = 0.1f;
// Tiles: fixed, non-overlapping panels; they never come to the front, so popups, the tutorial
// and tooltips stay above them.
constexpr ImGuiWindowFlags kTileFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

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

double now_ms() { return double(SDL_GetPerformanceCounter()) * 1000.0 / double(SDL_GetPerformanceFrequency()); }

int role_choice_of(const std::string& role) { return role == "government" ? 1 : (role == "both" ? 2 : 0); }
}  // namespace

// =================================================================================================
// Setup
// =================================================================================================

App::App(Options options) : options_(std::move(options)) {
    std::string executable_dir;
    if (char* base = SDL_GetBasePath()) {
        executable_dir = base;
        SDL_free(base);
    }
    data_dir_ = find_data_dir(options_.data_dir, executable_dir, KEYSTONE_SOURCE_DIR);
    scripts_dir_ = (std::filesystem::path(data_dir_) / "scripts").string();
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
    if (!strings().load((assets / "i18n" / (settings_.language + ".json")).string(), &warning) &&
        !strings().load((assets / "i18n" / "en.json").string(), &warning))
        load_warnings_.push_back(warning);
    warning.clear();
    if (!load_theme((assets / "themes" / "default.json").string(), data_dir_, &warning)) load_warnings_.push_back(warning);
    warning.clear();
    if (!encyclopedia_.load((assets / "text" / "encyclopedia.json").string(), &warning)) load_warnings_.push_back(warning);
    ui_.encyclopedia = &encyclopedia_;
    warning.clear();
    scoring_ = default_scoring();
    if (!load_scoring((assets / "scoring.json").string(), &scoring_, &warning)) load_warnings_.push_back(warning);
    for (const std::string& message : load_warnings_) std::fprintf(stderr, "keystone: %s\n", message.c_str());
}

void App::rebuild_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Glyphs beyond Latin that the UI uses: dashes and bullets, arrows, >= and <=, shapes for
    // markers, the warning sign, check and cross marks.
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    static const ImWchar kExtra[] = {0x2010, 0x205E, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x2500, 0x25FF,
                                     0x2600, 0x26FF, 0x2700, 0x27BF, 0};
    builder.AddRanges(kExtra);
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
    io.Fonts->Build();
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
    if (!init_window(&error)) {
        std::fprintf(stderr, "keystone: %s\n", error.c_str());
        return 1;
    }
    load_content();
    rebuild_fonts();
    start_.seed = options_.seed;
    start_.role_choice = role_choice_of(options_.role);

    if (!options_.scenario.empty()) {
        if (!start_session(options_.scenario, role_choice_of(options_.role), options_.seed, options_.strategy, &error)) {
            std::fprintf(stderr, "keystone: cannot start scenario %s: %s\n", options_.scenario.c_str(), error.c_str());
            if (options_.quit) return 1;
            show_start_screen();
            start_.preview_error = error;
        }
    }
    if (options_.autoplay_ticks >= 0) {
        if (!session_) {
            std::fprintf(stderr, "keystone: --autoplay needs a scenario that loads\n");
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
        while (SDL_PollEvent(&event)) {
            handle_event(event);
            last_input_ms_ = frame_start_ms;
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
        const bool clock_still = !session_ || clock_.paused() || ui_.screen != Screen::Main;
        if (auto_phase_ == AutoPhase::Off && clock_still && now_ms() - last_input_ms_ > 500.0)
            SDL_WaitEventTimeout(nullptr, 250);
    }
    write_frame_stats();
    return exit_code_;
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
    else if (key == SDLK_ESCAPE && ui_.focused != PanelId::None) ui_.focused = PanelId::None;
    else if (key == SDLK_SPACE && !ImGui::GetIO().WantTextInput && session_ && ui_.screen == Screen::Main &&
             event.key.repeat == 0)
        clock_.toggle_pause();
}

// =================================================================================================
// Simulation clock: fixed speeds, several ticks per frame within a time budget
// =================================================================================================

void App::advance_simulation(double frame_seconds) {
    debug_.ticks_last_frame = 0;
    debug_.sim_ms_last_frame = 0.0;
    if (!session_ || ui_.screen != Screen::Main) return;
    if (auto_phase_ == AutoPhase::Screenshots || auto_phase_ == AutoPhase::Done) return;
    const bool autoplay = auto_phase_ == AutoPhase::Running;
    const double start = now_ms();
    auto step = [&]() {
        if (session_->finished()) return false;
        if (autoplay && session_->world().tick >= options_.autoplay_ticks) return false;
        // A player's unanswered event holds the clock (unattended runs never wait).
        if (!autoplay && next_unanswered_event(*session_, ui_.humans)) return false;
        session_->step();
        return true;
    };
    // Autoplay at full speed gets a longer budget: there is nobody to keep responsive.
    const double budget = autoplay && options_.autoplay_speed == 0 ? 50.0 : theme().frame_budget_ms;
    debug_.ticks_last_frame = clock_.advance(frame_seconds, budget, step, now_ms);
    debug_.sim_ms_last_frame = now_ms() - start;
    debug_.backlog_ticks = clock_.backlog_ticks();
    if (autoplay) autoplay_ticks_run_ += debug_.ticks_last_frame;

    if (session_->finished() && !results_shown_once_ && !autoplay) {
        results_shown_once_ = true;
        clock_.set_paused(true);
        ui_.screen = Screen::Results;
    }
}

// =================================================================================================
// Layout
// =================================================================================================

void App::draw_frame() {
    draw_main_menu();
    switch (ui_.screen) {
        case Screen::Start:
            draw_full_window("###start_screen", [&] { draw_start_screen(start_, ui_, scripts_dir_); });
            if (start_.start_requested) {
                start_.start_requested = false;
                const std::string scenario = start_.scenarios.empty() ? std::string() : start_.scenarios[size_t(start_.selected)];
                std::string error;
                if (!start_session(scenario, start_.role_choice, start_.seed, start_.strategy, &error))
                    start_.preview_error = error;
            }
            break;
        case Screen::Main:
            if (session_) draw_main_screen();
            break;
        case Screen::Results:
            if (session_) {
                refresh_score();
                draw_full_window("###results", [&] { draw_results_screen(*session_, ui_, score_); });
            }
            break;
    }
    if (ui_.request_new_game) {
        ui_.request_new_game = false;
        show_start_screen();
    }
    if (ui_.request_tutorial && session_) {
        ui_.request_tutorial = false;
        ui_.screen = Screen::Main;
        ui_.focused = PanelId::None;
        ui_.tutorial_active = true;
        ui_.tutorial_step = 0;
    }
    if (ui_.request_quit) running_ = false;
    if (ui_.show_debug_overlay) draw_debug_overlay(session_.get(), frame_stats_, debug_);
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

void App::draw_main_screen() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 origin = viewport->WorkPos, area = viewport->WorkSize;
    const ImGuiStyle& style = ImGui::GetStyle();

    // --- top bar ------------------------------------------------------------------------------------
    // The bar is one row, or two when large text makes it wrap: its height follows its content.
    ImGui::SetNextWindowPos(origin);
    ImGui::SetNextWindowSizeConstraints(ImVec2(area.x, ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f),
                                        ImVec2(area.x, area.y * 0.3f));
    float bar_height = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
    if (ImGui::Begin("###top_bar", nullptr, kTileFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                                                ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysAutoResize))
        draw_top_bar(*session_, ui_, clock_);
    bar_height = ImGui::GetWindowHeight();
    ImGui::End();

    const ImVec2 content_origin(origin.x, origin.y + bar_height);
    const ImVec2 content(area.x, area.y - bar_height);

    if (ui_.focused != PanelId::None) {
        // One panel fills the screen: for a projector, or to read a long list.
        struct Focus { PanelId panel; const char* title_key; };
        const Focus focuses[] = {{PanelId::Stage, "panel.stage"}, {PanelId::Policies, "panel.policies"},
                                 {PanelId::Network, "panel.network"}, {PanelId::Charts, "panel.charts"},
                                 {PanelId::Log, "panel.log"}, {PanelId::Encyclopedia, "panel.encyclopedia"}};
        for (const Focus& focus : focuses) {
            if (focus.panel != ui_.focused) continue;
            begin_tile(focus.title_key, "focused", content_origin, content);
            const ImVec2 min = ImGui::GetWindowPos();
            const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
            switch (focus.panel) {
                case PanelId::Stage: draw_stage_panel(*session_, ui_); ui_.targets[int(TutorialTarget::Stage)] = {min, max}; break;
                case PanelId::Policies: draw_policy_panel(*session_, ui_); ui_.targets[int(TutorialTarget::Policies)] = {min, max}; break;
                case PanelId::Network: draw_network_view(*session_, ui_); break;
                case PanelId::Charts: draw_charts_panel(*session_, ui_); break;
                case PanelId::Log: draw_log_panel(*session_, ui_); break;
                case PanelId::Encyclopedia: draw_encyclopedia_panel(ui_); break;
                case PanelId::None: break;
            }
            ImGui::End();
        }
    } else if (content.x >= ImGui::GetFontSize() * 56.0f) {
        // Three columns: the stage (why), the centre views (what happens), the policies (what to do).
        const float font = ImGui::GetFontSize();
        const float side = std::clamp(content.x * 0.26f, font * 14.0f, font * 26.0f);
        const float right = std::clamp(content.x * 0.27f, font * 14.0f, font * 26.0f);
        const float middle = std::max(font * 16.0f, content.x - side - right);

        begin_tile("panel.stage", "stage", content_origin, ImVec2(side, content.y));
        ui_.targets[int(TutorialTarget::Stage)] = {content_origin, ImVec2(content_origin.x + side, content_origin.y + content.y)};
        draw_stage_panel(*session_, ui_);
        ImGui::End();

        const ImVec2 center_origin(content_origin.x + side, content_origin.y);
        begin_tile("panel.views", "center", center_origin, ImVec2(middle, content.y));
        ui_.targets[int(TutorialTarget::Center)] = {center_origin, ImVec2(center_origin.x + middle, content_origin.y + content.y)};
        draw_center_tabs();
        ImGui::End();

        const ImVec2 right_origin(content_origin.x + side + middle, content_origin.y);
        begin_tile("panel.policies", "policies", right_origin, ImVec2(right, content.y));
        ui_.targets[int(TutorialTarget::Policies)] = {right_origin, ImVec2(right_origin.x + right, content_origin.y + content.y)};
        draw_policy_panel(*session_, ui_);
        ImGui::End();
    } else {
        // Two columns when large text leaves too little width (a projector at 1280x800 and a
        // big UI scale): stage and policies share the left tile as tabs, the views keep room.
        const float font = ImGui::GetFontSize();
        const float side = std::clamp(content.x * 0.38f, font * 14.0f, font * 24.0f);
        const float middle = content.x - side;
        begin_tile("panel.decisions", "side", content_origin, ImVec2(side, content.y));
        const ScreenRect side_rect{content_origin, ImVec2(content_origin.x + side, content_origin.y + content.y)};
        ui_.targets[int(TutorialTarget::Stage)] = side_rect;
        ui_.targets[int(TutorialTarget::Policies)] = side_rect;
        if (ImGui::BeginTabBar("side_tabs")) {
            const bool request = ui_.side_tab_requested;
            const ImGuiTabItemFlags stage_flags = request && ui_.side_tab == 0 ? ImGuiTabItemFlags_SetSelected : 0;
            const ImGuiTabItemFlags policy_flags = request && ui_.side_tab == 1 ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(label_id(tr("panel.stage"), "stage").c_str(), nullptr, stage_flags)) {
                if (!request) ui_.side_tab = 0;
                draw_stage_panel(*session_, ui_);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(label_id(tr("panel.policies"), "policies").c_str(), nullptr, policy_flags)) {
                if (!request) ui_.side_tab = 1;
                draw_policy_panel(*session_, ui_);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        ui_.side_tab_requested = false;
        ImGui::End();

        const ImVec2 center_origin(content_origin.x + side, content_origin.y);
        begin_tile("panel.views", "center", center_origin, ImVec2(middle, content.y));
        ui_.targets[int(TutorialTarget::Center)] = {center_origin, ImVec2(center_origin.x + middle, content_origin.y + content.y)};
        draw_center_tabs();
        ImGui::End();
    }

    draw_event_modal(*session_, ui_);
    if (draw_tutorial(ui_)) finish_tutorial();
}

void App::draw_center_tabs() {
    struct Tab { CenterTab tab; const char* title_key; };
    const Tab tabs[] = {{CenterTab::Network, "panel.network"}, {CenterTab::Charts, "panel.charts"},
                        {CenterTab::Log, "panel.log"}, {CenterTab::Encyclopedia, "panel.encyclopedia"}};
    if (!ImGui::BeginTabBar("center_tabs")) return;
    for (const Tab& tab : tabs) {
        const ImGuiTabItemFlags flags =
            (ui_.center_tab_requested && ui_.center_tab == tab.tab) ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(label_id(tr(tab.title_key), tab.title_key).c_str(),
                                nullptr, flags)) {
            // A click on a tab changes the selection; a request from code waits for its frame.
            if (!ui_.center_tab_requested) ui_.center_tab = tab.tab;
            switch (tab.tab) {
                case CenterTab::Network: draw_network_view(*session_, ui_); break;
                case CenterTab::Charts: draw_charts_panel(*session_, ui_); break;
                case CenterTab::Log: draw_log_panel(*session_, ui_); break;
                case CenterTab::Encyclopedia: draw_encyclopedia_panel(ui_); break;
                case CenterTab::Count: break;
            }
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    ui_.center_tab_requested = false;
}

// =================================================================================================
// Menu
// =================================================================================================

void App::draw_main_menu() {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(tr("menu.game"))) {
        if (ImGui::MenuItem(tr("menu.new_game"))) ui_.request_new_game = true;
        if (ImGui::MenuItem(tr("menu.results"), nullptr, false, session_ != nullptr)) ui_.screen = Screen::Results;
        if (ImGui::MenuItem(tr("menu.back_to_park"), nullptr, false, session_ != nullptr)) ui_.screen = Screen::Main;
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
            if (ImGui::MenuItem(tr(item.key), nullptr, ui_.focused == item.panel, session_ != nullptr)) {
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
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("menu.help"))) {
        if (ImGui::MenuItem(tr("menu.tutorial"), nullptr, false, session_ != nullptr)) ui_.request_tutorial = true;
        if (ImGui::MenuItem(tr("menu.encyclopedia"), nullptr, false, session_ != nullptr)) {
            ui_.screen = Screen::Main;
            select_center_tab(ui_, CenterTab::Encyclopedia);
        }
        ImGui::EndMenu();
    }
    if (session_) {
        // The seed stays visible so a class can reproduce the run.
        const std::string tag = session_->scenario().id + "   " + trf("menu.seed", {std::to_string(session_->config().seed)});
        ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(tag.c_str()).x - ImGui::GetFontSize());
        text_dim(tag);
    }
    ImGui::EndMainMenuBar();
}

// =================================================================================================
// Sessions
// =================================================================================================

bool App::start_session(const std::string& scenario, int role_choice, uint64_t seed, const std::string& strategy,
                        std::string* error) {
    SessionConfig config;
    config.scripts_dir = scripts_dir_;
    config.scenario_id = scenario;
    config.seed = seed;
    config.human = {role_choice == 0 || role_choice == 2, role_choice == 1 || role_choice == 2};
    if (role_choice != 2 && !strategy.empty()) {
        const Role ai = role_choice == 0 ? Role::Government : Role::Operator;
        config.strategies[int(ai)] = strategy;
    }
    std::unique_ptr<Session> session = Session::create(config, error);
    if (!session) {
        if (error->empty()) *error = tr("start.unknown_error");
        return false;
    }
    session_ = std::move(session);
    ui_.humans = config.human;
    ui_.screen = Screen::Main;
    ui_.focused = PanelId::None;
    ui_.policy_message.clear();
    ui_.event_message.clear();
    ui_.export_message.clear();
    ui_.export_path = "keystone-results-" + scenario + "-" + std::to_string(seed) + ".json";
    select_center_tab(ui_, CenterTab::Network);
    clock_ = SimClock();  // a new game starts paused at 1x: the teacher explains first
    results_shown_once_ = false;
    score_tick_ = -1;
    const bool first_time = !settings_.tutorial_done(scenario) && scenario == "bio_island";
    ui_.tutorial_active = options_.autoplay_ticks < 0 && (options_.tutorial || first_time);
    ui_.tutorial_step = 0;
    options_.tutorial = false;  // --tutorial forces it once, not for every later game
    return true;
}

void App::show_start_screen() {
    ui_.screen = Screen::Start;
    ui_.tutorial_active = false;
    clock_.set_paused(true);
    if (session_) {
        // Start from the current game's choices, so "new game" with the same seed is one click.
        start_.seed = session_->config().seed;
        const auto& humans = session_->config().human;
        start_.role_choice = humans[0] && humans[1] ? 2 : (humans[1] ? 1 : 0);
        start_.scenarios = list_scenarios(scripts_dir_);
        for (size_t i = 0; i < start_.scenarios.size(); ++i)
            if (start_.scenarios[i] == session_->scenario().id) start_.selected = int(i);
    }
}

void App::finish_tutorial() {
    if (!session_ || auto_phase_ != AutoPhase::Off) return;
    settings_.mark_tutorial_done(session_->scenario().id);
    std::string error;
    if (!save_settings(settings_, settings_path_, &error)) std::fprintf(stderr, "keystone: %s\n", error.c_str());
}

void App::refresh_score() {
    if (score_tick_ == session_->world().tick) return;
    score_ = compute_score(scoring_, *session_);
    score_tick_ = session_->world().tick;
}

// =================================================================================================
// Unattended run: --autoplay TICKS [--screenshot-dir DIR] [--frame-stats FILE] [--quit]
// =================================================================================================

void App::setup_autoplay() {
    auto_phase_ = AutoPhase::Running;
    ui_.tutorial_active = false;
    clock_.set_ticks_per_second(options_.autoplay_speed > 0 ? options_.autoplay_speed : SimClock::kMaxSpeed);
    clock_.set_paused(false);

    auto focus = [this](PanelId panel) {
        return [this, panel]() {
            ui_.screen = Screen::Main;
            ui_.focused = panel;
            ui_.tutorial_active = false;
            ui_.preview_event_def = -1;
            return true;
        };
    };
    shots_ = {
        {"main", focus(PanelId::None)},
        {"stage", focus(PanelId::Stage)},
        {"network", focus(PanelId::Network)},
        // The mouse rests on the first chart: the shot shows the hover read-out too.
        {"charts", [this, focus]() { focus(PanelId::Charts)(); ui_.chart_page = 0; ui_.chart_page_requested = true; return true; },
         ImVec2(0.62f, 0.38f)},
        {"charts_kpis", [this, focus]() {
             focus(PanelId::Charts)();
             ui_.chart_page = int(chart_pages().size()) - 1;
             ui_.chart_page_requested = true;
             return true;
         }},
        {"policies", [this, focus]() { focus(PanelId::Policies)(); ui_.expand_all_policies = true; return true; }},
        {"log", [this, focus]() { focus(PanelId::Log)(); ui_.expand_all_policies = false; return true; }},
        {"encyclopedia", [this, focus]() {
             focus(PanelId::Encyclopedia)();
             if (!session_->world().stage.next_conditions.empty()) open_entry(ui_, session_->world().stage.next_conditions.front().id);
             return true;
         }},
        {"event_modal", [this, focus]() {
             focus(PanelId::None)();
             if (next_unanswered_event(*session_, ui_.humans)) return true;
             // None pending: preview the first event a player here would answer.
             const auto& events = session_->events();
             for (size_t i = 0; i < events.size(); ++i)
                 if (ui_.humans[int(events[i].role)] && !events[i].disabled) { ui_.preview_event_def = int(i); return true; }
             return false;
         }},
        {"tutorial", [this, focus]() { focus(PanelId::None)(); ui_.tutorial_active = true; ui_.tutorial_step = 1; return true; }},
        {"results", [this]() { ui_.tutorial_active = false; ui_.focused = PanelId::None; ui_.screen = Screen::Results; return true; }},
        {"start_screen", [this]() { show_start_screen(); return true; }},
    };
}

void App::autoplay_after_frame() {
    if (auto_phase_ == AutoPhase::Running) {
        const bool done = session_->world().tick >= options_.autoplay_ticks || session_->finished();
        if (!done) return;
        clock_.set_paused(true);
        auto_phase_ = options_.screenshot_dir.empty() ? AutoPhase::Done : AutoPhase::Screenshots;
        std::fprintf(stderr, "keystone: autoplay reached %s (tick %d)\n",
                     session_->date_string(session_->world().tick).c_str(), session_->world().tick);
        if (auto_phase_ == AutoPhase::Screenshots) {
            std::error_code code;
            std::filesystem::create_directories(options_.screenshot_dir, code);
        }
        shot_index_ = 0;
        shot_active_ = false;
    }
    if (auto_phase_ == AutoPhase::Screenshots) {
        // Each shot: set the UI up, let ImGui settle a few frames and a few hundred milliseconds
        // (tabs, popups and auto-sized windows take a frame or two to appear, fades take time),
        // then capture during the next render.
        while (!shot_active_ && shot_index_ < shots_.size()) {
            if (shots_[shot_index_].setup()) {
                shot_active_ = true;
                settle_frames_ = 4;
                settle_until_ms_ = now_ms() + 300.0;  // ImGui fades modal dimming in over ~0.2 s
            } else {
                std::fprintf(stderr, "keystone: nothing to show for %s, skipped\n", shots_[shot_index_].name.c_str());
                shot_index_ += 1;
            }
        }
        if (!shot_active_) {
            auto_phase_ = AutoPhase::Done;
        } else if (settle_frames_ > 0) {
            if (settle_frames_ > 1 || now_ms() >= settle_until_ms_) settle_frames_ -= 1;
            if (settle_frames_ == 0) {
                capture_requested_ = true;
                capture_path_ = (std::filesystem::path(options_.screenshot_dir) / (shots_[shot_index_].name + ".bmp")).string();
            }
        } else if (!capture_requested_) {
            // The capture happened in the frame just drawn.
            shot_active_ = false;
            shot_index_ += 1;
        }
    }
    if (auto_phase_ == AutoPhase::Done && options_.quit) running_ = false;
}

bool App::capture_screenshot(const std::string& path) {
    int width = 0, height = 0;
    if (SDL_GetRendererOutputSize(renderer_, &width, &height) != 0) return false;
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 24, SDL_PIXELFORMAT_RGB24);
    if (!surface) return false;
    bool ok = SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGB24, surface->pixels, surface->pitch) == 0;
    // Written beside the target and renamed, like every file the client writes.
    const std::string temporary = path + ".tmp";
    ok = ok && SDL_SaveBMP(surface, temporary.c_str()) == 0;
    SDL_FreeSurface(surface);
    std::error_code code;
    if (ok) std::filesystem::rename(temporary, path, code);
    ok = ok && !code;
    std::fprintf(stderr, "keystone: %s %s\n", ok ? "wrote" : "FAILED to write", path.c_str());
    return ok;
}

void App::write_frame_stats() {
    if (options_.frame_stats_path.empty()) return;
    const FrameSummary autoplay = summarize(autoplay_frame_ms_);
    const FrameSummary whole = frame_stats_.summary();
    int width = 0, height = 0;
    if (window_) SDL_GetWindowSize(window_, &width, &height);
    nlohmann::json document = {
        {"renderer", renderer_name_},
        {"window", {width, height}},
        {"autoplay_speed_ticks_per_second", options_.autoplay_speed},
        {"autoplay_ticks", autoplay_ticks_run_},
        {"autoplay", {{"frames", autoplay.frames}, {"mean_ms", autoplay.mean_ms}, {"p95_ms", autoplay.p95_ms}, {"max_ms", autoplay.max_ms}}},
        {"autoplay_phase_mean_ms",
         {{"simulation", phase_ms_[0] / std::max(1, autoplay.frames)},
          {"interface", phase_ms_[1] / std::max(1, autoplay.frames)},
          {"render", phase_ms_[2] / std::max(1, autoplay.frames)},
          {"present", phase_ms_[3] / std::max(1, autoplay.frames)}}},
        {"whole_run", {{"frames", whole.frames}, {"mean_ms", whole.mean_ms}, {"p95_ms", whole.p95_ms}, {"max_ms", whole.max_ms}}},
    };
    std::string error;
    if (!write_file_atomic(options_.frame_stats_path, document.dump(2) + "\n", &error)) {
        std::fprintf(stderr, "keystone: %s\n", error.c_str());
        exit_code_ = 1;
    }
}

}  // namespace keystone::client
