// Which glyphs the font atlas needs: the code points of the strings in use, so that the CJK
// font contributes only the few thousand characters the game actually shows (a full CJK range
// would make an atlas far too big for the software renderer). Plain C++: tests use it.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace keystone::client {

// Appends the code points of UTF-8 text (malformed bytes are skipped).
void add_codepoints(const std::string& utf8, std::set<uint32_t>* codepoints);
// Code points at or above this come from the CJK font; below it the Latin font covers them.
constexpr uint32_t kFirstCjkFontCodepoint = 0x2E80;
// The Latin font's fixed ranges (first, last pairs, 0-terminated): Basic Latin and Latin-1, dashes,
// quotes and bullets, arrows, maths (>= and <=), box and geometric shapes for markers, the warning
// sign, check and cross marks. Other characters below kFirstCjkFontCodepoint that the texts use
// (the pseudo-locale's accents) are added one by one.
extern const uint16_t kLatinFontRanges[];
bool in_latin_font_ranges(uint32_t codepoint);
// The code points of every text in the string tables in use (UI, English fallback, content
// translations) plus the language names and extra texts, that the CJK font must supply.
std::set<uint32_t> cjk_codepoints_in_use(const std::vector<std::string>& extra_texts);
// The code points below kFirstCjkFontCodepoint that the texts in use need beyond kLatinFontRanges.
std::set<uint32_t> extra_latin_codepoints_in_use(const std::vector<std::string>& extra_texts);
// ImGui glyph ranges (pairs of first/last, 0-terminated) covering the code points; code points
// beyond the basic plane are dropped (ImGui 1.86 in Debian uses 16-bit characters).
std::vector<uint16_t> glyph_ranges(const std::set<uint32_t>& codepoints);

}  // namespace keystone::client
