// Code points and glyph ranges for the font atlas; see glyphs.h.
#include "core/glyphs.h"

#include "core/strings.h"

namespace keystone::client {

const uint16_t kLatinFontRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF, 0x2200, 0x22FF,
                                     0x2500, 0x25FF, 0x2600, 0x26FF, 0x2700, 0x27BF, 0};

bool in_latin_font_ranges(uint32_t codepoint) {
    for (const uint16_t* range = kLatinFontRanges; range[0] != 0; range += 2)
        if (codepoint >= range[0] && codepoint <= range[1]) return true;
    return false;
}

void add_codepoints(const std::string& utf8, std::set<uint32_t>* codepoints) {
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char lead = static_cast<unsigned char>(utf8[i]);
        int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + size_t(length) > utf8.size()) { ++i; continue; }
        uint32_t value = length == 1 ? lead : lead & (0xFF >> (length + 1));
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = static_cast<unsigned char>(utf8[i + size_t(k)]);
            if ((next & 0xC0) != 0x80) { valid = false; break; }
            value = (value << 6) | (next & 0x3F);
        }
        if (!valid) { ++i; continue; }
        codepoints->insert(value);
        i += size_t(length);
    }
}

namespace {
std::set<uint32_t> codepoints_in_use(const std::vector<std::string>& extra_texts) {
    std::set<uint32_t> all;
    for (const StringTable* table : {&strings(), &english_strings(), &content_strings()})
        for (const auto& entry : table->texts()) add_codepoints(entry.second, &all);
    for (const std::string& language : supported_languages()) add_codepoints(language_name(language), &all);
    for (const std::string& text : extra_texts) add_codepoints(text, &all);
    return all;
}
}  // namespace

std::set<uint32_t> cjk_codepoints_in_use(const std::vector<std::string>& extra_texts) {
    const std::set<uint32_t> all = codepoints_in_use(extra_texts);
    return std::set<uint32_t>(all.lower_bound(kFirstCjkFontCodepoint), all.end());
}

std::set<uint32_t> extra_latin_codepoints_in_use(const std::vector<std::string>& extra_texts) {
    std::set<uint32_t> extra;
    for (uint32_t c : codepoints_in_use(extra_texts))
        if (c >= 0x20 && c < kFirstCjkFontCodepoint && !in_latin_font_ranges(c)) extra.insert(c);
    return extra;
}

std::vector<uint16_t> glyph_ranges(const std::set<uint32_t>& codepoints) {
    std::vector<uint16_t> ranges;
    for (uint32_t c : codepoints) {
        if (c > 0xFFFF) break;
        if (!ranges.empty() && ranges.back() + 1u == c) ranges.back() = uint16_t(c);
        else { ranges.push_back(uint16_t(c)); ranges.push_back(uint16_t(c)); }
    }
    ranges.push_back(0);
    return ranges;
}

}  // namespace keystone::client
