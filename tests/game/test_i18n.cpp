// Both languages everywhere a person reads: complete string tables, complete content and
// encyclopedia translations, the glossary's terms, a glyph for every Chinese character, and a
// language switch that leaves the simulation alone.
#include <catch2/catch.hpp>

#include <stb/stb_truetype.h>   // implementation in stb_truetype_impl.cpp

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/encyclopedia.h"
#include "core/error_text.h"
#include "core/glyphs.h"
#include "core/goals_view.h"
#include "core/log_text.h"
#include "core/message_text.h"
#include "core/settings.h"
#include "core/strings.h"
#include "report/report_html.h"
#include "report/report_input.h"
#include "report/report_text.h"
#include "script/content_locale.h"
#include "script/script_host.h"
#include "session/session.h"
#include "sim/rules.h"

using namespace keystone;
using namespace keystone::client;

namespace {
const std::string kSource = KEYSTONE_SOURCE_DIR;

std::map<std::string, std::string> table_of(const std::string& path) {
    std::map<std::string, std::string> texts;
    std::string error;
    INFO(error);
    REQUIRE(load_locale_file(path, &texts, &error));
    for (auto it = texts.begin(); it != texts.end();) it = it->first.rfind("_", 0) == 0 ? texts.erase(it) : std::next(it);
    return texts;
}

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> found;
    static const std::regex pattern(R"(\{\d\})");
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) found.insert(it->str());
    return found;
}

LoadedContent shipped_content() {
    ScriptHost host;
    LoadedContent content = host.load_content(kSource + "/scripts");
    REQUIRE(content.errors.empty());
    return content;
}

// Every zh-CN text the client can show: UI table, content translations, encyclopedia.
std::vector<std::string> all_chinese_texts() {
    std::vector<std::string> texts;
    for (const auto& [key, text] : table_of(kSource + "/assets/i18n/zh-CN.json")) texts.push_back(text);
    for (const auto& [key, text] : table_of(kSource + "/scripts/locale/zh-CN.json")) texts.push_back(text);
    Encyclopedia encyclopedia;
    std::string error;
    REQUIRE(encyclopedia.load(kSource + "/assets/text/encyclopedia.json", &error));
    REQUIRE(encyclopedia.apply_translation(kSource + "/assets/text/encyclopedia.zh-CN.json", &error));
    for (const auto& entry : encyclopedia.entries()) texts.push_back(entry.title + entry.text + entry.source);
    for (const std::string& language : supported_languages()) texts.push_back(language_name(language));
    return texts;
}

struct Font {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
    bool load(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        data.assign(std::istreambuf_iterator<char>(in), {});
        const int offset = stbtt_GetFontOffsetForIndex(data.data(), 0);
        return offset >= 0 && stbtt_InitFont(&info, data.data(), offset) != 0;
    }
    bool has(uint32_t codepoint) const { return stbtt_FindGlyphIndex(&info, int(codepoint)) != 0; }
};
}  // namespace

TEST_CASE("every key of the English string table exists in every other language, none empty, same placeholders",
          "[game][i18n]") {
    auto english = table_of(kSource + "/assets/i18n/en.json");
    REQUIRE(english.size() > 400);
    // The engine's sentences: English from its catalogue, which en.json must not contradict.
    for (const auto& [key, pattern] : message_catalogue()) {
        INFO("en.json redefines the engine's " << key);
        CHECK(english.count(key) == 0);
        english[key] = pattern;
    }
    for (const auto& file : std::filesystem::directory_iterator(kSource + "/assets/i18n")) {
        if (file.path().extension() != ".json") continue;
        const auto other = file.path().filename() == "en.json" ? english : table_of(file.path().string());
        for (const auto& [key, text] : english) {
            INFO(file.path().filename().string() << ": " << key);
            const auto it = other.find(key);
            REQUIRE(it != other.end());
            CHECK_FALSE(it->second.empty());
            CHECK(placeholders(it->second) == placeholders(text));
        }
        for (const auto& [key, text] : other) {
            INFO(file.path().filename().string() << " has a key English lacks: " << key);
            CHECK(english.count(key) == 1);
        }
    }
}

TEST_CASE("every shipped policy, event, scenario and strategy text has a Chinese translation", "[game][i18n]") {
    const LoadedContent content = shipped_content();
    const std::vector<LocalizableText> texts = localizable_texts(content);
    REQUIRE(texts.size() > 300);
    for (const std::string& language : content_languages()) {
        const auto translated = table_of(kSource + "/scripts/locale/" + language + ".json");
        std::set<std::string> keys;
        for (const LocalizableText& text : texts) {
            keys.insert(text.key);
            INFO(language << ": " << text.key << " (" << text.file << ")");
            const auto it = translated.find(text.key);
            REQUIRE(it != translated.end());
            CHECK_FALSE(it->second.empty());
            CHECK(it->second != text.english);
            CHECK(placeholders(it->second) == placeholders(text.english));
        }
        for (const auto& [key, text] : translated) {
            INFO(language << ": translation for content that does not exist: " << key);
            CHECK(keys.count(key) == 1);
        }
    }
}

TEST_CASE("every encyclopedia entry has a Chinese title and text", "[game][i18n]") {
    std::ifstream in(kSource + "/assets/text/encyclopedia.zh-CN.json");
    REQUIRE(in);
    const nlohmann::json translated = nlohmann::json::parse(in)["entries"];
    Encyclopedia english;
    std::string error;
    REQUIRE(english.load(kSource + "/assets/text/encyclopedia.json", &error));
    for (const auto& entry : english.entries()) {
        INFO(entry.id);
        REQUIRE(translated.contains(entry.id));
        CHECK_FALSE(translated[entry.id].value("title", "").empty());
        CHECK_FALSE(translated[entry.id].value("text", "").empty());
    }
    CHECK(translated.size() == english.entries().size());
}

TEST_CASE("the glossary's Chinese terms are the ones the string tables use for its keys", "[game][i18n]") {
    std::ifstream in(kSource + "/docs/glossary.md");
    REQUIRE(in);
    auto zh = table_of(kSource + "/assets/i18n/zh-CN.json");
    for (const auto& [key, text] : table_of(kSource + "/scripts/locale/zh-CN.json")) zh[key] = text;
    static const std::regex row(R"(^\| ([^|]+) \| ([^|]+) \| [^|]* \| ([^|]*) \|$)");
    static const std::regex key_pattern("`([^`]+)`");
    std::string line;
    int checked = 0;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, row) || m[1] == "English" || m[1].str().rfind("---", 0) == 0) continue;
        const std::string term = std::regex_replace(m[2].str(), std::regex(R"(^\s+|\s+$)"), "");
        const std::string keys = m[3].str();
        for (std::sregex_iterator it(keys.begin(), keys.end(), key_pattern), end; it != end; ++it) {
            const std::string key = (*it)[1];
            INFO("glossary term " << m[1] << " = " << term << ", key " << key);
            REQUIRE(zh.count(key) == 1);
            CHECK(zh[key].find(term) != std::string::npos);
            ++checked;
        }
    }
    CHECK(checked > 50);
}

TEST_CASE("every character of every Chinese text has a glyph in the font that the client loads for it", "[game][i18n][font]") {
    Font latin, cjk;
    REQUIRE(latin.load("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    INFO("the CJK font comes from Debian's fonts-wqy-microhei (tools/setup.sh)");
    REQUIRE(cjk.load("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    std::set<uint32_t> codepoints;
    for (const std::string& text : all_chinese_texts()) add_codepoints(text, &codepoints);
    REQUIRE(codepoints.size() > 1000);
    for (uint32_t c : codepoints) {
        if (c < 0x20) continue;   // line breaks
        INFO("U+" << std::hex << c);
        if (c < kFirstCjkFontCodepoint) {
            CHECK(latin.has(c));   // in the fixed ranges or added as a character in use
        } else {
            CHECK(c <= 0xFFFF);
            CHECK(cjk.has(c));
        }
    }
}

TEST_CASE("glyph ranges cover exactly the code points given, in pairs", "[game][i18n][font]") {
    const std::vector<uint16_t> ranges = glyph_ranges({0x4E00, 0x4E01, 0x4E03, 0x1F600});
    CHECK(ranges == std::vector<uint16_t>{0x4E00, 0x4E01, 0x4E03, 0x4E03, 0});
    std::set<uint32_t> decoded;
    add_codepoints("a\xE4\xB8\x80\xFF", &decoded);   // 'a', U+4E00, a stray byte
    CHECK(decoded == std::set<uint32_t>{'a', 0x4E00});
}

TEST_CASE("the pseudo-locale makes text about 40% longer and keeps placeholders", "[game][i18n]") {
    const std::string text = "Enact {0} now";
    const std::string pseudo = pseudo_localize(text);
    std::vector<uint32_t> characters;
    for (size_t i = 0; i < pseudo.size(); ++i)
        if ((static_cast<unsigned char>(pseudo[i]) & 0xC0) != 0x80) characters.push_back(0);
    CHECK(characters.size() >= text.size() * 13 / 10);
    CHECK(pseudo.find("{0}") != std::string::npos);
    CHECK(pseudo.find("Enact") == std::string::npos);
}

TEST_CASE("the language follows LANG until the player chooses one", "[game][i18n]") {
    CHECK(language_from_locale("zh_CN.UTF-8") == "zh-CN");
    CHECK(language_from_locale("zh_SG") == "zh-CN");
    CHECK(language_from_locale("en_GB.UTF-8") == "en");
    CHECK(language_from_locale(nullptr) == "en");
    CHECK(language_from_locale("C") == "en");
}

TEST_CASE("switching language mid-game changes no simulation state", "[game][i18n][determinism]") {
    SessionConfig config;
    config.scripts_dir = kSource + "/scripts";
    config.seed = 7;
    std::string error;
    auto plain = Session::create(config, &error);
    auto switched = Session::create(config, &error);
    REQUIRE(plain);
    REQUIRE(switched);
    const std::string assets = kSource + "/assets";
    REQUIRE(load_language(assets, "en", &error));
    for (int month = 0; month < 36; ++month) {
        plain->step();
        switched->step();
        if (month % 12 == 5) {
            // What the client does on a switch: tables and content translations reloaded, then every
            // text that reads the session drawn again.
            const std::string language = month % 24 == 5 ? "zh-CN" : "pseudo";
            REQUIRE(load_language(assets, language, &error));
            load_content_language({config.scripts_dir});
            CHECK(current_language() == language);
            CHECK_FALSE(goal_rows(*switched).empty());
        }
        REQUIRE(plain->hash() == switched->hash());
    }
    REQUIRE(load_language(assets, "en", &error));
    load_content_language({config.scripts_dir});
}

TEST_CASE("every timeline sentence the engine writes is shown in Chinese", "[game][i18n]") {
    SessionConfig config;
    config.scripts_dir = kSource + "/scripts";
    std::string error;
    std::set<std::string> untranslated;
    for (const char* scenario : {"bio_island", "second_tier_city", "locked_in_park"}) {
        config.scenario_id = scenario;
        config.seed = 11;
        auto session = Session::create(config, &error);
        REQUIRE(session);
        for (int month = 0; month < 120; ++month) session->step();
        REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
        load_content_language({config.scripts_dir});
        for (const LogEntry& entry : session->world().log)
            if (entry.kind != "script" && localized_log_text(entry) == entry.text) untranslated.insert(entry.text);
        REQUIRE(load_language(kSource + "/assets", "en", &error));
        load_content_language({config.scripts_dir});
        for (const LogEntry& entry : session->world().log) CHECK(localized_log_text(entry) == entry.text);
    }
    for (const std::string& text : untranslated) WARN("not translated: " << text);
    CHECK(untranslated.empty());
}

TEST_CASE("a refused command reads in Chinese in the window and stays English for the CLI", "[game][i18n]") {
    SessionConfig config;
    config.scripts_dir = kSource + "/scripts";
    std::string error;
    auto session = Session::create(config, &error);
    REQUIRE(session);
    // A policy the operator cannot afford: enact it with the budget emptied (not a scenario rule,
    // a command's check against the state).
    const PolicyDef* costly = nullptr;
    for (const PolicyDef& policy : session->policies())
        if (policy.role == Role::Operator && policy.prerequisites.empty() && policy.cost_enact >= 1.0 &&
            stage_rank(policy.min_stage) == 0 && (!costly || policy.cost_enact > costly->cost_enact))
            costly = &policy;
    REQUIRE(costly);
    session->mutable_world().roles[int(Role::Operator)].budget = costly->cost_enact / 2.0;
    Command enact;
    enact.type = CommandType::EnactPolicy;
    enact.role = Role::Operator;
    enact.policy_id = costly->id;
    const std::string english_refusal = session->validate(enact);
    CHECK(english_refusal == "not enough budget (needs " + std::to_string(int(costly->cost_enact)) + " RMB million)");
    CHECK(english(session->check(enact)) == english_refusal);

    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    load_content_language({config.scripts_dir});
    // (spaces next to Chinese become no-break spaces when the table loads: prepare_for_cjk_wrapping)
    CHECK(message_text(session->check(enact)) == prepare_for_cjk_wrapping("预算不足（需要 " + std::to_string(int(costly->cost_enact)) + " 百万元）"));
    // A wrong role names the policy and the role in Chinese, not their ids.
    enact.role = Role::Government;
    const std::string wrong_role = message_text(session->check(enact));
    CHECK(wrong_role.find(costly->id) == std::string::npos);
    CHECK(wrong_role.find(tr("role.operator")) != std::string::npos);
    CHECK(session->validate(enact).find("belongs to the operator role") != std::string::npos);
    // Every catalogue sentence has Chinese of its own, not the English.
    for (const auto& [key, pattern] : message_catalogue()) {
        INFO(key);
        CHECK(std::string(tr(key)) != pattern);
    }
    REQUIRE(load_language(kSource + "/assets", "en", &error));
    load_content_language({config.scripts_dir});
    enact.role = Role::Operator;
    CHECK(message_text(session->check(enact)) == english_refusal);
}

TEST_CASE("a chosen language is remembered in the settings file; an unchosen one is not written", "[game][i18n][settings]") {
    const auto path = (std::filesystem::temp_directory_path() / "keystone-test-settings-language.json").string();
    std::string error;
    Settings chosen;
    chosen.language = "zh-CN";
    chosen.language_chosen = true;
    REQUIRE(save_settings(chosen, path, &error));
    const Settings loaded = load_settings(path);
    CHECK(loaded.language == "zh-CN");
    CHECK(loaded.language_chosen);

    Settings first_launch;
    first_launch.language = "zh-CN";   // from LANG, not chosen yet
    REQUIRE(save_settings(first_launch, path, &error));
    std::ifstream in(path);
    const nlohmann::json written = nlohmann::json::parse(in);
    CHECK_FALSE(written.contains("language"));
    CHECK_FALSE(load_settings(path).language_chosen);

    std::ofstream(path) << R"({"language": "klingon"})";
    CHECK_FALSE(load_settings(path).language_chosen);   // unknown: treated as never chosen
    std::filesystem::remove(path);
}

TEST_CASE("Chinese text breaks lines by character, not at a space or a decimal point", "[game][i18n]") {
    const std::string nbsp = "\xC2\xA0", dot = "\xE2\x80\xA4";
    CHECK(prepare_for_cjk_wrapping("面积 1.83 平方公里") == "面积" + nbsp + "1" + dot + "83" + nbsp + "平方公里");
    CHECK(prepare_for_cjk_wrapping("ratio 1.5") == "ratio 1.5");   // no Chinese: untouched
    CHECK(prepare_for_cjk_wrapping("Tang 2023, ch. 5") == "Tang 2023, ch. 5");
    CHECK(prepare_for_cjk_wrapping("CRO 和 CDMO") == "CRO" + nbsp + "和" + nbsp + "CDMO");
}

namespace {
// The fixed run the report's golden test uses, with the shipped scripts (name, teaching note, case figures).
report::ReportInput fixture_report_input() {
    report::ReportInput input;
    const std::string fixture = kSource + "/tests/fixtures/report/bio_island_seed7_3y";
    REQUIRE(report::load_report_input(fixture + ".json", fixture + ".csv", kSource + "/scripts", &input).empty());
    return input;
}

// A single game's report, a what-if pair and a class page, each in the language of `text`.
std::string every_report_page(const report::ReportInput& input, const report::ReportText& text) {
    return report::report_html(input, text) + report::report_pair_html(input, input, "A", "B", text) +
           report::report_class_html({input, input}, {"A", "B"}, text);
}

std::set<std::string> tags_of(const std::string& text) {
    std::set<std::string> found;
    static const std::regex tag(R"(</?[a-z]+>)");
    for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it) found.insert(it->str());
    return found;
}
}  // namespace

TEST_CASE("the debrief report's words come from both string tables; the English in the code is en.json's", "[game][i18n][report]") {
    const auto english = table_of(kSource + "/assets/i18n/en.json");
    auto chinese = table_of(kSource + "/assets/i18n/zh-CN.json");
    for (const auto& [key, text] : table_of(kSource + "/scripts/locale/zh-CN.json")) chinese[key] = text;
    const report::ReportInput input = fixture_report_input();

    report::ReportText in_english;
    every_report_page(input, in_english);
    report::ReportText in_chinese;
    REQUIRE(in_chinese.load("zh-CN", kSource + "/assets", kSource + "/scripts").empty());
    every_report_page(input, in_chinese);
    CHECK(in_chinese.used().size() > 60);
    for (const auto* used : {&in_english.used(), &in_chinese.used()})
        for (const auto& [key, code_english] : *used) {
            INFO(key);
            if (key.rfind("report.", 0) == 0) {   // the report's own words: en.json holds exactly the code's English
                REQUIRE(english.count(key));
                CHECK(english.at(key) == code_english);
            }
            REQUIRE(chinese.count(key));
            CHECK_FALSE(chinese.at(key).empty());
        }
    for (const auto& [key, text] : english)
        if (key.rfind("report.", 0) == 0) {   // markup and placeholders survive the translation
            INFO(key);
            CHECK(tags_of(chinese.at(key)) == tags_of(text));
            CHECK(placeholders(chinese.at(key)) == placeholders(text));
        }
}

TEST_CASE("a Chinese debrief report has no English template text left and lists a CJK font", "[game][i18n][report]") {
    const report::ReportInput input = fixture_report_input();
    report::ReportText in_chinese;
    REQUIRE(in_chinese.load("zh-CN", kSource + "/assets", kSource + "/scripts").empty());
    const std::string page = every_report_page(input, in_chinese);
    CHECK(page.find("<html lang=\"zh-CN\">") != std::string::npos);
    CHECK(page.find("\"WenQuanYi Micro Hei\"") != std::string::npos);
    // Every fragment of an English pattern between its placeholders, of two words or more, is absent.
    static const std::regex placeholder(R"(\{\d\})");
    size_t fragments = 0;
    for (const auto& [key, text] : table_of(kSource + "/assets/i18n/en.json")) {
        if (key.rfind("report.", 0) != 0) continue;
        for (std::sregex_token_iterator it(text.begin(), text.end(), placeholder, -1), end; it != end; ++it) {
            std::string fragment = it->str();
            while (!fragment.empty() && (fragment.back() == ' ' || fragment.back() == '.')) fragment.pop_back();
            while (!fragment.empty() && fragment.front() == ' ') fragment.erase(0, 1);
            if (fragment.find(' ') == std::string::npos || fragment.size() < 8) continue;
            ++fragments;
            INFO(key << ": " << fragment);
            CHECK(page.find(fragment) == std::string::npos);
        }
    }
    CHECK(fragments > 40);
    // Stage names in the bands are the glossary's.
    CHECK(page.find("<title>\xE4\xBC\x81\xE4\xB8\x9A\xE6\x89\x8E\xE5\xA0\x86</title>") != std::string::npos);   // 企业扎堆
    // The English page of the same inputs is unchanged by the tables: no key is looked up in it.
    report::ReportText in_english;
    CHECK(report::report_html(input, in_english) == report::report_html(input));
}

TEST_CASE("a report language is English or Chinese, and LANG picks it", "[game][i18n][report]") {
    CHECK(report::language_of_locale("zh_CN.UTF-8") == "zh-CN");
    CHECK(report::language_of_locale("en_GB.UTF-8") == "en");
    CHECK(report::language_of_locale(nullptr) == "en");
    report::ReportText text;
    CHECK(text.load("fr", kSource + "/assets", kSource + "/scripts").find("unknown report language 'fr'") != std::string::npos);
    CHECK(text.load("zh-CN", "/nonexistent", kSource + "/scripts").find("/nonexistent/i18n/zh-CN.json: cannot open") != std::string::npos);
    CHECK(text.is_english());   // a failed load leaves English
}

TEST_CASE("every known error frame reads in Chinese with its parts kept, and the same in English", "[game][i18n]") {
    std::string error;
    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    for (const char* key : error_frame_keys()) {
        INFO(key);
        const char* english_frame = english_strings().find(key);
        REQUIRE(english_frame);
        const std::vector<std::string> parts = {"p0q", "p1q", "p2q", "p3q"};
        const std::string text = fill_placeholders(english_frame, parts);
        const std::string chinese = error_text(text);
        CHECK(chinese == fill_placeholders(tr(key), parts));
        CHECK(chinese != text);
        for (const std::string& placeholder : placeholders(english_frame))
            CHECK(chinese.find(parts[size_t(placeholder[1] - '0')]) != std::string::npos);
        // A place before the frame stays as written.
        CHECK(error_text("scripts/events/x.lua:12: " + text) == "scripts/events/x.lua:12: " + chinese);
    }
    REQUIRE(load_language(kSource + "/assets", "en", &error));
    for (const char* key : error_frame_keys()) {
        const std::string text = fill_placeholders(english_strings().find(key), {"p0q", "p1q", "p2q", "p3q"});
        CHECK(error_text(text) == text);
    }
}

TEST_CASE("the engine's own load and start errors read in Chinese; unknown errors stay verbatim", "[game][i18n]") {
    SessionConfig config;
    config.scripts_dir = kSource + "/scripts";
    std::string error;
    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    auto zh = [](const std::string& engine_error) {
        INFO(engine_error);
        const std::string chinese = error_text(engine_error);
        CHECK(chinese != engine_error);
        return chinese;
    };
    // The Chinese table keeps spaces next to Chinese characters from breaking a line (strings.h).
    auto cjk = [](const std::string& text) { return prepare_for_cjk_wrapping(text); };

    // A session that will not start.
    SessionConfig wrong = config;
    wrong.scenario_id = "no_such_scenario";
    std::string start_error;
    REQUIRE_FALSE(Session::create(wrong, &start_error));
    const std::string unknown_scenario = zh(start_error);
    CHECK(unknown_scenario.rfind("未知情景“no_such_scenario”（可用：", 0) == 0);
    CHECK(unknown_scenario.find("bio_island") != std::string::npos);
    wrong = config;
    wrong.strategies[int(Role::Operator)] = "no_such_strategy";
    REQUIRE_FALSE(Session::create(wrong, &start_error));
    CHECK(zh(start_error).rfind("未知策略“no_such_strategy”", 0) == 0);

    // Saves that will not load: missing, not JSON, not a save, newer, damaged.
    const std::string dir = (std::filesystem::temp_directory_path() / "keystone_error_text_test").string();
    std::filesystem::create_directories(dir);
    std::string load_error;
    REQUIRE_FALSE(Session::load(dir + "/missing.json", config, &load_error));
    CHECK(zh(load_error) == dir + "/missing.json: 无法读取（文件不存在）");
    {
        std::ofstream(dir + "/broken.json") << "{\"format\": ";
    }
    REQUIRE_FALSE(Session::load(dir + "/broken.json", config, &load_error));
    CHECK(zh(load_error).rfind(dir + "/broken.json: " + cjk("不是可读取的存档（第 "), 0) == 0);
    auto session = Session::create(config, &error);
    REQUIRE(session);
    nlohmann::json save = session->save_json();
    save["format"] = "something-else";
    REQUIRE_FALSE(Session::load_json(save, config, &load_error));
    CHECK(zh(load_error) == cjk("不是 Keystone 存档"));
    save = session->save_json();
    save["format_version"] = 999;
    REQUIRE_FALSE(Session::load_json(save, config, &load_error));
    const std::string newer = zh(load_error);
    CHECK(newer.rfind(cjk("此存档由较新版本的 Keystone 创建（存档格式 999，本游戏最高可读取 "), 0) == 0);
    save = session->save_json();
    save["checksum"] = "0";
    REQUIRE_FALSE(Session::load_json(save, config, &load_error));
    CHECK(zh(load_error) == "存档已损坏（校验和不符）");
    std::filesystem::remove_all(dir);

    // The sandbox's limits, with Lua's own text kept; content validation with its place kept.
    CHECK(error_text("scripts/events/loop.lua:4: instruction budget exceeded (200000 instructions per call): "
                     "infinite loop? (then: scripts/events/loop.lua:6: attempt to index a nil value)") ==
          "scripts/events/loop.lua:4: " +
              cjk("超出指令预算（每次调用 200000 条指令）：是否陷入死循环？（随后：scripts/events/loop.lua:6: attempt to index a nil value）"));
    CHECK(error_text("scripts/policies/big.lua:9: script memory limit exceeded (64 MiB)") ==
          "scripts/policies/big.lua:9: " + cjk("超出脚本内存上限（64 MiB）"));
    CHECK(error_text("scripts/policies/x.lua: policy 'x': field 'cost' must be a number, not string") ==
          "scripts/policies/x.lua: policy 'x': " + cjk("字段“cost”必须是数字，而不是 string"));
    CHECK(error_text("strategy 'cautious' cannot play the government role") == "策略“cautious”不能扮演政府角色");
    // Several lines: each is translated on its own, a traceback line stays.
    CHECK(error_text("unknown save format\nstack traceback: [C]: in ?") == cjk("未知的存档格式") + "\nstack traceback: [C]: in ?");

    // Unknown errors, and Lua's own messages, stay verbatim.
    for (const char* verbatim : {"scripts/policies/p.lua:3: unexpected symbol near '='", "something odd happened", "",
                                 "a: b: c", "cannot read the manual"})
        CHECK(error_text(verbatim) == verbatim);

    REQUIRE(load_language(kSource + "/assets", "en", &error));
    CHECK(error_text(load_error) == load_error);
    CHECK(error_text(start_error) == start_error);
}

TEST_CASE("the sandbox's own budget and memory messages read in Chinese with Lua's text kept", "[game][i18n]") {
    std::string error;
    std::map<std::string, std::string> messages;   // fixture -> the engine's message
    for (const char* id : {"infinite_loop", "coroutine_loop", "hang_pcall_swallow", "memory_bomb"}) {
        SessionConfig config;
        config.scripts_dir = kSource + "/scripts";
        config.extra_content_dirs = {kSource + "/tests/fixtures/hostile"};
        config.strategies[int(Role::Operator)] = id;
        auto session = Session::create(config, &error);
        REQUIRE(session);
        session->step();
        REQUIRE_FALSE(session->script_errors().empty());
        messages[id] = session->script_errors().front().message;
    }
    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    for (const auto& [id, message] : messages) {
        INFO(id << ": " << message);
        const std::string chinese = error_text(message);
        const bool memory = std::string(id) == "memory_bomb";
        CHECK(chinese.find(memory ? "超出脚本内存上限" : "超出指令预算") != std::string::npos);
        CHECK(chinese.find(memory ? "memory limit exceeded" : "instruction budget exceeded") == std::string::npos);
        CHECK(chinese.find(id + std::string(".lua:")) != std::string::npos);   // the place is kept
    }
    REQUIRE(load_language(kSource + "/assets", "en", &error));
    for (const auto& [id, message] : messages) CHECK(error_text(message) == message);
}

TEST_CASE("content validation errors read in Chinese with the file kept", "[game][i18n]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "keystone_error_text_content";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "policies");
    std::ofstream(dir / "policies" / "bad.lua")
        << "return { id = 'bad', name = 3, role = 'mayor', description = 'd', cost = 'free', prerequisites = 'x' }\n";
    std::ofstream(dir / "policies" / "empty.lua") << "return 42\n";
    ScriptHost host;
    const LoadedContent content = host.load_content(dir.string());
    std::filesystem::remove_all(dir);
    REQUIRE(content.errors.size() == 5);   // four bad fields and a file that returns no table
    std::string error;
    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    for (const ScriptFailure& failure : content.errors) {
        INFO(failure.message);
        const std::string chinese = error_text(failure.message);
        CHECK(chinese != failure.message);
        CHECK(chinese.find("must") == std::string::npos);   // every frame of the message translated
        CHECK(chinese.rfind("keystone_error_text_content/policies/", 0) == 0);  // the file is kept
    }
    REQUIRE(load_language(kSource + "/assets", "en", &error));
    for (const ScriptFailure& failure : content.errors) CHECK(error_text(failure.message) == failure.message);
}

TEST_CASE("a failed script's timeline notice shows the engine's error in Chinese", "[game][i18n]") {
    const Message notice = sentence("log.text.script_disabled",
                                    {text_arg("hostile/ai/loop.lua:7: instruction budget exceeded (5000000 instructions per call): "
                                              "infinite loop?"),
                                     text_arg("strategy:loop")});
    std::string error;
    REQUIRE(load_language(kSource + "/assets", "zh-CN", &error));
    const std::string chinese = message_text(notice);
    CHECK(chinese.find("超出指令预算") != std::string::npos);
    CHECK(chinese.find("hostile/ai/loop.lua:7: ") != std::string::npos);
    REQUIRE(load_language(kSource + "/assets", "en", &error));
    CHECK(message_text(notice) == english(notice));
}
