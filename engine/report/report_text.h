// The report's words in one language. English is written in the report's code and never looked
// up, so the English page keeps its bytes; another language reads the client's string tables
// (assets/i18n/<language>.json, keys "report.*" plus stage, role, lever and condition names) and
// the content translations (scripts/locale/<language>.json), each text falling back to the English.
// Plain JSON files through engine/script's locale reader: no SDL, ImGui or Lua here.
#pragma once
#include <initializer_list>
#include <map>
#include <string>

#include "sim/message.h"

namespace keystone::report {

class ReportText {
public:
    ReportText() = default;   // English

    const std::string& language() const { return language_; }
    bool is_english() const { return language_ == "en"; }
    // The text for key in this language, else `english`. Records the key and its English (used()).
    std::string operator()(const std::string& key, const std::string& english) const;
    // The pattern for key (else english_pattern) with "{0}", "{1}" ... replaced by the arguments.
    std::string format(const std::string& key, const std::string& english_pattern, std::initializer_list<std::string> arguments) const;
    // An engine message (sim/message.h) in this language: each sentence, term and content name by
    // its key, text arguments as written.
    std::string message(const Message& message) const;
    // Every key looked up so far with the English the code gave for it (tests check both tables).
    const std::map<std::string, std::string>& used() const { return used_; }

    // "en", or a language whose string table exists: assets_dir/i18n/<language>.json, then the
    // content translations scripts_dir/locale/<language>.json when present (content stays English
    // where absent). "" on success; else a message naming the file.
    std::string load(const std::string& language, const std::string& assets_dir, const std::string& scripts_dir);

private:
    std::string language_ = "en";
    std::map<std::string, std::string> texts_;
    mutable std::map<std::string, std::string> used_;
};

// The languages a report can be written in.
bool is_report_language(const std::string& language);
// The language LANG asks for: "zh-CN" for a Chinese locale (zh_CN.UTF-8, zh_SG, zh), else "en".
// The CLI's summary and report share it.
std::string language_of_locale(const char* locale);

}  // namespace keystone::report
