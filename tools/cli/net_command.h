// Flag parsing shared by `keystone-cli host` and `keystone-cli team` (classroom sessions).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace keystone::cli {

int host_command(const std::vector<std::string>& args);   // keystone-cli host ...
int team_command(const std::vector<std::string>& args);   // keystone-cli team ...

// Prints "keystone-cli COMMAND: PROBLEM" and the usage; returns 2 (the usage exit status).
int usage_error(const char* command, const std::string& problem, const char* usage);
// Takes args[*i + 1] as the value of args[*i] (advancing *i); false, with a message, if there is none.
bool flag_value(const char* command, const std::vector<std::string>& args, size_t* i, std::string* out);
bool parse_port(const std::string& text, uint16_t* out);                     // 1..65535
bool parse_seconds(const std::string& text, double* out);                    // a number >= 0
bool parse_timed(const std::string& text, std::string* what, int32_t* month);  // "TEXT@MONTH"
bool parse_endpoint(const std::string& text, std::string* host, uint16_t* port);  // "HOST:PORT"

}  // namespace keystone::cli
