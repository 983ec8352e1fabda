// Timeline sentences in the chosen language; see log_text.h. The patterns mirror the add_log
// calls in engine/sim/rules_*.cpp; a test keeps them in step.
#include "core/log_text.h"

#include "core/message_text.h"
#include "core/strings.h"

namespace keystone::client {

namespace {
bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

std::string stage_text(const std::string& english_title) {
    for (int s = 0; s < kStageCount; ++s)
        if (english_title == stage_title(Stage(s))) return tr_or(std::string("stage.") + stage_name(Stage(s)), english_title);
    return english_title;
}

// The sentences engine/sim/rules_*.cpp write with add_log.
std::string rules_sentence_text(const std::string& text) {
    if (starts_with(text, "Stage changed: ")) {
        const std::string rest = text.substr(15);
        const size_t arrow = rest.find(" -> ");
        if (arrow != std::string::npos)
            return trf("log.text.stage_changed", {stage_text(rest.substr(0, arrow)), stage_text(rest.substr(arrow + 4))});
    }
    if (starts_with(text, "An innovation organizer joined the park: ")) return trf("log.text.organizer_joined", {text.substr(41)});
    if (text == "A cluster-promotion organization was founded") return tr("log.text.promotion_org_founded");
    if (starts_with(text, "A large tenant left the park (")) {
        const std::string reason = text.substr(30, text.size() - 31);
        return trf("log.text.large_tenant_left", {tr_or("log.reason." + std::string(reason == "attrition" ? "attrition" : "relocated"), reason)});
    }
    return text;
}
}  // namespace

std::string localized_log_text(const LogEntry& entry) {
    if (current_language() == "en") return entry.text;
    if (!entry.message.empty()) return message_text(entry.message);
    return rules_sentence_text(entry.text);
}

}  // namespace keystone::client
