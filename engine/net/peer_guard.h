// What a machine accepts from one peer: a message that decodes, in sequence (each sender numbers
// its messages 1, 2, 3... on a connection; ENet's reliable channel keeps them in order, so a gap
// or a repeat is a forged, replayed or corrupted message). Refusals are counted by kind, and a
// peer that keeps sending refused or too many messages is marked for dropping.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "net/codec.h"

namespace keystone::net {

// A peer is dropped after this many refused messages, or this many messages between two months.
constexpr uint32_t kMaxRefusedPerPeer = 32;
constexpr uint32_t kMaxMessagesPerMonth = 256;
// A connection that has not said hello (or been seated) by then is closed: it would hold a seat's slot.
constexpr double kHelloWaitSeconds = 10.0;

struct MessageCounters {
    uint64_t accepted = 0;
    uint64_t malformed = 0;       // truncated, bad magic, unknown type, bad field
    uint64_t oversized = 0;
    uint64_t other_version = 0;
    uint64_t replayed = 0;        // a sequence number already seen
    uint64_t out_of_order = 0;    // a sequence gap, or a month or type not expected now
    uint64_t stale = 0;           // for an earlier epoch (sent before a resync reached the peer)
    uint64_t outside_session = 0; // from a peer that has not been welcomed
    uint64_t dropped_peers = 0;   // peers disconnected for flooding, or silent past kHelloWaitSeconds
    uint64_t refused() const { return malformed + oversized + other_version + replayed + out_of_order + outside_session; }
    void add(const MessageCounters& other);
};
nlohmann::json counters_json(const MessageCounters& counters);

class PeerGuard {
public:
    // Decodes and checks the sequence. On refusal counts it (in *totals too) and returns false
    // with the reason; a refused message never advances the sequence.
    bool admit(const uint8_t* data, size_t size, Message* out, MessageCounters* totals, std::string* reason);
    // Counts a refusal found above the codec (a month or type not expected now).
    void refuse_out_of_order(MessageCounters* totals);
    void refuse_outside_session(MessageCounters* totals);
    void new_month() { messages_this_month_ = 0; }
    bool flooding() const { return refused_ >= kMaxRefusedPerPeer || messages_this_month_ > kMaxMessagesPerMonth; }
    uint32_t last_sequence() const { return last_sequence_; }

private:
    uint32_t last_sequence_ = 0;
    uint32_t refused_ = 0;
    uint32_t messages_this_month_ = 0;
};

}  // namespace keystone::net
