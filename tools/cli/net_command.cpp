// Flag helpers for the classroom commands (net_command.h).
#include "net_command.h"

#include <cmath>
#include <cstdlib>
#include <iostream>

#include "run_command.h"

namespace keystone::cli {

int usage_error(const char* command, const std::string& problem, const char* usage) {
    std::cerr << "keystone-cli " << command << ": " << problem << "\n" << usage;
    return 2;
}

bool flag_value(const char* command, const std::vector<std::string>& args, size_t* i, std::string* out) {
    if (*i + 1 >= args.size() || args[*i + 1].empty()) {
        std::cerr << "keystone-cli " << command << ": " << args[*i] << " needs a value\n";
        return false;
    }
    *out = args[++*i];
    return true;
}

bool parse_port(const std::string& text, uint16_t* out) {
    uint64_t port = 0;
    if (!parse_uint(text, &port) || port < 1 || port > 65535) return false;
    *out = uint16_t(port);
    return true;
}

bool parse_seconds(const std::string& text, double* out) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value < 0.0) return false;
    *out = value;
    return true;
}

bool parse_timed(const std::string& text, std::string* what, int32_t* month) {
    const size_t at = text.rfind('@');
    uint64_t value = 0;
    if (at == std::string::npos || at == 0 || !parse_uint(text.substr(at + 1), &value) || value > 12u * 40u) return false;
    *what = text.substr(0, at);
    *month = int32_t(value);
    return true;
}

bool parse_endpoint(const std::string& text, std::string* host, uint16_t* port) {
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) return false;
    *host = text.substr(0, colon);
    return parse_port(text.substr(colon + 1), port);
}

}  // namespace keystone::cli
