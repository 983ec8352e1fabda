// Sentences the engine says to a person (a refused command, a mod-loading line, a timeline entry)
// as a key and arguments, so the client can show them in the player's language while the engine
// stays language-free. The engine's English for each key lives in one catalogue (message.cpp):
// the CLI, run.json and the timeline's saved text use it; the client looks the same key up in its
// string table (assets/i18n/<language>.json) and formats each argument in that language.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sim/levers.h"
#include "sim/types.h"

namespace keystone {

struct World;
struct PolicyDef;
struct EventDef;
struct EventChoiceDef;

// A message is a small tree. A leaf is a piece of text: shown as written (Text: an id, a number,
// a Lua error, a file path), or a name the client translates by key (Term: a string-table key such
// as "role.operator"; Content: a content-translation key such as "policy.<id>.name"), with the
// English in `text`. A Sentence is a catalogue key whose {0}, {1} ... are filled with `args`.
struct Message {
    enum class Kind : uint8_t { Sentence, Text, Term, Content };
    Kind kind = Kind::Sentence;
    std::string key;             // Sentence: catalogue key; Term/Content: translation key
    std::string text;            // Text: the text; Term/Content: the English name
    std::vector<Message> args;   // Sentence only

    bool empty() const { return kind == Kind::Sentence && key.empty(); }
};

// A sentence from the catalogue; asserts in debug builds that the key exists.
Message sentence(const char* key, std::vector<Message> args = {});
Message text_arg(std::string text);
Message term_arg(std::string key, std::string english);
Message content_arg(std::string key, std::string english);
// Names of the engine's own kinds, as terms the client translates.
Message role_arg(Role role);                     // "role.operator", English "operator"
Message role_arg(const std::string& role_name);  // the same from "operator" or "government"
Message stage_arg(Stage stage);                  // "stage.cluster", English its title
Message lever_arg(Lever lever);                  // "lever.forums", English its name
// Names of content, translated by the content's locale files (docs/modding.md).
Message policy_name_arg(const PolicyDef& policy);
Message policy_id_arg(const std::string& id);    // English shows the id (for modders), a translation the name
Message event_title_arg(const EventDef& event);
Message choice_label_arg(const EventDef& event, const EventChoiceDef& choice);

// The English text of a message (what the CLI prints and the timeline saves).
std::string english(const Message& message);
// The catalogue: each key with its English pattern. nullptr for an unknown key.
const char* english_pattern(const std::string& key);
const std::vector<std::pair<const char*, const char*>>& message_catalogue();
// Replaces "{0}", "{1}" ... in pattern by the arguments; a placeholder without one becomes "".
std::string fill_placeholders(const std::string& pattern, const std::vector<std::string>& arguments);

// Adds a timeline entry whose text is the message's English, keeping the message for the client.
void add_log_message(World& world, const std::string& kind, Message message);

}  // namespace keystone
