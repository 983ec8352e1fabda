// Game > Load and Game > Open replay: modal dialogs listing the player's saves, autosaves and
// replays with what their headers say (scenario, in-game month, when written, seed). A click
// asks the app to load; if that fails the reason shows here and the current game stays.
#include <algorithm>

#include "core/error_text.h"
#include "core/game_io.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
const char* const kLoadPopup = "###load_dialog";
const char* const kReplayPopup = "###replay_dialog";

std::string scenario_label(const SavedFile& file, const UiState& ui) {
    if (!file.scenario_name.empty()) return file.scenario_name;
    const auto known = ui.scenario_names.find(file.scenario_id);
    return known != ui.scenario_names.end() ? known->second : file.scenario_id;
}

// One table of files; returns the path whose button was clicked ("" if none).
std::string file_table(const char* id, const std::vector<SavedFile>& files, const UiState& ui, const char* button_key,
                       const char* date_column_key) {
    std::string clicked;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable(id, 5, flags)) return clicked;
    ImGui::TableSetupColumn(tr("files.column.scenario"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(date_column_key), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr("files.column.saved_at"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(tr("files.column.seed"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.0f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < files.size(); ++i) {
        const SavedFile& file = files[i];
        ImGui::PushID(int(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::AlignTextToFramePadding();
        if (!file.problem.empty()) {
            text_coloured(theme().bad, file.file_name);
            hover_tooltip(file.problem);
        } else {
            // Cells wrap rather than clip: on a projector at 1024x768 a long scenario name and the
            // time a file was written need two lines.
            text_wrapped(scenario_label(file, ui));
            hover_tooltip(file.path);
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(file.game_date.empty() ? "-" : file.game_date.c_str());
        ImGui::TableSetColumnIndex(2);
        text_wrapped(file.saved_at);
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(file.has_seed ? std::to_string(file.seed).c_str() : "-");
        ImGui::TableSetColumnIndex(4);
        ImGui::BeginDisabled(!file.problem.empty());
        if (ImGui::Button(label_id(tr(button_key), "open").c_str(), ImVec2(-1.0f, 0.0f))) clicked = file.path;
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    ImGui::EndTable();
    return clicked;
}

void place_dialog() {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.9f, ImGui::GetFontSize() * 50.0f), display.y * 0.75f),
                             ImGuiCond_Always);
}

// "Or open a file:" with a path field; returns the typed path when its button is clicked.
std::string typed_path_row(FileList& list, const char* button_key) {
    text_dim(tr("files.other_file"));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6.0f);
    ImGui::InputTextWithHint("##path", tr("files.path_hint"), list.typed_path, sizeof list.typed_path);
    ImGui::SameLine();
    ImGui::BeginDisabled(list.typed_path[0] == '\0');
    const bool clicked = ImGui::Button(label_id(tr(button_key), "open_typed").c_str(), ImVec2(-1.0f, 0.0f));
    ImGui::EndDisabled();
    return clicked ? std::string(list.typed_path) : std::string();
}
}  // namespace

void draw_load_dialog(UiState& ui) {
    FileList& list = ui.load_list;
    // An open request waits while dialogs are being closed (a frame), so one never closes the next.
    if (ui.open_load_dialog && !ui.request_close_dialogs) {
        ui.open_load_dialog = false;
        list.refresh = true;
        list.error.clear();
        ImGui::OpenPopup(kLoadPopup);
    }
    if (list.refresh && ImGui::IsPopupOpen(kLoadPopup)) {
        list.refresh = false;
        list.files = list_saved_files(saves_dir(), ".save");
        list.autosaves = list_saved_files(autosaves_dir(), ".save");
    }
    place_dialog();
    const std::string title = std::string(tr("files.load_title")) + kLoadPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (!list.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().bad);
        text_wrapped(trf("files.load_failed", {error_text(list.error)}));
        ImGui::PopStyleColor();
    }
    const float footer = ImGui::GetFrameHeightWithSpacing() * 3.6f;
    ImGui::BeginChild("lists", ImVec2(0, -footer), false);
    section_title(tr("files.saves"));
    text_dim_path(saves_dir());
    std::string clicked;
    if (list.files.empty()) text_dim(tr("files.none"));
    else clicked = file_table("saves", list.files, ui, "files.load", "files.column.game_date");
    section_title(tr("files.autosaves"));
    text_dim(trf("files.autosaves_note", {std::to_string(kAutosavesKept)}));
    if (list.autosaves.empty()) text_dim(tr("files.none"));
    else if (std::string autosave = file_table("autosaves", list.autosaves, ui, "files.load", "files.column.game_date");
             !autosave.empty())
        clicked = autosave;
    ImGui::EndChild();
    if (std::string typed = typed_path_row(list, "files.load"); !typed.empty()) clicked = typed;
    if (!clicked.empty()) ui.request_load_path = clicked;
    if (ImGui::Button(label_id(tr("common.close"), "close").c_str())) ImGui::CloseCurrentPopup();
    // The app closes the dialog once a load succeeded.
    if (ui.request_close_dialogs) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_replay_dialog(UiState& ui) {
    FileList& list = ui.replay_list;
    if (ui.open_replay_dialog && !ui.request_close_dialogs) {
        ui.open_replay_dialog = false;
        list.refresh = true;
        list.error.clear();
        ImGui::OpenPopup(kReplayPopup);
    }
    if (list.refresh && ImGui::IsPopupOpen(kReplayPopup)) {
        list.refresh = false;
        list.files = list_saved_files(replays_dir(), ".replay");
    }
    place_dialog();
    const std::string title = std::string(tr("files.replay_title")) + kReplayPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    text_wrapped(tr("files.replay_intro"));
    if (!list.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().bad);
        text_wrapped(trf("files.replay_failed", {error_text(list.error)}));
        ImGui::PopStyleColor();
    }
    const float footer = ImGui::GetFrameHeightWithSpacing() * 3.6f;
    ImGui::BeginChild("lists", ImVec2(0, -footer), false);
    section_title(tr("files.replays"));
    text_dim_path(replays_dir());
    std::string clicked;
    if (list.files.empty()) text_dim(tr("files.none"));
    else clicked = file_table("replays", list.files, ui, "files.watch", "files.column.reached");
    ImGui::EndChild();
    if (std::string typed = typed_path_row(list, "files.watch"); !typed.empty()) clicked = typed;
    if (!clicked.empty()) ui.request_replay_path = clicked;
    if (ImGui::Button(label_id(tr("common.close"), "close").c_str())) ImGui::CloseCurrentPopup();
    if (ui.request_close_dialogs) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace keystone::client
