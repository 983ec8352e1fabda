// "What moved this?" popup: a click on a chart point asks the engine (what_moved, causal_trace.h)
// which rules compute the measure, which levers those rules read and every addend the model summed
// into each lever that month, plus the decisions that took effect. It shows the model's own
// contributions and says so; it never estimates how much each one moved the measure.
#include "core/content_text.h"
#include "core/strings.h"
#include "panels/panels.h"
#include "report/report_svg.h"
#include "session/causal_trace.h"
#include "theme.h"
#include "widgets.h"

namespace keystone::client {

namespace {
std::string signed_value(double value) { return report::format_number(value, "%+.3g"); }

// "policy:ID", "event:ID/CHOICE", "dial:ROLE" or a script id, as a player reads it.
std::string source_label(const Session& session, const std::string& source) {
    const size_t colon = source.find(':');
    const std::string kind = source.substr(0, colon), rest = colon == std::string::npos ? "" : source.substr(colon + 1);
    if (kind == "policy") return trf("what_moved.source.policy", {policy_name_by_id(session, rest)});
    if (kind == "dial") {
        Role role = Role::Operator;
        return role_from_name(rest, &role) ? trf("what_moved.source.dial", {tr_or(std::string("role.") + rest, humanize(rest))}) : source;
    }
    if (kind == "event") {
        const size_t slash = rest.find('/');
        return trf("what_moved.source.event", {humanize(rest.substr(0, slash)), slash == std::string::npos ? "" : rest.substr(slash + 1)});
    }
    return source;
}

std::string decision_label(const Session& session, const Command& c) {
    const std::string role = tr_or(std::string("role.") + role_name(c.role), humanize(role_name(c.role)));
    switch (c.type) {
        case CommandType::EnactPolicy: return trf("what_moved.decision.enact", {role, policy_name_by_id(session, c.policy_id)});
        case CommandType::RepealPolicy: return trf("what_moved.decision.repeal", {role, policy_name_by_id(session, c.policy_id)});
        case CommandType::AnswerEvent: return trf("what_moved.decision.answer", {role, c.choice_id});
        case CommandType::SetLever: return trf("what_moved.decision.dial", {role, lever_label(c.lever), format_number(c.value)});
    }
    return command_type_name(c.type);
}
}  // namespace

void draw_what_moved_popup(const Session& session, UiState& ui) {
    if (ui.what_moved.open_requested) {
        ImGui::OpenPopup("###what_moved");
        ui.what_moved.open_requested = false;
    }
    const float font = ImGui::GetFontSize();
    ImGui::SetNextWindowSizeConstraints(ImVec2(font * 18.0f, 0.0f), ImVec2(font * 34.0f, ImGui::GetIO().DisplaySize.y * 0.8f));
    const std::string title = trf("what_moved.title", {ui.what_moved.label, session.date_string(ui.what_moved.tick)}) + "###what_moved";
    if (!ImGui::BeginPopup("###what_moved", ImGuiWindowFlags_AlwaysAutoResize)) {
        ui.what_moved.shown = false;   // closed by a click outside or Close
        return;
    }
    if (!ui.what_moved.shown) {   // the point was cleared: close
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const MetricCauses causes = what_moved(session.history(), session.command_log(), ui.what_moved.metric, ui.what_moved.tick);
    text_coloured(theme().accent, title.substr(0, title.find("###")));
    ImGui::PushTextWrapPos(font * 32.0f);
    if (!causes.found) {
        text_dim(tr("what_moved.no_month"));
    } else {
        if (causes.measured) text_wrapped(trf("what_moved.value", {format_number(causes.value), signed_value(causes.change)}));
        if (causes.declared) {
            std::string rules;
            for (Rule rule : causes.rules) rules += (rules.empty() ? "" : ", ") + tr_or(std::string("rule.") + rule_id(rule), humanize(rule_id(rule)));
            text_wrapped(trf("what_moved.rules", {rules}));
            text_dim_wrapped(tr("what_moved.levers"));
        } else {
            text_dim_wrapped(tr(causes.measured ? "what_moved.undeclared" : "what_moved.not_a_measure"));
        }
        ImGui::Separator();
        // Levers with addends, each with its sources; the ones left at the baseline in one line.
        std::string at_baseline;
        for (const LeverAddends& lever : causes.levers) {
            if (lever.addends.empty()) {
                at_baseline += (at_baseline.empty() ? "" : ", ") + lever_label(lever.lever);
                continue;
            }
            ImGui::PushID(int(lever.lever));
            ImGui::TextUnformatted((lever_label(lever.lever) + ": " + signed_value(lever.total)).c_str());
            ImGui::Indent();
            for (const LeverContribution& addend : lever.addends) text_dim(source_label(session, addend.source) + "  " + signed_value(addend.delta));
            ImGui::Unindent();
            ImGui::PopID();
        }
        if (causes.levers.empty()) text_dim(tr("what_moved.no_levers"));
        if (!at_baseline.empty()) text_dim_wrapped(trf("what_moved.at_baseline", {at_baseline}));
        ImGui::Separator();
        if (causes.decisions.empty()) {
            text_dim(tr("what_moved.no_decisions"));
        } else {
            ImGui::TextUnformatted(tr("what_moved.decisions"));
            for (const Command& c : causes.decisions) text_wrapped("- " + decision_label(session, c));
        }
        text_dim_wrapped(tr("what_moved.honest"));
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(label_id(tr("common.close"), "close").c_str())) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace keystone::client
