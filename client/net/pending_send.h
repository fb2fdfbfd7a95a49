// A report the citizen pressed GỬI on, until the server has it: the pure
// rules of "no lost work on a weak network" (issue 15 item 16). The submit
// screen feeds it what it sees (the network, its attachments' uploads, the
// create request's answer) and does what it says; nothing here does I/O, so
// every transition is tested natively, table by table.
//
//   editing ──send──▶ uploading ──all stored──▶ sending ──ok──▶ sent
//      ▲                 │ lost                    │ lost
//      │                 ▼                         ▼
//      └──cancel── waiting_network ◀───────────────┘   (retried on the
//                        │  online / next try / reload   online event, after
//                        ▼                               a back-off, at load)
//                 uploading or sending           refused ──▶ failed
//
// The idempotency key is made once per pending report and sent with every
// try, so a retry after a lost answer finds the report the first try made.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace pakn::client::net {

enum class SendPhase {
    editing,          // nothing pending
    waiting_network,  // "Đang chờ mạng — sẽ tự gửi": retried by itself
    uploading,        // attachments still going to the server
    sending,          // POST /reports in flight
    sent,             // the server answered with the tracking code
    failed,           // refused (a field, the captcha): the citizen fixes it
};

struct PendingSend {
    SendPhase phase = SendPhase::editing;
    std::string key;           // idempotency key (UUID), "" until the first GỬI
    int tries = 0;             // network failures in a row (the back-off grows)
    double retry_at_ms = 0;    // while waiting: the next try, even if online never changes
    int files_done = 0;        // attachments stored, of
    int files_total = 0;       // the report's attachments
    std::int64_t file_bytes_sent = 0;  // of the attachment going now
};

enum class SendEvent {
    send,       // GỬI pressed (editing or failed)
    cancel,     // the citizen takes the report back to change it
    frame,      // a frame: the uploads' counts and the clock as they are now
    went_online,
    went_offline,
    reloaded,   // restored from the device after a reload or a crash
    created,    // POST /reports answered 2xx
    lost,       // POST /reports got no answer (status 0)
    refused,    // POST /reports answered an error
};

// What the screen sees, fed with every event.
struct SendFacts {
    bool online = true;         // navigator.onLine
    double now_ms = 0;
    int files_total = 0;        // attachments in the form (not failed)
    int files_done = 0;         // of them, stored on the server
    int files_waiting = 0;      // lost with the network on this page, to be sent again
    int files_ready = 0;        // back from the device's store, not yet tried on this page
    int files_moving = 0;       // uploading now (or being read back from the device)
    bool files_refused = false; // an upload the server refused (type, size)
    std::int64_t file_bytes_sent = 0;
};

enum class SendCommand {
    none,
    resume_uploads,  // start the waiting attachments again
    post_create,     // POST /reports with the key
    show_sent,       // the tracking code screen, a notification
    show_error,      // the refusal at its fields
};

struct SendStep {
    PendingSend next;
    SendCommand command = SendCommand::none;
};

SendStep step(const PendingSend& now, SendEvent event, const SendFacts& facts);

// How long to wait after `tries` failures in a row: 2 s, 4 s, 8 s, … 30 s.
double retry_delay_ms(int tries);

// True while the report is the device's to send (kept across reloads; the
// home screen says so).
inline bool pending(const PendingSend& p) {
    return p.phase == SendPhase::waiting_network || p.phase == SendPhase::uploading ||
           p.phase == SendPhase::sending;
}

// A version 4 UUID in canonical lower-case text from 16 random bytes.
std::string uuid_v4(std::array<std::uint8_t, 16> bytes);

}  // namespace pakn::client::net
