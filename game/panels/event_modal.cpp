// Event modal: an event that a player at this screen must answer. The clock holds while it is
// open (the app checks next_unanswered_event); a choice becomes Command{AnswerEvent} through
// core/ui_actions. The same view shows a read-only preview of an event definition.
#include <algorithm>

#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
const char* const kPopupId = "###event_modal";

void draw_event_body(Session& session, const EventDef& event, const PendingEvent* pending, UiState& ui) {
    // About 34 characters' width of text, narrower when large text meets a small screen (the
    // modal may take at most 90% of the display).
    const float wrap = std::min(ImGui::GetFontSize() * 34.0f,
                                ImGui::GetIO().DisplaySize.x * 0.9f - ImGui::GetStyle().WindowPadding.x * 2.0f - ImGui::GetFontSize());
    const char* role = role_name(event.role);
    text_dim(trf("event.for_role", {tr_or(std::string("role.") + role, role)}) +
             (pending ? "   " + session.date_string(pending->raised_tick) : std::string()));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    const std::string key = "event." + event.id + ".";
    text_coloured(theme().accent, content_text(key + "title", event.title));
    ImGui::Spacing();
    ImGui::TextUnformatted(content_text(key + "text", event.text).c_str());
    ImGui::PopTextWrapPos();
    if (!event.concept_name.empty()) {
        ImGui::Spacing();
        text_dim(tr("event.concept"));
        const std::string concept_text = content_text(key + "concept", event.concept_name);
        same_line_if_fits(ImGui::CalcTextSize(concept_text.c_str()).x, ImGui::GetStyle().ItemSpacing.x);
        // Inside a modal the encyclopedia is behind the dimmed screen: the tooltip carries the
        // entry, and a click opens it for after the answer.
        encyclopedia_link(ui, concept_text, event.concept_name);
    }
    ImGui::Separator();
    if (!ui.event_message.empty()) text_coloured(theme().bad, ui.event_message);
    text_dim(tr("event.choose"));
    for (size_t c = 0; c < event.choices.size(); ++c) {
        const EventChoiceDef& choice = event.choices[c];
        ImGui::PushID(int(c));
        ImGui::BeginDisabled(pending == nullptr);
        const std::string choice_key = key + "choice." + choice.id + ".";
        std::string label = content_text(choice_key + "label", choice.label);
        if (choice.cost != 0.0) label += "   (" + format_money(choice.cost) + ")";
        if (choice.id == event.default_choice) label += "   " + std::string(tr("event.default_marker"));
        if (ImGui::Button(label_id(label, "choice").c_str(), ImVec2(wrap, 0.0f)) && pending) {
            // A refused answer keeps the modal open with the engine's reason.
            ui.event_message = answer_event(session, *pending, choice.id);
            if (ui.event_message.empty()) ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
        if (!choice.text.empty()) {
            ImGui::Indent(ImGui::GetFontSize());
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap - ImGui::GetFontSize());
            text_dim(content_text(choice_key + "text", choice.text));
            ImGui::PopTextWrapPos();
            ImGui::Unindent(ImGui::GetFontSize());
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
}
}  // namespace

void draw_event_modal(Session& session, UiState& ui) {
    // The replay viewer answers from the recording; nobody here decides.
    // Unattended screenshots hide a pending event so it covers none of the other views.
    const PendingEvent* pending = ui.read_only || ui.hide_pending_events ? nullptr : next_unanswered_event(session, ui.humans);
    const EventDef* event = nullptr;
    if (pending && pending->def_index >= 0 && size_t(pending->def_index) < session.events().size())
        event = &session.events()[size_t(pending->def_index)];
    else pending = nullptr;
    const bool preview = !event && ui.preview_event_def >= 0 && size_t(ui.preview_event_def) < session.events().size();
    if (preview) event = &session.events()[size_t(ui.preview_event_def)];
    if (!event) return;

    const std::string title = (preview ? std::string(tr("event.preview_title")) : std::string(tr("event.title"))) + kPopupId;
    if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x * 0.9f, display.y * 0.9f));
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushID(pending ? int(pending->instance) : -1 - ui.preview_event_def);
        draw_event_body(session, *event, pending, ui);
        if (preview) {
            text_dim_wrapped(tr("event.preview_note"));
            if (ImGui::Button(label_id(tr("common.close"), "close").c_str())) {
                ui.preview_event_def = -1;
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::PopID();
        ImGui::EndPopup();
    }
}

}  // namespace keystone::client
