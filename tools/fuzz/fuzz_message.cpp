// libFuzzer target: the classroom message decoder and the peer guard must refuse any byte string
// with a reason, never crash, hang, leak or allocate past the protocol's limits; whatever
// decodes must encode back to the same bytes (no two encodings of one message).
// Build with -DKEYSTONE_FUZZ=ON (clang); see tools/fuzz.sh.
#include <algorithm>
#include <cstdlib>

#include "net/codec.h"
#include "net/peer_guard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace keystone::net;
    Message message;
    const DecodeResult result = decode_message(data, size, &message);
    const bool in_sequence = result.ok() && message.sequence == 1;   // a new peer's first message
    if (result.ok()) {
        const std::vector<uint8_t> again = encode_message(message);
        if (again.size() != size || !std::equal(again.begin(), again.end(), data)) std::abort();
    } else if (result.reason.empty()) {
        std::abort();   // every refusal says why
    }
    // The same bytes through a new peer's guard, twice: admitted only when they decode as its
    // first message, and never the second time (a replay).
    PeerGuard guard;
    MessageCounters counters;
    std::string reason;
    const bool first = guard.admit(data, size, &message, &counters, &reason);
    const bool second = guard.admit(data, size, &message, &counters, &reason);
    if (first != in_sequence || second) std::abort();
    return 0;
}
