#include "net/pending_send.h"

#include <algorithm>

namespace pakn::client::net {
namespace {

// Leaves for the network again: the attachments first, then the report.
SendStep go(PendingSend p, const SendFacts& f) {
    p.files_total = f.files_total;
    p.files_done = f.files_done;
    p.file_bytes_sent = f.file_bytes_sent;
    if (f.files_refused) {
        p.phase = SendPhase::failed;
        return {p, SendCommand::show_error};
    }
    if (!f.online) {
        p.phase = SendPhase::waiting_network;
        return {p, SendCommand::none};
    }
    if (f.files_done < f.files_total) {
        p.phase = SendPhase::uploading;
        return {p, f.files_waiting + f.files_ready > 0 ? SendCommand::resume_uploads : SendCommand::none};
    }
    p.phase = SendPhase::sending;
    return {p, SendCommand::post_create};
}

// The network let us down: wait, and try again after a growing pause.
SendStep wait(PendingSend p, const SendFacts& f) {
    p.phase = SendPhase::waiting_network;
    p.retry_at_ms = f.now_ms + retry_delay_ms(p.tries);
    ++p.tries;
    return {p, SendCommand::none};
}

}  // namespace

double retry_delay_ms(int tries) {
    const int n = std::clamp(tries, 0, 4);
    return std::min(30000.0, 2000.0 * static_cast<double>(1 << n));
}

SendStep step(const PendingSend& now, SendEvent event, const SendFacts& f) {
    PendingSend p = now;
    switch (now.phase) {
        case SendPhase::editing:
        case SendPhase::failed:
            if (event == SendEvent::send) {
                p.tries = 0;
                return go(p, f);
            }
            return {p, SendCommand::none};
        case SendPhase::sent:
            return {p, SendCommand::none};
        case SendPhase::waiting_network:
            if (event == SendEvent::cancel) {
                p.phase = SendPhase::editing;  // the key stays: the first try may have arrived
                return {p, SendCommand::none};
            }
            if (event == SendEvent::went_online || event == SendEvent::reloaded)
                return f.online ? go(p, f) : SendStep{p, SendCommand::none};
            if (event == SendEvent::frame && f.online && f.now_ms >= now.retry_at_ms) return go(p, f);
            p.files_done = f.files_done;
            p.files_total = f.files_total;
            return {p, SendCommand::none};
        case SendPhase::uploading:
            if (event == SendEvent::reloaded) return go(p, f);  // the uploads of the last page are gone
            if (event == SendEvent::went_offline) return wait(p, f);
            if (event == SendEvent::went_online) return go(p, f);  // lost files go at once
            if (event != SendEvent::frame) return {p, SendCommand::none};
            p.files_done = f.files_done;
            p.files_total = f.files_total;
            p.file_bytes_sent = f.file_bytes_sent;
            if (f.files_refused) {
                p.phase = SendPhase::failed;
                return {p, SendCommand::show_error};
            }
            if (f.files_done >= f.files_total) {
                p.phase = SendPhase::sending;
                p.tries = 0;
                return {p, SendCommand::post_create};
            }
            // Files read back from the device go at once; a lost one waits
            // for the network (or the back-off) before it is tried again.
            if (f.files_ready > 0) return {p, SendCommand::resume_uploads};
            if (f.files_moving == 0 && f.files_waiting > 0) return wait(p, f);
            return {p, SendCommand::none};
        case SendPhase::sending:
            if (event == SendEvent::created) {
                p.phase = SendPhase::sent;
                p.tries = 0;
                return {p, SendCommand::show_sent};
            }
            if (event == SendEvent::lost) return wait(p, f);
            if (event == SendEvent::refused) {
                p.phase = SendPhase::failed;
                p.tries = 0;
                return {p, SendCommand::show_error};
            }
            // After a reload the request of the last page has no answer to
            // wait for: send again (the key makes it the same report).
            if (event == SendEvent::reloaded) return go(p, f);
            return {p, SendCommand::none};
    }
    return {p, SendCommand::none};
}

std::string uuid_v4(std::array<std::uint8_t, 16> b) {
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(kHex[b[i] >> 4]);
        out.push_back(kHex[b[i] & 0x0F]);
    }
    return out;
}

}  // namespace pakn::client::net
