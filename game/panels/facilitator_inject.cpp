// The console's shocks and messages: inject any event of the content into every team or the
// chosen ones (raised at the next month, in the reference parks and on the teams' laptops alike),
// and send a message to every team now.
#include <algorithm>

#include "classroom.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "widgets.h"

namespace keystone::client {

void draw_facilitator_inject(ConsoleState& console) {
    net::Facilitator& host = *console.facilitator;
    const auto& teams = host.teams();
    section_title(tr("console.inject"));
    if (teams.empty()) {
        text_dim_wrapped(tr("console.no_teams"));
        return;
    }
    const std::vector<EventDef>& events = teams.front().park->events();
    if (events.empty()) return;
    console.event_choice = std::clamp(console.event_choice, 0, int(events.size()) - 1);
    const auto event_label = [](const EventDef& event) { return content_text("event." + event.id + ".title", event.title); };
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##event", event_label(events[size_t(console.event_choice)]).c_str())) {
        for (size_t i = 0; i < events.size(); ++i) {
            if (events[i].disabled) continue;
            ImGui::PushID(int(i));
            if (ImGui::Selectable(event_label(events[i]).c_str(), int(i) == console.event_choice)) console.event_choice = int(i);
            hover_tooltip(events[i].id);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    // Which teams: none ticked means every team.
    console.inject_to.resize(teams.size(), false);
    text_dim_wrapped(tr("console.inject_teams"));
    for (size_t i = 0; i < teams.size(); ++i) {
        const std::string label = std::to_string(i + 1) + " " + teams[i].name;
        if (i > 0) same_line_if_fits(radio_button_width(label), ImGui::GetStyle().ItemSpacing.x);
        ImGui::PushID(int(i));
        bool chosen = console.inject_to[i];
        if (ImGui::Checkbox(label.c_str(), &chosen)) console.inject_to[i] = chosen;
        ImGui::PopID();
    }
    ImGui::BeginDisabled(host.finished());
    if (ImGui::Button(label_id(tr("console.inject_now"), "inject").c_str())) {
        std::vector<uint16_t> chosen;
        for (size_t i = 0; i < console.inject_to.size(); ++i)
            if (console.inject_to[i]) chosen.push_back(uint16_t(i));
        const std::string problem = host.inject_now(events[size_t(console.event_choice)].id, chosen);
        console.inject_failed = !problem.empty();
        console.inject_result = problem.empty() ? trf("console.injected", {event_label(events[size_t(console.event_choice)]),
                                                                           teams.front().park->date_string(host.month())})
                                                : problem;
    }
    ImGui::EndDisabled();
    if (!console.inject_result.empty())
        text_coloured_wrapped(console.inject_failed ? theme().bad : theme().good, console.inject_result);

    ImGui::Spacing();
    section_title(tr("console.broadcast"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##broadcast", console.broadcast, sizeof console.broadcast);
    ImGui::BeginDisabled(console.broadcast[0] == '\0' || host.finished());
    if (ImGui::Button(label_id(tr("console.send"), "send").c_str())) {
        host.broadcast_now(console.broadcast);
        console.broadcast[0] = '\0';
    }
    ImGui::EndDisabled();
}

}  // namespace keystone::client
