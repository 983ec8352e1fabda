// Debug overlay (F3): frame time (rolling mean and max), ticks per frame and the renderer, so a
// stall is visible on the machine where it happens.
#include <cstdio>

#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

void draw_debug_overlay(const Session* session, const FrameStats& stats, const DebugInfo& info) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x - 10.0f, display.y - 10.0f), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##debug_overlay", nullptr, flags)) {
        char line[160];
        std::snprintf(line, sizeof line, "%s: %.2f ms (max %.2f ms, 120 frames)", tr("debug.frame"),
                      stats.rolling_mean_ms(), stats.rolling_max_ms());
        ImGui::TextUnformatted(line);
        std::snprintf(line, sizeof line, "%s: %d  (%.2f ms)   %s: %.2f", tr("debug.ticks_per_frame"),
                      info.ticks_last_frame, info.sim_ms_last_frame, tr("debug.backlog"), info.backlog_ticks);
        ImGui::TextUnformatted(line);
        std::snprintf(line, sizeof line, "%s: %s   %.0f fps", tr("debug.renderer"), info.renderer_name,
                      ImGui::GetIO().Framerate);
        ImGui::TextUnformatted(line);
        if (session) {
            std::snprintf(line, sizeof line, "tick %d   hash %016llx   ties %zu", session->world().tick,
                          static_cast<unsigned long long>(session->history().empty() ? 0 : session->history().back().hash),
                          session->world().ties.size());
            ImGui::TextUnformatted(line);
        }
    }
    ImGui::End();
}

}  // namespace keystone::client
