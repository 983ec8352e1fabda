// Content texts and locale files; see content_locale.h.
#include "script/content_locale.h"

#include <fstream>
#include <initializer_list>

#include <nlohmann/json.hpp>

namespace keystone {

namespace {
struct Field {
    const char* name;
    const std::string* english;
};

// Adds "<prefix><field>" for each non-empty field.
void add(std::vector<LocalizableText>* out, const std::string& prefix, const std::string& file,
         std::initializer_list<Field> fields) {
    for (const Field& field : fields)
        if (!field.english->empty()) out->push_back({prefix + field.name, *field.english, file});
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
    for (const PolicyDef& p : content.policies)
        add(&out, "policy." + p.id + ".", p.source.file,
            {{"name", &p.name}, {"description", &p.description}, {"mechanism", &p.mechanism}, {"concept", &p.concept_name}});
    for (const EventDef& e : content.events) {
        const std::string key = "event." + e.id + ".";
        add(&out, key, e.source.file, {{"title", &e.title}, {"text", &e.text}, {"concept", &e.concept_name}});
        for (const EventChoiceDef& c : e.choices)
            add(&out, key + "choice." + c.id + ".", e.source.file, {{"label", &c.label}, {"text", &c.text}});
    }
    for (const ScenarioDef& s : content.scenarios) {
        const std::string key = "scenario." + s.id + ".";
        add(&out, key, s.source.file,
            {{"name", &s.name}, {"description", &s.description}, {"teaching_note", &s.teaching_note}, {"scoring", &s.scoring}});
        for (size_t g = 0; g < s.goals.size(); ++g)
            add(&out, key + "goal.", s.source.file, {{std::to_string(g + 1).c_str(), &s.goals[g].text}});
    }
    for (const StrategyDef& s : content.strategies)
        add(&out, "strategy." + s.id + ".", s.source.file, {{"name", &s.name}, {"description", &s.description}});
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
