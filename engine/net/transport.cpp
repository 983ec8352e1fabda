// ENet behind transport.h. Each connection gets a PeerId kept in the ENetPeer's data slot;
// timeouts are shorter than ENet's defaults so that a dead laptop shows as dropped in seconds.
#include "net/transport.h"

#include <cstdlib>
#include <map>
#include <mutex>

#include <enet/enet.h>

namespace keystone::net {

namespace {
constexpr size_t kChannels = 1;
// ENet's peer timeout: retry limit, then at least 4 s and at most 15 s without an answer.
constexpr uint32_t kTimeoutLimit = 32, kTimeoutMinimumMs = 4000, kTimeoutMaximumMs = 15000;

bool initialize_enet(std::string* error) {
    static std::once_flag once;
    static int status = 0;
    std::call_once(once, [] {
        status = enet_initialize();
        if (status == 0) std::atexit(enet_deinitialize);
    });
    if (status != 0) *error = "ENet failed to initialize";
    return status == 0;
}
}  // namespace

struct Transport::Impl {
    ENetHost* host = nullptr;
    std::map<PeerId, ENetPeer*> peers;
    PeerId next_id = 1;

    PeerId adopt(ENetPeer* peer) {
        const PeerId id = next_id++;
        peer->data = reinterpret_cast<void*>(uintptr_t(id));
        enet_peer_timeout(peer, kTimeoutLimit, kTimeoutMinimumMs, kTimeoutMaximumMs);
        peers[id] = peer;
        return id;
    }
    static PeerId id_of(const ENetPeer* peer) { return PeerId(reinterpret_cast<uintptr_t>(peer->data)); }
};

Transport::Transport(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Transport::~Transport() {
    if (impl_ && impl_->host) enet_host_destroy(impl_->host);
}

std::unique_ptr<Transport> Transport::listen(uint16_t port, size_t max_peers, size_t max_packet_bytes, bool bind_any,
                                             std::string* error) {
    if (!initialize_enet(error)) return nullptr;
    ENetAddress address{};
    address.host = ENET_HOST_ANY;
    if (!bind_any) enet_address_set_host_ip(&address, "127.0.0.1");
    address.port = port;
    auto impl = std::make_unique<Impl>();
    impl->host = enet_host_create(&address, max_peers, kChannels, 0, 0);
    if (!impl->host) { *error = "cannot listen on port " + std::to_string(port) + " (in use, or not allowed)"; return nullptr; }
    impl->host->maximumPacketSize = max_packet_bytes;
    impl->host->maximumWaitingData = max_packet_bytes * 4;
    return std::unique_ptr<Transport>(new Transport(std::move(impl)));
}

std::unique_ptr<Transport> Transport::connect(const std::string& host_name, uint16_t port, size_t max_packet_bytes,
                                              std::string* error) {
    if (!initialize_enet(error)) return nullptr;
    auto impl = std::make_unique<Impl>();
    impl->host = enet_host_create(nullptr, 1, kChannels, 0, 0);
    if (!impl->host) { *error = "cannot open a UDP socket"; return nullptr; }
    impl->host->maximumPacketSize = max_packet_bytes;
    impl->host->maximumWaitingData = max_packet_bytes * 2;
    ENetAddress address{};
    if (enet_address_set_host(&address, host_name.c_str()) != 0) { *error = "unknown host '" + host_name + "'"; enet_host_destroy(impl->host); return nullptr; }
    address.port = port;
    ENetPeer* peer = enet_host_connect(impl->host, &address, kChannels, 0);
    if (!peer) { *error = "cannot connect to " + host_name + ":" + std::to_string(port); enet_host_destroy(impl->host); return nullptr; }
    impl->adopt(peer);
    return std::unique_ptr<Transport>(new Transport(std::move(impl)));
}

TransportEvent Transport::poll(uint32_t timeout_ms) {
    TransportEvent out;
    ENetEvent event;
    const int status = enet_host_service(impl_->host, &event, timeout_ms);
    if (status <= 0) return out;
    switch (event.type) {
        case ENET_EVENT_TYPE_CONNECT:
            out.kind = TransportEvent::Kind::Connected;
            out.peer = event.peer->data ? Impl::id_of(event.peer) : impl_->adopt(event.peer);
            break;
        case ENET_EVENT_TYPE_DISCONNECT:
            out.kind = TransportEvent::Kind::Disconnected;
            out.peer = Impl::id_of(event.peer);
            impl_->peers.erase(out.peer);
            event.peer->data = nullptr;
            break;
        case ENET_EVENT_TYPE_RECEIVE:
            out.kind = TransportEvent::Kind::Received;
            out.peer = Impl::id_of(event.peer);
            out.data.assign(event.packet->data, event.packet->data + event.packet->dataLength);
            enet_packet_destroy(event.packet);
            break;
        case ENET_EVENT_TYPE_NONE:
            break;
    }
    return out;
}

bool Transport::send(PeerId peer, const std::vector<uint8_t>& bytes) {
    auto it = impl_->peers.find(peer);
    if (it == impl_->peers.end()) return false;
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
    if (!packet) return false;
    if (enet_peer_send(it->second, 0, packet) != 0) { enet_packet_destroy(packet); return false; }
    return true;
}

void Transport::disconnect(PeerId peer) {
    auto it = impl_->peers.find(peer);
    if (it != impl_->peers.end()) enet_peer_disconnect_later(it->second, 0);
}

void Transport::drop(PeerId peer) {
    auto it = impl_->peers.find(peer);
    if (it == impl_->peers.end()) return;
    it->second->data = nullptr;
    enet_peer_disconnect_now(it->second, 0);   // tells the peer once, unreliably; no local event follows
    impl_->peers.erase(it);
}

void Transport::flush() { enet_host_flush(impl_->host); }

bool Transport::connected(PeerId peer) const {
    auto it = impl_->peers.find(peer);
    return it != impl_->peers.end() && it->second->state == ENET_PEER_STATE_CONNECTED;
}

uint64_t Transport::bytes_sent() const { return impl_->host->totalSentData; }
uint64_t Transport::bytes_received() const { return impl_->host->totalReceivedData; }

}  // namespace keystone::net
