// Start screen: choose a scenario, the role(s) played here, the seed (shown and editable so a
// class can share it) and the AI strategy for the role nobody plays. A preview session is loaded
// for the selected scenario so that its description, strategies and load errors show at once.
#include <algorithm>
#include <random>

#include "core/error_text.h"
#include "core/message_text.h"
#include "core/files.h"
#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "widgets.h"

namespace keystone::client {

namespace {
void refresh_preview(StartChoices& choices, const SessionConfig& content) {
    if (choices.scenarios.empty()) return;
    const std::string& id = choices.scenarios[size_t(choices.selected)];
    if (choices.preview_scenario == id) return;
    choices.preview_scenario = id;
    choices.preview.reset();
    choices.preview_error.clear();
    choices.strategy.clear();
    SessionConfig config = content;
    config.scenario_id = id;
    config.seed = choices.seed;
    std::string error;
    choices.preview = Session::create(config, &error);
    if (!choices.preview) choices.preview_error = error.empty() ? std::string(tr("start.unknown_error")) : error;
    if (choices.preview && !choices.preview->scenario().name.empty()) choices.names[id] = choices.preview->scenario().name;
    if (choices.preview && choices.setup_scenario != id) {
        choices.setup = adjustments_from(choices.preview->scenario());
        choices.setup_scenario = id;
    }
}

Role ai_role(int role_choice) { return role_choice == 0 ? Role::Government : Role::Operator; }

// The sandbox's set-up: region traits and starting counts, applied when the game starts.
void draw_setup(StartChoices& choices) {
    section_title(tr("setup.title"));
    text_dim_wrapped(tr("setup.note"));
    const float font = ImGui::GetFontSize();
    const int pairs = ImGui::GetContentRegionAvail().x > font * 36.0f ? 2 : 1;
    auto row_cell = [&](const std::string& label, const std::string& tooltip) {
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label.c_str());
        hover_tooltip(tooltip);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1.0f);
    };
    if (ImGui::BeginTable("traits", pairs * 2, ImGuiTableFlags_SizingStretchProp)) {
        for (int p = 0; p < pairs; ++p) {
            ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        }
        for (const RegionTrait& trait : region_traits()) {
            const std::string key = std::string("setup.trait.") + trait.id;
            row_cell(tr_or(key, humanize(trait.id)), tr_or(std::string("setup.trait_tip.") + trait.id, ""));
            const double low = 0.0, high = 1.0;
            ImGui::SliderScalar((std::string("##") + trait.id).c_str(), ImGuiDataType_Double,
                                &(choices.setup.region.*trait.member), &low, &high, "%.2f");
            hover_tooltip(tr_or(std::string("setup.trait_tip.") + trait.id, ""));
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    text_dim_wrapped(tr("setup.counts"));
    if (ImGui::BeginTable("counts", pairs * 2, ImGuiTableFlags_SizingStretchProp)) {
        for (int p = 0; p < pairs; ++p) {
            ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        }
        for (const StartingCount& count : starting_counts()) {
            row_cell(tr_or(std::string("setup.count.") + count.id, humanize(count.id)), "");
            ImGui::SliderInt((std::string("##") + count.id).c_str(), &(choices.setup.*count.member), count.minimum,
                             count.maximum);
        }
        ImGui::EndTable();
    }
    if (choices.preview && ImGui::Button(label_id(tr("setup.reset"), "reset_setup").c_str()))
        choices.setup = adjustments_from(choices.preview->scenario());
}

// Mods found in the mods folder: loaded, skipped (and why), replaced definitions.
void draw_mods(const StartChoices& choices) {
    ImGui::Spacing();
    text_dim(tr("start.mods"));
    hover_tooltip(trf("start.mods_tooltip", {choices.mods_dir}));
    const std::vector<Message> empty;
    const std::vector<Message>& report = choices.preview ? choices.preview->mod_messages() : empty;
    if (report.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().text_dim);
        text_wrapped(trf("start.no_mods", {choices.mods_dir}));
        ImGui::PopStyleColor();
        return;
    }
    for (const Message& line : report) {
        const bool replaces = line.key == "engine.mods.replaces";
        ImGui::PushStyleColor(ImGuiCol_Text, mod_line_skipped(line) ? theme().bad : (replaces ? theme().warning : theme().good));
        text_wrapped(message_text(line));
        ImGui::PopStyleColor();
    }
}
}  // namespace

void draw_start_screen(StartChoices& choices, UiState& ui, const SessionConfig& content) {
    const std::string& scripts_dir = content.scripts_dir;
    if (choices.scenarios.empty()) choices.scenarios = list_scenarios_with_mods(scripts_dir, content.mods_dir);
    // Scenarios from mods have no name yet (the shipped ones were named at start-up): read each
    // once, so the list shows names, not ids.
    for (const std::string& id : choices.scenarios) {
        if (choices.names.count(id) || !choices.names_tried.insert(id).second) continue;
        SessionConfig config = content;
        config.scenario_id = id;
        std::string error;
        if (auto session = Session::create(config, &error); session && !session->scenario().name.empty())
            choices.names[id] = session->scenario().name;
    }
    choices.mods_dir = content.mods_dir;
    choices.selected = std::clamp(choices.selected, 0, std::max(0, int(choices.scenarios.size()) - 1));
    refresh_preview(choices, content);

    ImGui::SetWindowFontScale(1.6f);
    text_coloured(theme().accent, tr("app.title"));
    ImGui::SetWindowFontScale(1.0f);
    text_dim_wrapped(tr("app.subtitle"));
    // The language, offered on the start screen (prominently on first launch, defaulting from
    // LANG); each language is named in itself so a player can find their own.
    if (choices.offer_language) text_coloured(theme().accent, tr("start.language_prompt"));
    else text_dim(tr("start.language"));
    for (const std::string& language : supported_languages()) {
        if (language == "pseudo") continue;   // a layout check, offered only in Settings
        ImGui::SameLine();
        const bool current = language == current_language();
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
        if (ImGui::Button((std::string(language_name(language)) + "##language_" + language).c_str())) {
            ui.language_request = language;
            choices.offer_language = false;
        }
        if (current) ImGui::PopStyleColor();
    }
    ImGui::Separator();

    if (choices.scenarios.empty()) {
        text_coloured(theme().bad, trf("start.no_scenarios", {scripts_dir + "/scenarios"}));
        return;
    }

    // --- scenario list and details -----------------------------------------------------------------
    const float list_width = std::max(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x * 0.28f);
    // Room below for the role, seed, AI and two rows of buttons (the class buttons wrap when long).
    const float upper_height = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 8.0f;
    ImGui::BeginChild("scenarios", ImVec2(list_width, std::max(upper_height, ImGui::GetFontSize() * 6.0f)), true);
    text_dim(tr("start.scenario"));
    for (size_t i = 0; i < choices.scenarios.size(); ++i) {
        ImGui::PushID(int(i));
        const auto name = choices.names.find(choices.scenarios[i]);
        const std::string label = scenario_name_text(choices.scenarios[i], name != choices.names.end() ? name->second : "");
        // Names are sentences ("Locked-in park: the pharmaceutical base"): they wrap, never cut.
        const float wrap = ImGui::GetContentRegionAvail().x;
        const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##scenario", int(i) == choices.selected, 0, ImVec2(0.0f, size.y))) choices.selected = int(i);
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, to_u32(theme().text),
                                            label.c_str(), nullptr, wrap);
        hover_tooltip(choices.scenarios[i]);
        ImGui::PopID();
    }
    draw_mods(choices);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("details", ImVec2(0, std::max(upper_height, ImGui::GetFontSize() * 6.0f)), true);
    if (choices.preview) {
        const ScenarioDef& scenario = choices.preview->scenario();
        text_coloured(theme().accent, scenario_name_text(scenario));
        text_dim_wrapped(trf("start.calendar", {choices.preview->date_string(0), std::to_string(scenario.years)}));
        ImGui::Spacing();
        text_wrapped(scenario_text(scenario.id, "description", scenario.description));
        if (scenario_is_adjustable(scenario.id)) draw_setup(choices);
        // The note gives the lesson away: it stays folded unless the teacher opens it.
        if (!scenario.teaching_note.empty()) {
            ImGui::Spacing();
            if (ImGui::TreeNodeEx("teacher", ImGuiTreeNodeFlags_None, "%s", tr("start.for_the_teacher"))) {
                text_wrapped(scenario_text(scenario.id, "teaching_note", scenario.teaching_note));
                ImGui::TreePop();
            }
        }
        if (!choices.preview->script_errors().empty()) {
            ImGui::Spacing();
            for (const ScriptError& error : choices.preview->script_errors())
                text_coloured(theme().bad, error.file + ":" + std::to_string(error.line) + ": " + error_text(error.message));
        }
    } else {
        text_coloured(theme().bad, tr("start.load_failed"));
        text_wrapped(error_text(choices.preview_error));
    }
    ImGui::EndChild();

    // --- role, seed, AI ---------------------------------------------------------------------------
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("start.role"));
    const char* role_keys[] = {"start.role_operator", "start.role_government", "start.role_both"};
    for (int r = 0; r < 3; ++r) {
        if (r == 0) ImGui::SameLine();
        else same_line_if_fits(radio_button_width(tr(role_keys[r])), ImGui::GetStyle().ItemSpacing.x);
        ImGui::PushID(r);
        if (ImGui::RadioButton(tr(role_keys[r]), choices.role_choice == r)) {
            if (choices.role_choice != r) choices.strategy.clear();
            choices.role_choice = r;
        }
        ImGui::PopID();
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("start.seed"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &choices.seed);
    hover_tooltip(tr("start.seed_tooltip"));
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("start.new_seed"), "new_seed").c_str())) {
        // Only the seed's choice is random; the game itself draws from the seeded engine stream.
        std::random_device device;
        choices.seed = (uint64_t(device()) << 20 ^ device()) % 1000000ull;
    }

    if (choices.role_choice != 2) {
        const Role role = ai_role(choices.role_choice);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(trf("start.ai_for", {tr_or(std::string("role.") + role_name(role), role_name(role))}).c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
        std::string current = choices.strategy.empty() ? std::string(tr("start.scenario_default")) : choices.strategy;
        if (choices.preview) {
            for (const StrategyDef& strategy : choices.preview->strategies())
                if (strategy.id == choices.strategy) current = strategy_name_text(strategy);
        }
        if (ImGui::BeginCombo("##strategy", current.c_str())) {
            if (ImGui::Selectable(tr("start.scenario_default"), choices.strategy.empty())) choices.strategy.clear();
            if (choices.preview) {
                const auto& strategies = choices.preview->strategies();
                for (size_t s = 0; s < strategies.size(); ++s) {
                    const StrategyDef& strategy = strategies[s];
                    if (!strategy.roles.empty() &&
                        std::find(strategy.roles.begin(), strategy.roles.end(), role) == strategy.roles.end())
                        continue;
                    ImGui::PushID(int(s));
                    if (ImGui::Selectable(strategy_name_text(strategy).c_str(),
                                          strategy.id == choices.strategy))
                        choices.strategy = strategy.id;
                    if (!strategy.description.empty()) hover_tooltip(strategy_text(strategy, "description", strategy.description));
                    ImGui::PopID();
                }
            }
            ImGui::EndCombo();
        }
    } else {
        text_dim_wrapped(tr("start.both_note"));
    }

    ImGui::Spacing();
    ImGui::BeginDisabled(!choices.preview);
    ImGui::PushStyleColor(ImGuiCol_Button, theme().accent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.05f, 0.05f, 0.05f, 1.0f));
    if (ImGui::Button(label_id(tr("start.start"), "start").c_str(), ImVec2(ImGui::GetFontSize() * 10.0f, ImGui::GetFrameHeight() * 1.4f)))
        choices.start_requested = true;
    ImGui::PopStyleColor(2);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    if (ImGui::Button(label_id(tr("start.load"), "load").c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        ui.open_load_dialog = true;
    ImGui::SameLine();
    if (ImGui::Button(label_id(tr("start.replay"), "replay").c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f)))
        ui.open_replay_dialog = true;
    // A class session: the facilitator hosts, each team joins from its own laptop.
    const std::string host_label = label_id(tr("start.host_class"), "host_class");
    same_line_if_fits(button_width(host_label), ImGui::GetFontSize() * 2.0f);
    if (ImGui::Button(host_label.c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f))) ui.request_host_class = true;
    hover_tooltip(tr("start.host_class_tooltip"));
    const std::string join_label = label_id(tr("start.join_class"), "join_class");
    same_line_if_fits(button_width(join_label), ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::Button(join_label.c_str(), ImVec2(0.0f, ImGui::GetFrameHeight() * 1.4f))) ui.request_join_class = true;
    hover_tooltip(tr("start.join_class_tooltip"));
}

}  // namespace keystone::client
