// Typed JSON field access with field-named errors (see json_fields.h).
#include "io/json_fields.h"

#include <cmath>

namespace keystone {

namespace {
[[noreturn]] void refuse(const std::string& path, const std::string& expected, const nlohmann::json& got) {
    throw FieldError("field '" + path + "': expected " + expected + ", got " + describe_json(got));
}
}  // namespace

std::string describe_json(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::boolean: return value.get<bool>() ? "true" : "false";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::array: return value.empty() ? "an empty list" : "a list";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: {
            const std::string text = value.dump();
            return text.size() > 32 ? text.substr(0, 32) + "..." : text;
        }
        default: return "something else";
    }
}

const nlohmann::json& json_field(const nlohmann::json& object, const std::string& name, const std::string& path) {
    if (!object.is_object()) throw FieldError("field '" + path + "': expected inside an object, got " + describe_json(object));
    const auto found = object.find(name);
    if (found == object.end()) throw FieldError("field '" + path + "' is missing");
    return *found;
}

std::string json_string(const nlohmann::json& value, const std::string& path) {
    if (!value.is_string()) refuse(path, "a string", value);
    return value.get<std::string>();
}

bool json_bool(const nlohmann::json& value, const std::string& path) {
    if (!value.is_boolean()) refuse(path, "true or false", value);
    return value.get<bool>();
}

int64_t json_integer(const nlohmann::json& value, const std::string& path, int64_t low, int64_t high) {
    const std::string expected = "a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    if (value.is_number_unsigned()) {
        if (value.get<uint64_t>() > uint64_t(high)) refuse(path, expected, value);
        return int64_t(value.get<uint64_t>());
    }
    if (!value.is_number_integer()) refuse(path, expected, value);
    const int64_t v = value.get<int64_t>();
    if (v < low || v > high) refuse(path, expected, value);
    return v;
}

uint64_t json_uint64(const nlohmann::json& value, const std::string& path) {
    // Only JSON integers: 2^64 and beyond, 1e308 and 1.5 arrive as floats and are refused.
    if (!value.is_number_unsigned()) refuse(path, "a whole number from 0 to 18446744073709551615", value);
    return value.get<uint64_t>();
}

double json_number(const nlohmann::json& value, const std::string& path, double low, double high) {
    if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < low || value.get<double>() > high) {
        std::string expected = "a number from " + nlohmann::json(low).dump() + " to " + nlohmann::json(high).dump();
        refuse(path, expected, value);
    }
    return value.get<double>();
}

const nlohmann::json& json_array(const nlohmann::json& value, const std::string& path, size_t size) {
    if (!value.is_array() || (size > 0 && value.size() != size))
        refuse(path, size > 0 ? "a list of " + std::to_string(size) : std::string("a list"), value);
    return value;
}

}  // namespace keystone
