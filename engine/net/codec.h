// The message codec: Message <-> bytes. Little-endian, length-checked, one header per message
// (magic "KS", protocol version, type, flags, sequence, payload length). The decoder checks every
// length against the bytes that remain and against protocol.h's limits before it allocates, and
// returns a reason instead of throwing: it runs inside network callbacks on hostile input.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "net/protocol.h"

namespace keystone::net {

std::vector<uint8_t> encode_message(const Message& message);

enum class DecodeStatus : uint8_t {
    Ok = 0,
    Truncated,        // fewer bytes than the header or a field says
    BadMagic,         // not one of our messages
    OtherVersion,     // another protocol version (the header is read: protocol_version is set)
    UnknownType,
    Oversized,        // a length over its limit, or trailing bytes after the payload
    BadField,         // a value out of range (role, command type, lever, non-finite number, flags)
};
const char* decode_status_name(DecodeStatus status);

struct DecodeResult {
    DecodeStatus status = DecodeStatus::Ok;
    std::string reason;   // which field, for the log ("commands[2].lever: 200 is not a lever")
    bool ok() const { return status == DecodeStatus::Ok; }
};

// Fills *out from data[0, size). On failure *out holds whatever was read so far (at least the
// header's version and type when those were readable) and must not be used as a message.
DecodeResult decode_message(const uint8_t* data, size_t size, Message* out);

}  // namespace keystone::net
