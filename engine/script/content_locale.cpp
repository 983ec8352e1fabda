// Content texts and locale files; see content_locale.h.
#include "script/content_locale.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace keystone {

namespace {
void add(std::vector<LocalizableText>* out, const std::string& key, const std::string& english, const std::string& file) {
    if (!english.empty()) out->push_back({key, english, file});
}

bool flatten(const nlohmann::json& node, const std::string& prefix, std::map<std::string, std::string>* out,
             std::string* bad_key) {
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_object()) {
            if (!flatten(*it, key, out, bad_key)) return false;
        } else if (it->is_string()) {
            (*out)[key] = it->get<std::string>();
        } else if (key.rfind("_", 0) != 0) {  // "_comment" and the like may hold anything
            *bad_key = key;
            return false;
        }
    }
    return true;
}
}  // namespace

std::vector<LocalizableText> localizable_texts(const LoadedContent& content) {
    std::vector<LocalizableText> out;
    for (const PolicyDef& p : content.policies) {
        const std::string key = "policy." + p.id + ".";
        add(&out, key + "name", p.name, p.source.file);
        add(&out, key + "description", p.description, p.source.file);
        add(&out, key + "mechanism", p.mechanism, p.source.file);
        add(&out, key + "concept", p.concept_name, p.source.file);
    }
    for (const EventDef& e : content.events) {
        const std::string key = "event." + e.id + ".";
        add(&out, key + "title", e.title, e.source.file);
        add(&out, key + "text", e.text, e.source.file);
        add(&out, key + "concept", e.concept_name, e.source.file);
        for (const EventChoiceDef& c : e.choices) {
            add(&out, key + "choice." + c.id + ".label", c.label, e.source.file);
            add(&out, key + "choice." + c.id + ".text", c.text, e.source.file);
        }
    }
    for (const ScenarioDef& s : content.scenarios) {
        const std::string key = "scenario." + s.id + ".";
        add(&out, key + "name", s.name, s.source.file);
        add(&out, key + "description", s.description, s.source.file);
        add(&out, key + "teaching_note", s.teaching_note, s.source.file);
        add(&out, key + "scoring", s.scoring, s.source.file);
        for (size_t g = 0; g < s.goals.size(); ++g)
            add(&out, key + "goal." + std::to_string(g + 1), s.goals[g].text, s.source.file);
    }
    for (const StrategyDef& s : content.strategies) {
        const std::string key = "strategy." + s.id + ".";
        add(&out, key + "name", s.name, s.source.file);
        add(&out, key + "description", s.description, s.source.file);
    }
    return out;
}

const std::vector<std::string>& content_languages() {
    static const std::vector<std::string> languages = {"zh-CN"};
    return languages;
}

bool load_locale_file(const std::string& path, std::map<std::string, std::string>* texts, std::string* error) {
    std::ifstream in(path);
    if (!in) {
        if (error) *error = path + ": cannot open";
        return false;
    }
    const nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        if (error) *error = path + ": not a JSON object";
        return false;
    }
    std::string bad_key;
    if (!flatten(document, "", texts, &bad_key)) {
        if (error) *error = path + ": '" + bad_key + "' must be a string or an object of strings";
        return false;
    }
    return true;
}

}  // namespace keystone
