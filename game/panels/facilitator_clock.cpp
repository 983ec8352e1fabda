// The console's clock: the class's date, pause and resume all, speed (months per second, or as
// fast as the slowest team), "play to" a date (the class then holds for discussion), and
// "End session" (the app writes the class bundle).
#include <algorithm>

#include "classroom.h"
#include "core/strings.h"
#include "widgets.h"

namespace keystone::client {

void draw_facilitator_clock(ConsoleState& console) {
    net::Facilitator& host = *console.facilitator;
    const auto& teams = host.teams();
    const Session* park = teams.empty() ? nullptr : teams.front().park.get();
    ImGui::SetWindowFontScale(1.3f);
    if (park) text_coloured(theme().accent, park->date_string(host.month()));
    else text_coloured(theme().accent, tr("console.waiting_for_teams"));
    ImGui::SetWindowFontScale(1.0f);
    if (host.finished()) text_coloured(theme().good, tr("console.over"));
    else if (!host.started()) text_dim_wrapped(tr("console.not_started"));
    else if (host.held()) text_coloured(theme().warning, tr("console.held"));
    else text_dim(trf("console.month_of", {std::to_string(host.month()), std::to_string(host.end_month())}));

    ImGui::BeginDisabled(host.finished());
    const ImVec2 big(ImGui::GetFontSize() * 8.0f, ImGui::GetFrameHeight() * 1.3f);
    if (host.held()) {
        if (primary_button(label_id(tr("console.resume"), "resume"), big)) host.resume();
    } else if (ImGui::Button(label_id(tr("console.pause"), "pause").c_str(), big)) {
        host.pause(tr("console.pause_message"));
    }
    hover_tooltip(tr("console.pause_tooltip"));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("console.speed"));
    ImGui::SameLine();
    ImGui::Checkbox(label_id(tr("console.max_speed"), "max").c_str(), &console.max_speed);
    hover_tooltip(tr("console.max_speed_tooltip"));
    ImGui::BeginDisabled(console.max_speed);
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderFloat("##speed", &console.speed, 0.2f, 12.0f, tr("console.speed_format"));
    ImGui::EndDisabled();
    host.set_speed(console.max_speed ? 0.0 : double(console.speed));

    // Play to a date: a year and a month of the scenario's calendar.
    ImGui::Spacing();
    text_wrapped(tr("console.play_to"));
    if (park) {
        const int32_t first_year = park->world().start_year, first_month = park->world().start_month;
        const int32_t last_month = host.end_month();
        if (console.play_to_year == 0) {
            // A year on from now: the usual first checkpoint.
            const int32_t months = first_month - 1 + std::min(host.month() + 12, last_month);
            console.play_to_year = first_year + months / 12;
            console.play_to_month = months % 12 + 1;
        }
        // The year and month with their - and + buttons; "Play to" wraps below when narrow.
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
        ImGui::InputInt("##play_year", &console.play_to_year, 1);
        same_line_if_fits(ImGui::GetFontSize() * 5.5f, ImGui::GetStyle().ItemSpacing.x);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.5f);
        ImGui::InputInt("##play_month", &console.play_to_month, 1);
        console.play_to_month = std::clamp(console.play_to_month, 1, 12);
        const int32_t target = std::clamp((console.play_to_year - first_year) * 12 + console.play_to_month - first_month, 0, last_month);
        const std::string play_label = label_id(tr("console.play_to_go"), "play_to");
        same_line_if_fits(button_width(play_label), ImGui::GetStyle().ItemSpacing.x);
        if (ImGui::Button(play_label.c_str())) {
            host.play_to(target);
            host.resume();
        }
        hover_tooltip(trf("console.play_to_tooltip", {park->date_string(target)}));
        if (host.play_to_month() >= 0)
            text_dim_wrapped(trf("console.playing_to", {park->date_string(host.play_to_month())}));
    }
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Button, theme().bad);
    if (!console.ended && ImGui::Button(label_id(tr("console.end"), "end").c_str(), big)) console.end_requested = true;
    ImGui::PopStyleColor();
    hover_tooltip(tr("console.end_tooltip"));
    if (console.ended) {
        written_file_note(console.bundle_error.empty() ? tr("console.bundle_written") : console.bundle_error, console.bundle_dir,
                          !console.bundle_error.empty());
        if (ImGui::Button(label_id(tr("console.leave"), "leave").c_str())) console.leave_requested = true;
    }
}

}  // namespace keystone::client
