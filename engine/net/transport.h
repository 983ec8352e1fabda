// The transport: ENet (libenet, Debian's libenet-dev) over UDP, one reliable ordered channel.
// It moves byte strings between a host and its peers and knows nothing of messages; peers are
// named by small ids that are never reused within one Transport. No game code sees ENet types.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace keystone::net {

using PeerId = uint32_t;

struct TransportEvent {
    enum class Kind { None, Connected, Disconnected, Received };
    Kind kind = Kind::None;
    PeerId peer = 0;
    std::vector<uint8_t> data;   // Received
};

class Transport {
public:
    // A host on 127.0.0.1 or any address (bind_any) at `port`; packets over max_packet_bytes are
    // refused by ENet before they are assembled.
    static std::unique_ptr<Transport> listen(uint16_t port, size_t max_peers, size_t max_packet_bytes, bool bind_any,
                                             std::string* error);
    // Starts connecting to host:port; the Connected event (or Disconnected) follows from poll.
    static std::unique_ptr<Transport> connect(const std::string& host, uint16_t port, size_t max_packet_bytes,
                                              std::string* error);
    ~Transport();
    Transport(const Transport&) = delete;
    Transport& operator=(const Transport&) = delete;

    // Waits up to timeout_ms for one event; Kind::None when nothing happened.
    TransportEvent poll(uint32_t timeout_ms);
    bool send(PeerId peer, const std::vector<uint8_t>& bytes);
    // Graceful: queued packets go out first. drop(): at once; queued packets are discarded.
    void disconnect(PeerId peer);
    void drop(PeerId peer);
    void flush();
    bool connected(PeerId peer) const;
    uint64_t bytes_sent() const;
    uint64_t bytes_received() const;

    struct Impl;

private:
    explicit Transport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace keystone::net
