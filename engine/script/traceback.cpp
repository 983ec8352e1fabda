// Shortening script error messages (see traceback.h).
#include "script/traceback.h"

#include <vector>

namespace keystone {

std::string collapse_traceback(const std::string& text) {
    std::vector<std::string> lines;
    for (size_t start = 0; start <= text.size();) {
        const size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    std::string out;
    for (size_t i = 0; i < lines.size();) {
        size_t run = 1;
        while (i + run < lines.size() && lines[i + run] == lines[i]) ++run;
        if (!out.empty()) out += '\n';
        out += lines[i];
        if (run > 1) out += "\n\t(repeated " + std::to_string(run - 1) + " more times)";
        i += run;
    }
    // The message proper itself may repeat a position ("f.lua:3: f.lua:3: ..."): cap the whole.
    if (out.size() > kMaxScriptMessageBytes) {
        size_t cut = out.rfind('\n', kMaxScriptMessageBytes - 20);
        if (cut == std::string::npos || cut < kMaxScriptMessageBytes / 2) cut = kMaxScriptMessageBytes - 20;
        out = out.substr(0, cut) + "\n\t... (cut)";
    }
    return out;
}

}  // namespace keystone
