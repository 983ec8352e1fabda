// One field list, two directions: a visitor walks the state with `archive.field(name, value)`;
// the writer fills JSON, the reader fills the state from JSON and reports the first missing or
// mistyped field by its path. The same list is used for saving and loading, so they cannot
// drift apart.
#pragma once
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace keystone {

constexpr double kMaxSavedMagnitude = 1e15;

class ArchiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class JsonWriter {
public:
    static constexpr bool kReading = false;
    explicit JsonWriter(nlohmann::json& out) : node_(&out) {}

    template <typename T>
    void field(const char* name, T& value) {
        nlohmann::json& slot = (*node_)[name];
        write(slot, value);
    }

private:
    template <typename T>
    void write(nlohmann::json& slot, T& value) {
        if constexpr (std::is_enum_v<T>) slot = static_cast<int64_t>(value);
        else if constexpr (std::is_arithmetic_v<T>) slot = value;
        else if constexpr (std::is_same_v<T, std::string>) slot = value;
        else if constexpr (is_sequence<T>::value) {
            slot = nlohmann::json::array();
            for (auto& item : value) {
                nlohmann::json element;
                write(element, item);
                slot.push_back(std::move(element));
            }
        } else {
            slot = nlohmann::json::object();
            JsonWriter inner(slot);
            visit(inner, value);
        }
    }
    template <typename T> struct is_sequence : std::false_type {};
    template <typename T> struct is_sequence<std::vector<T>> : std::true_type {};
    template <typename T, size_t N> struct is_sequence<std::array<T, N>> : std::true_type {};

    nlohmann::json* node_;
};

class JsonReader {
public:
    static constexpr bool kReading = true;
    JsonReader(const nlohmann::json& in, std::string path) : node_(&in), path_(std::move(path)) {}

    template <typename T>
    void field(const char* name, T& value) {
        const std::string here = path_ + "." + name;
        if (!node_->is_object() || !node_->contains(name)) throw ArchiveError("missing field " + here);
        read((*node_)[name], value, here);
    }

private:
    template <typename T>
    void read(const nlohmann::json& slot, T& value, const std::string& here) {
        if constexpr (std::is_enum_v<T>) {
            // Read as the underlying type, range-checked, so 2^32 or 2^63 cannot wrap into a
            // valid-looking value; the enum's own count is checked with the loaded state.
            std::underlying_type_t<T> raw{};
            read(slot, raw, here);
            value = static_cast<T>(raw);
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!slot.is_boolean()) throw ArchiveError(here + " must be true or false");
            value = slot.get<bool>();
        } else if constexpr (std::is_floating_point_v<T>) {
            if (!slot.is_number()) throw ArchiveError(here + " must be a number");
            // No quantity in a game comes near 1e15; NaN, infinity (1.8e308 parses as one) and
            // absurd magnitudes are damage, refused before any rule divides by them.
            const double v = slot.get<double>();
            if (!std::isfinite(v) || std::fabs(v) > kMaxSavedMagnitude)
                throw ArchiveError(here + " = " + slot.dump() + " is out of range (a finite number up to 1e15 in size)");
            value = static_cast<T>(v);
        } else if constexpr (std::is_integral_v<T>) {
            if (!slot.is_number_integer()) throw ArchiveError(here + " must be an integer");
            if constexpr (std::is_unsigned_v<T>) {
                // Parsed JSON marks non-negative integers unsigned; documents built in memory
                // (enums are written as int64) may hold them as signed.
                if (!slot.is_number_unsigned() && slot.get<int64_t>() < 0) throw ArchiveError(here + " must not be negative");
                const uint64_t v = slot.is_number_unsigned() ? slot.get<uint64_t>() : uint64_t(slot.get<int64_t>());
                if (v > uint64_t(std::numeric_limits<T>::max())) throw ArchiveError(here + " is out of range");
                value = static_cast<T>(v);
            } else {
                const int64_t v = slot.get<int64_t>();
                if (v < int64_t(std::numeric_limits<T>::min()) || v > int64_t(std::numeric_limits<T>::max()))
                    throw ArchiveError(here + " is out of range");
                value = static_cast<T>(v);
            }
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!slot.is_string()) throw ArchiveError(here + " must be a string");
            value = slot.get<std::string>();
        } else if constexpr (is_vector<T>::value) {
            if (!slot.is_array()) throw ArchiveError(here + " must be a list");
            value.clear();
            value.resize(slot.size());
            for (size_t i = 0; i < slot.size(); ++i) read(slot[i], value[i], here + "[" + std::to_string(i) + "]");
        } else if constexpr (is_array<T>::value) {
            if (!slot.is_array() || slot.size() != value.size())
                throw ArchiveError(here + " must be a list of " + std::to_string(value.size()));
            for (size_t i = 0; i < value.size(); ++i) read(slot[i], value[i], here + "[" + std::to_string(i) + "]");
        } else {
            if (!slot.is_object()) throw ArchiveError(here + " must be an object");
            JsonReader inner(slot, here);
            visit(inner, value);
        }
    }
    template <typename T> struct is_vector : std::false_type {};
    template <typename T> struct is_vector<std::vector<T>> : std::true_type {};
    template <typename T> struct is_array : std::false_type {};
    template <typename T, size_t N> struct is_array<std::array<T, N>> : std::true_type {};

    const nlohmann::json* node_;
    std::string path_;
};

}  // namespace keystone
