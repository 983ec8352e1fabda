// Per-peer admission (peer_guard.h): decode, sequence check, refusal counters, flood marking.
#include "net/peer_guard.h"

#include <nlohmann/json.hpp>

namespace keystone::net {

void MessageCounters::add(const MessageCounters& o) {
    accepted += o.accepted;
    malformed += o.malformed;
    oversized += o.oversized;
    other_version += o.other_version;
    replayed += o.replayed;
    out_of_order += o.out_of_order;
    stale += o.stale;
    outside_session += o.outside_session;
    dropped_peers += o.dropped_peers;
}

nlohmann::json counters_json(const MessageCounters& c) {
    return {{"accepted", c.accepted}, {"malformed", c.malformed}, {"oversized", c.oversized},
            {"other_version", c.other_version}, {"replayed", c.replayed}, {"out_of_order", c.out_of_order},
            {"stale", c.stale}, {"outside_session", c.outside_session}, {"dropped_peers", c.dropped_peers},
            {"refused", c.refused()}};
}

bool PeerGuard::admit(const uint8_t* data, size_t size, Message* out, MessageCounters* totals, std::string* reason) {
    ++messages_this_month_;
    const DecodeResult decoded = decode_message(data, size, out);
    if (!decoded.ok()) {
        ++refused_;
        switch (decoded.status) {
            case DecodeStatus::Oversized: ++totals->oversized; break;
            case DecodeStatus::OtherVersion: ++totals->other_version; break;
            default: ++totals->malformed; break;
        }
        *reason = std::string(decode_status_name(decoded.status)) + ": " + decoded.reason;
        return false;
    }
    if (out->sequence != last_sequence_ + 1) {
        ++refused_;
        if (out->sequence <= last_sequence_) ++totals->replayed; else ++totals->out_of_order;
        *reason = "sequence " + std::to_string(out->sequence) + " after " + std::to_string(last_sequence_);
        return false;
    }
    last_sequence_ = out->sequence;
    ++totals->accepted;
    return true;
}

void PeerGuard::refuse_out_of_order(MessageCounters* totals) {
    ++refused_;
    ++totals->out_of_order;
}

void PeerGuard::refuse_outside_session(MessageCounters* totals) {
    ++refused_;
    ++totals->outside_session;
}

}  // namespace keystone::net
