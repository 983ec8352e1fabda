// Engine messages in the chosen language; see message_text.h.
#include "core/message_text.h"

#include "core/error_text.h"
#include "core/strings.h"

namespace keystone::client {

std::string message_text(const Message& message) {
    switch (message.kind) {
        case Message::Kind::Text: return message.text;
        case Message::Kind::Term: return tr_or(message.key, message.text);
        case Message::Kind::Content: return content_text(message.key, message.text);
        case Message::Kind::Sentence: break;
    }
    if (message.key.empty()) return "";
    std::vector<std::string> arguments;
    for (const Message& arg : message.args) arguments.push_back(message_text(arg));
    // A failed script's notice quotes the engine's English error: shown in the language too.
    if (message.key == "log.text.script_disabled" && !arguments.empty()) arguments[0] = error_text(arguments[0]);
    return fill_placeholders(tr(message.key.c_str()), arguments);
}

bool mod_line_skipped(const Message& line) {
    return line.key.rfind("engine.mods.skipped", 0) == 0 || line.key == "engine.mods.duplicate_id" || line.key == "engine.mods.circular";
}

void add_engine_messages(StringTable& table) {
    for (const auto& [key, pattern] : message_catalogue())
        if (!table.find(key)) table.set(key, pattern);
}

}  // namespace keystone::client
