// keystone-net-noise: a hostile peer for the classroom tests. It connects to a live host over
// ENet and sends random bytes, truncated and oversized messages, replays, messages from outside
// the session and a forged rejoin, reconnecting whenever the host drops it; it also sends raw UDP
// junk to the port. Usage: keystone-net-noise PORT PACKETS SEED. Prints what it sent.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "net/codec.h"
#include "net/transport.h"
#include "sim/rng.h"

using namespace keystone;
using namespace keystone::net;

namespace {

std::vector<uint8_t> noise_packet(Rng& rng, uint64_t n) {
    Message m;
    m.sequence = uint32_t(1 + rng.next_u64() % 4);
    switch (n % 5) {
        case 0: {   // random bytes
            std::vector<uint8_t> bytes(rng.next_u64() % 300);
            for (auto& b : bytes) b = uint8_t(rng.next_u64());
            return bytes;
        }
        case 1: {   // a valid hello cut short
            m.type = MessageType::Hello;
            m.roles = kRoleMaskBoth;
            m.join_code = "guess";
            auto bytes = encode_message(m);
            bytes.resize(rng.next_u64() % bytes.size());
            return bytes;
        }
        case 2: {   // commands from a peer that was never welcomed
            m.type = MessageType::Commands;
            m.commands.resize(3);
            return encode_message(m);
        }
        case 3: {   // a forged rejoin with a made-up token and a wrong code
            m.type = MessageType::Hello;
            m.game_version = KEYSTONE_VERSION;
            m.roles = kRoleMaskOperator;
            m.join_code = "guess" + std::to_string(n);
            m.team_token = "0000000000000000";
            return encode_message(m);
        }
        default: {  // a header announcing more than the limit
            m.type = MessageType::Broadcast;
            auto bytes = encode_message(m);
            for (int i = 0; i < 4; ++i) bytes[10 + size_t(i)] = 0xff;
            return bytes;
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) { std::fprintf(stderr, "usage: keystone-net-noise PORT PACKETS SEED\n"); return 2; }
    const uint16_t port = uint16_t(std::atoi(argv[1]));
    const uint64_t packets = std::strtoull(argv[2], nullptr, 10);
    Rng rng(std::strtoull(argv[3], nullptr, 10));   // the engine's generator, seeded: the same noise every run

    // Raw UDP junk first: ENet must discard it before any of our code sees it.
    const int raw = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < 200; ++i) {
        uint8_t junk[64];
        for (auto& b : junk) b = uint8_t(rng.next_u64());
        sendto(raw, junk, 1 + rng.next_u64() % sizeof junk, 0, reinterpret_cast<sockaddr*>(&address), sizeof address);
    }
    close(raw);

    uint64_t sent = 0, connections = 0, drops = 0;
    int failed_connects = 0;
    while (sent < packets && failed_connects < 5) {
        std::string error;
        auto transport = Transport::connect("127.0.0.1", port, kMaxMessageBytes, &error);
        if (!transport) { std::fprintf(stderr, "keystone-net-noise: %s\n", error.c_str()); return 1; }
        bool connected = false, open = true;
        for (int wait = 0; wait < 400 && !connected && open; ++wait) {
            const TransportEvent e = transport->poll(25);
            if (e.kind == TransportEvent::Kind::Connected) connected = true;
            if (e.kind == TransportEvent::Kind::Disconnected) open = false;
        }
        if (!connected) { ++failed_connects; continue; }
        ++connections;
        while (open && sent < packets) {
            // The last packet is far over the host's size limit: ENet refuses to assemble it, and
            // it blocks this connection's reliable channel, so nothing is sent after it.
            transport->send(1, sent + 1 == packets ? std::vector<uint8_t>(kMaxMessageBytes + 1024, 7) : noise_packet(rng, sent));
            ++sent;
            for (TransportEvent e = transport->poll(sent % 16 == 0 ? 2 : 0); e.kind != TransportEvent::Kind::None; e = transport->poll(0))
                if (e.kind == TransportEvent::Kind::Disconnected) { open = false; ++drops; break; }
        }
        transport->flush();
        for (int i = 0; i < 20 && open; ++i)
            if (transport->poll(10).kind == TransportEvent::Kind::Disconnected) { open = false; ++drops; }
    }
    std::printf("noise: %llu packets over %llu connections, dropped by the host %llu times\n", (unsigned long long)sent,
                (unsigned long long)connections, (unsigned long long)drops);
    return connections > 0 ? 0 : 1;
}
