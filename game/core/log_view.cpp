// Folding repeated timeline lines (see log_view.h).
#include "core/log_view.h"

#include "core/strings.h"

namespace keystone::client {

std::vector<LogRow> fold_log_rows(const std::vector<LogEntry>& log, const std::vector<size_t>& visible) {
    std::vector<LogRow> rows;
    for (size_t index : visible) {
        if (!rows.empty()) {
            const LogEntry& previous = log[rows.back().oldest];
            if (previous.kind == log[index].kind && previous.text == log[index].text) {
                rows.back().oldest = index;
                rows.back().count += 1;
                continue;
            }
        }
        rows.push_back({index, index, 1});
    }
    return rows;
}

}  // namespace keystone::client

namespace keystone::client {

std::string organizer_display_name(const std::string& name) {
    // The engine names an organizer that arrives by chance "organizer N" (a state string, part of
    // the hash); players read it in words.
    const std::string prefix = "organizer ";
    if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size()) return name;
    const std::string number = name.substr(prefix.size());
    for (char ch : number) if (ch < '0' || ch > '9') return name;
    return trf("organizer.independent", {number});
}

std::string readable_log_text(const std::string& raw, const std::vector<StrategyDef>& strategies) {
    // "...joined the park: organizer 3" in either language: the name after the last colon.
    std::string text = raw;
    for (const std::string& colon : {std::string(": "), std::string("：")}) {
        const size_t at = text.rfind(colon);
        if (at == std::string::npos) continue;
        const std::string name = text.substr(at + colon.size());
        const std::string shown = organizer_display_name(name);
        if (shown != name) { text = text.substr(0, at + colon.size()) + shown; break; }
    }
    const size_t open = text.rfind(" (");
    if (open == std::string::npos || text.empty() || text.back() != ')') return text;
    const std::string tag = text.substr(open + 2, text.size() - open - 3);
    std::string words;
    if (tag == "player") {
        words = tr("log.by_player");
    } else if (tag.rfind("ai:", 0) == 0) {
        std::string name = tag.substr(3);
        for (const StrategyDef& strategy : strategies)
            if (strategy.id == name && !strategy.name.empty()) name = strategy.name;
        words = trf("log.by_ai", {name});
    } else if (tag == "default, unanswered") {
        words = tr("log.by_default");
    } else {
        return text;
    }
    return text.substr(0, open) + " (" + words + ")";
}

}  // namespace keystone::client
