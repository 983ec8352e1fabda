// Message codec (codec.h): a byte writer and a bounds-checked byte reader, and one function per
// direction that lists each type's fields in the same order. The reader never throws and never
// reserves memory from a length it has not checked against the bytes that remain.
#include "net/codec.h"

#include <cmath>
#include <cstring>

namespace keystone::net {

namespace {

constexpr uint8_t kMagic0 = 'K', kMagic1 = 'S';

class Writer {
public:
    void u8(uint8_t v) { bytes.push_back(v); }
    void u16(uint16_t v) { for (int i = 0; i < 2; ++i) u8(uint8_t(v >> (8 * i))); }
    void u32(uint32_t v) { for (int i = 0; i < 4; ++i) u8(uint8_t(v >> (8 * i))); }
    void u64(uint64_t v) { for (int i = 0; i < 8; ++i) u8(uint8_t(v >> (8 * i))); }
    void i32(int32_t v) { u32(uint32_t(v)); }
    void f64(double v) { uint64_t bits; std::memcpy(&bits, &v, 8); u64(bits); }
    void text(const std::string& s) {
        u16(uint16_t(s.size()));
        bytes.insert(bytes.end(), s.begin(), s.end());
    }
    std::vector<uint8_t> bytes;
};

class Reader {
public:
    Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    bool failed() const { return !result.ok(); }
    size_t remaining() const { return size_ - at_; }

    void fail(DecodeStatus status, const std::string& reason) {
        if (result.ok()) result = {status, reason};
    }
    uint64_t unsigned_bytes(int count, const char* field) {
        if (failed()) return 0;
        if (remaining() < size_t(count)) { fail(DecodeStatus::Truncated, std::string(field) + ": message ends early"); return 0; }
        uint64_t v = 0;
        for (int i = 0; i < count; ++i) v |= uint64_t(data_[at_ + size_t(i)]) << (8 * i);
        at_ += size_t(count);
        return v;
    }
    uint8_t u8(const char* field) { return uint8_t(unsigned_bytes(1, field)); }
    uint16_t u16(const char* field) { return uint16_t(unsigned_bytes(2, field)); }
    uint32_t u32(const char* field) { return uint32_t(unsigned_bytes(4, field)); }
    uint64_t u64(const char* field) { return unsigned_bytes(8, field); }
    int32_t i32(const char* field) { return int32_t(u32(field)); }
    double f64(const char* field) {
        const uint64_t bits = u64(field);
        double v;
        std::memcpy(&v, &bits, 8);
        if (!failed() && !std::isfinite(v)) { fail(DecodeStatus::BadField, std::string(field) + ": not a finite number"); return 0.0; }
        return v;
    }
    // A string of at most `limit` bytes; the length is checked before anything is copied.
    std::string text(const char* field, size_t limit) {
        const size_t length = u16(field);
        if (failed()) return {};
        if (length > limit) { fail(DecodeStatus::Oversized, std::string(field) + ": " + std::to_string(length) + " bytes, the limit is " + std::to_string(limit)); return {}; }
        if (length > remaining()) { fail(DecodeStatus::Truncated, std::string(field) + ": message ends early"); return {}; }
        std::string s(reinterpret_cast<const char*>(data_ + at_), length);
        at_ += length;
        return s;
    }

    DecodeResult result;

private:
    const uint8_t* data_;
    size_t size_;
    size_t at_ = 0;
};

void write_commands(Writer& w, const std::vector<Command>& commands) {
    w.u16(uint16_t(commands.size()));
    for (const Command& c : commands) {
        w.u8(uint8_t(c.type));
        w.u8(uint8_t(c.role));
        w.text(c.policy_id);
        w.u32(c.event_instance);
        w.text(c.choice_id);
        w.u8(uint8_t(c.lever));
        w.f64(c.value);
        w.text(c.source);
    }
}

std::vector<Command> read_commands(Reader& r) {
    std::vector<Command> commands;
    const size_t count = r.u16("commands");
    if (r.failed()) return commands;
    if (count > kMaxCommandsPerMonth) {
        r.fail(DecodeStatus::Oversized, "commands: " + std::to_string(count) + ", the limit is " + std::to_string(kMaxCommandsPerMonth));
        return commands;
    }
    for (size_t i = 0; i < count && !r.failed(); ++i) {
        Command c;
        const uint8_t type = r.u8("command.type");
        const uint8_t role = r.u8("command.role");
        c.policy_id = r.text("command.policy", kMaxIdBytes);
        c.event_instance = r.u32("command.event_instance");
        c.choice_id = r.text("command.choice", kMaxIdBytes);
        const uint8_t lever = r.u8("command.lever");
        c.value = r.f64("command.value");
        c.source = r.text("command.source", kMaxIdBytes);
        if (r.failed()) break;
        const std::string where = "commands[" + std::to_string(i) + "]";
        if (type > uint8_t(CommandType::SetLever)) { r.fail(DecodeStatus::BadField, where + ".type: " + std::to_string(type) + " is not a command type"); break; }
        if (role >= uint8_t(kRoleCount)) { r.fail(DecodeStatus::BadField, where + ".role: " + std::to_string(role) + " is not a role"); break; }
        if (lever >= uint8_t(kLeverCount)) { r.fail(DecodeStatus::BadField, where + ".lever: " + std::to_string(lever) + " is not a lever"); break; }
        c.type = CommandType(type);
        c.role = Role(role);
        c.lever = Lever(lever);
        commands.push_back(std::move(c));
    }
    return commands;
}

void write_payload(Writer& w, const Message& m) {
    switch (m.type) {
        case MessageType::Hello:
            w.text(m.game_version); w.text(m.content_hash); w.text(m.join_code);
            w.text(m.team_name); w.text(m.team_token); w.u8(m.roles); w.text(m.park_name);
            break;
        case MessageType::Welcome:
            w.u16(m.team_index); w.text(m.team_name); w.text(m.team_token); w.text(m.scenario_id);
            w.u64(m.seed); w.u16(m.years); w.u8(m.roles); w.u32(m.epoch); w.i32(m.month);
            break;
        case MessageType::Commands:
            w.u32(m.epoch); w.i32(m.month); write_commands(w, m.commands);
            break;
        case MessageType::MonthGo:
            w.i32(m.month); write_commands(w, m.commands);
            break;
        case MessageType::StateHash:
            w.u32(m.epoch); w.i32(m.month); w.u64(m.hash);
            break;
        case MessageType::Resync:
            w.u32(m.epoch); w.i32(m.month); w.u32(m.total_bytes); w.u32(m.offset); w.text(m.text);
            break;
        case MessageType::InjectEvent:
            w.i32(m.month); w.text(m.event_id);
            break;
        case MessageType::Refused:
        case MessageType::Pause:
        case MessageType::Resume:
        case MessageType::Broadcast:
        case MessageType::Bye:
        case MessageType::Leaderboard:
            w.text(m.text);
            break;
    }
}

void read_payload(Reader& r, Message* m) {
    switch (m->type) {
        case MessageType::Hello:
            m->game_version = r.text("game_version", kMaxNameBytes);
            m->content_hash = r.text("content_hash", kMaxNameBytes);
            m->join_code = r.text("join_code", kMaxNameBytes);
            m->team_name = r.text("team_name", kMaxNameBytes);
            m->team_token = r.text("team_token", kMaxNameBytes);
            m->roles = r.u8("roles");
            m->park_name = r.text("park_name", kMaxNameBytes);
            if (!r.failed() && (m->roles == 0 || m->roles > kRoleMaskBoth)) r.fail(DecodeStatus::BadField, "roles: " + std::to_string(m->roles) + " is not a role mask");
            break;
        case MessageType::Welcome:
            m->team_index = r.u16("team_index");
            m->team_name = r.text("team_name", kMaxNameBytes);
            m->team_token = r.text("team_token", kMaxNameBytes);
            m->scenario_id = r.text("scenario", kMaxIdBytes);
            m->seed = r.u64("seed");
            m->years = r.u16("years");
            m->roles = r.u8("roles");
            m->epoch = r.u32("epoch");
            m->month = r.i32("month");
            if (!r.failed() && (m->roles == 0 || m->roles > kRoleMaskBoth)) r.fail(DecodeStatus::BadField, "roles: " + std::to_string(m->roles) + " is not a role mask");
            break;
        case MessageType::Commands:
            m->epoch = r.u32("epoch");
            m->month = r.i32("month");
            m->commands = read_commands(r);
            break;
        case MessageType::MonthGo:
            m->month = r.i32("month");
            m->commands = read_commands(r);
            break;
        case MessageType::StateHash:
            m->epoch = r.u32("epoch");
            m->month = r.i32("month");
            m->hash = r.u64("hash");
            break;
        case MessageType::Resync:
            m->epoch = r.u32("epoch");
            m->month = r.i32("month");
            m->total_bytes = r.u32("total_bytes");
            m->offset = r.u32("offset");
            m->text = r.text("save", kMaxResyncChunkBytes);
            if (r.failed()) break;
            if (m->total_bytes > kMaxSaveBytes) r.fail(DecodeStatus::Oversized, "total_bytes: " + std::to_string(m->total_bytes) + ", the limit is " + std::to_string(kMaxSaveBytes));
            else if (m->text.empty() || uint64_t(m->offset) + m->text.size() > m->total_bytes) r.fail(DecodeStatus::BadField, "offset: the chunk is empty or ends past total_bytes");
            break;
        case MessageType::InjectEvent:
            m->month = r.i32("month");
            m->event_id = r.text("event", kMaxIdBytes);
            break;
        case MessageType::Refused:
        case MessageType::Pause:
        case MessageType::Resume:
        case MessageType::Broadcast:
        case MessageType::Bye:
        case MessageType::Leaderboard:
            m->text = r.text("text", kMaxTextBytes);
            break;
    }
    if (!r.failed() && m->month < 0) r.fail(DecodeStatus::BadField, "month: " + std::to_string(m->month) + " is negative");
}

}  // namespace

const char* message_type_name(MessageType type) {
    switch (type) {
        case MessageType::Hello: return "hello";
        case MessageType::Welcome: return "welcome";
        case MessageType::Refused: return "refused";
        case MessageType::Commands: return "commands";
        case MessageType::MonthGo: return "month_go";
        case MessageType::StateHash: return "state_hash";
        case MessageType::Resync: return "resync";
        case MessageType::Pause: return "pause";
        case MessageType::Resume: return "resume";
        case MessageType::Broadcast: return "broadcast";
        case MessageType::InjectEvent: return "inject_event";
        case MessageType::Bye: return "bye";
        case MessageType::Leaderboard: return "leaderboard";
    }
    return "unknown";
}

const char* decode_status_name(DecodeStatus status) {
    switch (status) {
        case DecodeStatus::Ok: return "ok";
        case DecodeStatus::Truncated: return "truncated";
        case DecodeStatus::BadMagic: return "bad_magic";
        case DecodeStatus::OtherVersion: return "other_version";
        case DecodeStatus::UnknownType: return "unknown_type";
        case DecodeStatus::Oversized: return "oversized";
        case DecodeStatus::BadField: return "bad_field";
    }
    return "unknown";
}

std::vector<uint8_t> encode_message(const Message& message) {
    Writer payload;
    write_payload(payload, message);
    Writer w;
    w.u8(kMagic0);
    w.u8(kMagic1);
    w.u16(message.protocol_version);
    w.u8(uint8_t(message.type));
    w.u8(0);   // flags: none defined yet, must be 0
    w.u32(message.sequence);
    w.u32(uint32_t(payload.bytes.size()));
    w.bytes.insert(w.bytes.end(), payload.bytes.begin(), payload.bytes.end());
    return w.bytes;
}

DecodeResult decode_message(const uint8_t* data, size_t size, Message* out) {
    *out = Message{};
    if (size < kHeaderBytes) return {DecodeStatus::Truncated, "header: " + std::to_string(size) + " bytes, needs " + std::to_string(kHeaderBytes)};
    Reader r(data, size);
    const uint8_t magic0 = r.u8("magic"), magic1 = r.u8("magic");
    if (magic0 != kMagic0 || magic1 != kMagic1) return {DecodeStatus::BadMagic, "magic: not a Keystone message"};
    out->protocol_version = r.u16("version");
    const uint8_t type = r.u8("type");
    const uint8_t flags = r.u8("flags");
    out->sequence = r.u32("sequence");
    const uint32_t length = r.u32("length");
    if (type < kFirstMessageType || type > kLastMessageType) return {DecodeStatus::UnknownType, "type: " + std::to_string(type) + " is not a message type"};
    out->type = MessageType(type);
    if (out->protocol_version != kProtocolVersion)
        return {DecodeStatus::OtherVersion, "protocol version " + std::to_string(out->protocol_version) + ", this build speaks " + std::to_string(kProtocolVersion)};
    if (flags != 0) return {DecodeStatus::BadField, "flags: " + std::to_string(flags) + ", none are defined"};
    if (length > kMaxMessageBytes) return {DecodeStatus::Oversized, "length: " + std::to_string(length) + " bytes, the limit is " + std::to_string(kMaxMessageBytes)};
    if (length != r.remaining())
        return {length > r.remaining() ? DecodeStatus::Truncated : DecodeStatus::Oversized,
                "length: the header says " + std::to_string(length) + " bytes, the message has " + std::to_string(r.remaining())};
    read_payload(r, out);
    if (r.failed()) return r.result;
    if (r.remaining() != 0) return {DecodeStatus::Oversized, std::to_string(r.remaining()) + " bytes after the " + message_type_name(out->type) + " payload"};
    return {};
}

}  // namespace keystone::net
