// The report's string lookup (see report_text.h): one flat table per language, English in the code.
#include "report/report_text.h"

#include <filesystem>

#include "script/content_locale.h"
#include "sim/message.h"

namespace keystone::report {

std::string ReportText::operator()(const std::string& key, const std::string& english) const {
    used_.emplace(key, english);
    if (is_english()) return english;
    auto it = texts_.find(key);
    return it != texts_.end() && !it->second.empty() ? it->second : english;
}

std::string ReportText::format(const std::string& key, const std::string& english_pattern, std::initializer_list<std::string> arguments) const {
    return fill_placeholders((*this)(key, english_pattern), arguments);
}

std::string ReportText::message(const Message& message) const {
    if (message.kind == Message::Kind::Text) return message.text;
    if (message.kind != Message::Kind::Sentence) return (*this)(message.key, message.text);
    std::vector<std::string> arguments;
    for (const Message& argument : message.args) arguments.push_back(this->message(argument));
    const char* pattern = english_pattern(message.key);
    return fill_placeholders((*this)(message.key, pattern ? pattern : message.key), arguments);
}

std::string ReportText::load(const std::string& language, const std::string& assets_dir, const std::string& scripts_dir) {
    language_ = "en";
    texts_.clear();
    if (!is_report_language(language)) return "unknown report language '" + language + "' (en or zh-CN)";
    if (language == "en") return "";
    std::string error;
    std::map<std::string, std::string> texts;
    if (!load_locale_file((std::filesystem::path(assets_dir) / "i18n" / (language + ".json")).string(), &texts, &error)) return error;
    const std::filesystem::path content = std::filesystem::path(scripts_dir) / "locale" / (language + ".json");
    std::error_code ec;
    if (std::filesystem::is_regular_file(content, ec) && !load_locale_file(content.string(), &texts, &error)) return error;
    language_ = language;
    texts_ = std::move(texts);
    return "";
}

bool is_report_language(const std::string& language) { return language == "en" || language == "zh-CN"; }

std::string language_of_locale(const char* locale) {
    return locale && std::string(locale).rfind("zh", 0) == 0 ? "zh-CN" : "en";
}

}  // namespace keystone::report
