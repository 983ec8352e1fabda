// stb_truetype's implementation for the glyph-coverage test (third-party code: built without our warnings).
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
