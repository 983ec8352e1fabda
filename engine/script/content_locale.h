// Localization of Lua content: which texts of the loaded content a person reads, under the keys
// that translations use ("policy.<id>.name", "event.<id>.choice.<choice>.label",
// "scenario.<id>.goal.<n>", ...), and the per-locale string files that hold them: locale/<lang>.json
// next to the content (scripts/locale/zh-CN.json, my_mod/locale/zh-CN.json). English stays in the
// Lua files. Nothing here reaches the simulation: the language never changes a game.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "script/script_host.h"

namespace keystone {

struct LocalizableText {
    std::string key;       // "policy.rent_subsidy.description"
    std::string english;   // the text in the Lua file
    std::string file;      // the Lua file it comes from
};

// Every non-empty text of the content, in content order (deterministic).
std::vector<LocalizableText> localizable_texts(const LoadedContent& content);
// The languages content is translated into besides English (the shipped scripts carry them all).
const std::vector<std::string>& content_languages();
// Reads a locale file (nested objects are flattened with dots). false with a message naming the
// file when it is missing or not a JSON object of strings.
bool load_locale_file(const std::string& path, std::map<std::string, std::string>* texts, std::string* error);

}  // namespace keystone
