// Helpers shared by the App's files (app.cpp and app_<screen>.cpp); not part of the client's API.
#pragma once
#include <SDL.h>

#include <string>

#include <imgui.h>

namespace keystone::client {

inline constexpr float kMinScale = 0.6f, kMaxScale = 3.0f, kScaleStep = 0.1f;
// Tiles: fixed, non-overlapping panels; they never come to the front, so popups, the tutorial
// and tooltips stay above them.
inline constexpr ImGuiWindowFlags kTileFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                               ImGuiWindowFlags_NoBringToFrontOnFocus;

inline double now_ms() { return double(SDL_GetPerformanceCounter()) * 1000.0 / double(SDL_GetPerformanceFrequency()); }

inline int role_choice_of(const std::string& role) { return role == "government" ? 1 : (role == "both" ? 2 : 0); }

}  // namespace keystone::client
