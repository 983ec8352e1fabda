// Typed access to the fields of a loaded JSON document, for headers of saves and replays. Each
// function checks type and range and throws FieldError "field 'PATH': expected WHAT, got WHAT",
// so a damaged file is refused with the field it broke, never with the JSON library's text.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace keystone {

class FieldError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// "a string", "null", "an empty list", "-1", "1.5": what a value is, for messages.
std::string describe_json(const nlohmann::json& value);

// `path` names the field in messages ("seed", "commands[3].tick").
const nlohmann::json& json_field(const nlohmann::json& object, const std::string& name, const std::string& path);
std::string json_string(const nlohmann::json& value, const std::string& path);
bool json_bool(const nlohmann::json& value, const std::string& path);
int64_t json_integer(const nlohmann::json& value, const std::string& path, int64_t low, int64_t high);
uint64_t json_uint64(const nlohmann::json& value, const std::string& path);
double json_number(const nlohmann::json& value, const std::string& path, double low, double high);
// An array; `size` > 0 requires exactly that many elements.
const nlohmann::json& json_array(const nlohmann::json& value, const std::string& path, size_t size = 0);

}  // namespace keystone
