// The classroom message codec and peer guard (engine/net): every message survives a round trip,
// and truncated, oversized, malformed, replayed and out-of-order input is refused and counted.
#include <catch2/catch.hpp>

#include "net/codec.h"
#include "net/peer_guard.h"

using namespace keystone;
using namespace keystone::net;

namespace {

Message sample(MessageType type) {
    Message m;
    m.type = type;
    m.sequence = 7;
    switch (type) {
        case MessageType::Hello:
            m.game_version = "0.1.0"; m.content_hash = "00ff00ff00ff00ff"; m.join_code = "ROOM-42";
            m.team_name = "Lions"; m.team_token = "abc"; m.roles = kRoleMaskOperator; m.park_name = "harbour";
            break;
        case MessageType::Welcome:
            m.team_index = 3; m.team_name = "Lions"; m.team_token = "abc"; m.scenario_id = "bio_island";
            m.seed = 18446744073709551615ull; m.years = 10; m.roles = kRoleMaskOperator; m.epoch = 2; m.month = 30;
            break;
        case MessageType::Commands:
        case MessageType::MonthGo: {
            m.epoch = type == MessageType::Commands ? 4 : 0;
            m.month = 12;
            Command enact;
            enact.type = CommandType::EnactPolicy; enact.role = Role::Government; enact.policy_id = "tax_breaks"; enact.source = "ai:historical";
            Command lever;
            lever.type = CommandType::SetLever; lever.lever = Lever(kLeverCount - 1); lever.value = 0.1 + 0.2; lever.source = "player";
            Command answer;
            answer.type = CommandType::AnswerEvent; answer.event_instance = 9; answer.choice_id = "accept";
            m.commands = {enact, lever, answer};
            break;
        }
        case MessageType::StateHash: m.epoch = 1; m.month = 119; m.hash = 0x0123456789abcdefull; break;
        case MessageType::Resync: m.epoch = 5; m.month = 24; m.total_bytes = 40000; m.offset = 32768; m.text = "{\"format\":\"keystone-save\"}"; break;
        case MessageType::InjectEvent: m.month = 36; m.event_id = "pandemic_demand_surge"; break;
        default: m.text = "the class goes on"; break;
    }
    return m;
}

void require_same(const Message& a, const Message& b) {
    CHECK(a.type == b.type);
    CHECK(a.sequence == b.sequence);
    CHECK(a.game_version == b.game_version);
    CHECK(a.content_hash == b.content_hash);
    CHECK(a.join_code == b.join_code);
    CHECK(a.team_name == b.team_name);
    CHECK(a.team_token == b.team_token);
    CHECK(a.roles == b.roles);
    CHECK(a.park_name == b.park_name);
    CHECK(a.team_index == b.team_index);
    CHECK(a.scenario_id == b.scenario_id);
    CHECK(a.event_id == b.event_id);
    CHECK(a.seed == b.seed);
    CHECK(a.years == b.years);
    CHECK(a.epoch == b.epoch);
    CHECK(a.month == b.month);
    CHECK(a.hash == b.hash);
    CHECK(a.total_bytes == b.total_bytes);
    CHECK(a.offset == b.offset);
    CHECK(a.text == b.text);
    REQUIRE(a.commands.size() == b.commands.size());
    for (size_t i = 0; i < a.commands.size(); ++i) {
        CHECK(a.commands[i].type == b.commands[i].type);
        CHECK(a.commands[i].role == b.commands[i].role);
        CHECK(a.commands[i].policy_id == b.commands[i].policy_id);
        CHECK(a.commands[i].event_instance == b.commands[i].event_instance);
        CHECK(a.commands[i].choice_id == b.commands[i].choice_id);
        CHECK(a.commands[i].lever == b.commands[i].lever);
        CHECK(a.commands[i].value == b.commands[i].value);   // bit for bit: the value crosses as its bits
        CHECK(a.commands[i].source == b.commands[i].source);
    }
}

void put_u32(std::vector<uint8_t>& bytes, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes[at + size_t(i)] = uint8_t(v >> (8 * i));
}

}  // namespace

TEST_CASE("every classroom message survives encoding and decoding unchanged", "[net][codec]") {
    for (uint8_t t = kFirstMessageType; t <= kLastMessageType; ++t) {
        const Message original = sample(MessageType(t));
        const std::vector<uint8_t> bytes = encode_message(original);
        Message decoded;
        const DecodeResult result = decode_message(bytes.data(), bytes.size(), &decoded);
        INFO(message_type_name(MessageType(t)) << ": " << result.reason);
        REQUIRE(result.ok());
        require_same(original, decoded);
    }
}

TEST_CASE("a message cut short at any byte, or with bytes added, is refused", "[net][codec]") {
    for (uint8_t t = kFirstMessageType; t <= kLastMessageType; ++t) {
        const std::vector<uint8_t> bytes = encode_message(sample(MessageType(t)));
        for (size_t length = 0; length < bytes.size(); ++length) {
            Message decoded;
            INFO(message_type_name(MessageType(t)) << " cut to " << length << " bytes");
            CHECK(decode_message(bytes.data(), length, &decoded).status == DecodeStatus::Truncated);
        }
        std::vector<uint8_t> longer = bytes;
        longer.push_back(0);
        Message decoded;
        CHECK(decode_message(longer.data(), longer.size(), &decoded).status == DecodeStatus::Oversized);
    }
}

TEST_CASE("lengths over the limits are refused before anything is allocated", "[net][codec]") {
    Message decoded;
    SECTION("a header that announces a huge payload") {
        std::vector<uint8_t> bytes = encode_message(sample(MessageType::Broadcast));
        put_u32(bytes, 10, 0xffffffffu);
        CHECK(decode_message(bytes.data(), bytes.size(), &decoded).status == DecodeStatus::Oversized);
    }
    SECTION("a text longer than its field allows") {
        Message m = sample(MessageType::Broadcast);
        m.text.assign(kMaxTextBytes + 1, 'x');
        const std::vector<uint8_t> bytes = encode_message(m);
        const DecodeResult result = decode_message(bytes.data(), bytes.size(), &decoded);
        CHECK(result.status == DecodeStatus::Oversized);
        CHECK_THAT(result.reason, Catch::Contains("text"));
    }
    SECTION("more commands than a month may carry") {
        Message m = sample(MessageType::Commands);
        m.commands.resize(kMaxCommandsPerMonth + 1);
        const std::vector<uint8_t> bytes = encode_message(m);
        CHECK(decode_message(bytes.data(), bytes.size(), &decoded).status == DecodeStatus::Oversized);
    }
}

TEST_CASE("values out of range are refused with the field named", "[net][codec]") {
    Message decoded;
    auto refusal = [&](Message m) {
        const std::vector<uint8_t> bytes = encode_message(m);
        return decode_message(bytes.data(), bytes.size(), &decoded);
    };
    Message m = sample(MessageType::Commands);
    m.commands[0].role = Role(7);
    CHECK_THAT(refusal(m).reason, Catch::Contains("commands[0].role"));
    m = sample(MessageType::Commands);
    m.commands[1].lever = Lever(kLeverCount);
    CHECK_THAT(refusal(m).reason, Catch::Contains("commands[1].lever"));
    m = sample(MessageType::Commands);
    m.commands[1].value = std::numeric_limits<double>::quiet_NaN();
    CHECK(refusal(m).status == DecodeStatus::BadField);
    m = sample(MessageType::Hello);
    m.roles = 0;
    CHECK_THAT(refusal(m).reason, Catch::Contains("roles"));
    m = sample(MessageType::Hello);
    m.park_name.assign(kMaxNameBytes + 1, 'p');
    CHECK_THAT(refusal(m).reason, Catch::Contains("park_name"));
    m = sample(MessageType::StateHash);
    m.month = -1;
    CHECK_THAT(refusal(m).reason, Catch::Contains("month"));
    m = sample(MessageType::Resync);
    m.offset = m.total_bytes - 1;
    CHECK_THAT(refusal(m).reason, Catch::Contains("past total_bytes"));
    m = sample(MessageType::Resync);
    m.total_bytes = uint32_t(kMaxSaveBytes + 1);
    CHECK_THAT(refusal(m).reason, Catch::Contains("total_bytes"));
    m = sample(MessageType::Hello);
    m.protocol_version = kProtocolVersion + 1;
    const DecodeResult other = refusal(m);
    CHECK(other.status == DecodeStatus::OtherVersion);
    CHECK(decoded.protocol_version == kProtocolVersion + 1);   // read, so the refusal can name it
    std::vector<uint8_t> bytes = encode_message(sample(MessageType::Bye));
    bytes[0] = 'X';
    CHECK(decode_message(bytes.data(), bytes.size(), &decoded).status == DecodeStatus::BadMagic);
    bytes = encode_message(sample(MessageType::Bye));
    bytes[4] = 0;
    CHECK(decode_message(bytes.data(), bytes.size(), &decoded).status == DecodeStatus::UnknownType);
}

TEST_CASE("a peer's replayed, out-of-sequence and malformed messages are counted and it is dropped for flooding", "[net][guard]") {
    PeerGuard guard;
    MessageCounters totals;
    Message out;
    std::string reason;
    auto packet = [](uint32_t sequence) {
        Message m = sample(MessageType::StateHash);
        m.sequence = sequence;
        return encode_message(m);
    };
    for (uint32_t s = 1; s <= 3; ++s) {
        const auto bytes = packet(s);
        REQUIRE(guard.admit(bytes.data(), bytes.size(), &out, &totals, &reason));
    }
    const auto replay = packet(2), gap = packet(9), next = packet(4);
    CHECK_FALSE(guard.admit(replay.data(), replay.size(), &out, &totals, &reason));
    CHECK_FALSE(guard.admit(gap.data(), gap.size(), &out, &totals, &reason));
    CHECK(guard.admit(next.data(), next.size(), &out, &totals, &reason));   // refusals never advance the sequence
    CHECK(totals.accepted == 4);
    CHECK(totals.replayed == 1);
    CHECK(totals.out_of_order == 1);
    CHECK_FALSE(guard.flooding());
    const uint8_t junk[3] = {1, 2, 3};
    for (uint32_t i = 2; i < kMaxRefusedPerPeer; ++i) guard.admit(junk, sizeof junk, &out, &totals, &reason);
    CHECK(totals.malformed == kMaxRefusedPerPeer - 2);
    CHECK(guard.flooding());
}

TEST_CASE("a leaderboard message carries the ranking's lines, and an empty one hides it", "[net][codec]") {
    Message board;
    board.type = MessageType::Leaderboard;
    board.sequence = 3;
    board.text = "1. Lions  71.5\n2. Herons  64.0";
    Message decoded;
    const auto decode = [&](const Message& m) {
        const std::vector<uint8_t> bytes = encode_message(m);
        return decode_message(bytes.data(), bytes.size(), &decoded).status;
    };
    REQUIRE(decode(board) == DecodeStatus::Ok);
    CHECK(decoded.type == MessageType::Leaderboard);
    CHECK(decoded.text == board.text);
    CHECK(std::string(message_type_name(MessageType::Leaderboard)) == "leaderboard");
    board.text.clear();
    REQUIRE(decode(board) == DecodeStatus::Ok);
    CHECK(decoded.text.empty());
    board.text.assign(kMaxTextBytes + 1, 'x');   // longer than any text may be: refused, not cut
    CHECK(decode(board) != DecodeStatus::Ok);
}
