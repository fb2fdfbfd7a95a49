// The pending report's rules (net/pending_send.h), table by table: where a
// report the citizen sent stands on a weak network, and what the screen
// must do on each event. Pure: no screen, no platform.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "net/pending_send.h"
#include "pakn/forms.h"

namespace {

using namespace pakn::client::net;
using P = SendPhase;
using E = SendEvent;
using C = SendCommand;

struct Row {
    const char* what;
    P from;
    E event;
    SendFacts facts;
    P to;
    C command;
};

SendFacts online_no_files() { return SendFacts{true, 1000, 0, 0, 0, 0, 0, false, 0}; }
SendFacts offline_no_files() { return SendFacts{false, 1000, 0, 0, 0, 0, 0, false, 0}; }
// total, done, waiting (lost), ready (restored), moving
SendFacts files(bool online, int total, int done, int waiting, int ready, int moving, bool refused = false) {
    return SendFacts{online, 1000, total, done, waiting, ready, moving, refused, 0};
}

}  // namespace

TEST_CASE("pending report: every phase's answer to every event that matters") {
    const Row rows[] = {
        // GỬI
        {"send online, no files: the report goes", P::editing, E::send, online_no_files(), P::sending, C::post_create},
        {"send offline: kept, waiting for the network", P::editing, E::send, offline_no_files(), P::waiting_network, C::none},
        {"send with a file still uploading: wait for it", P::editing, E::send, files(true, 2, 1, 0, 0, 1), P::uploading, C::none},
        {"send with a lost file: it goes again", P::editing, E::send, files(true, 2, 1, 1, 0, 0), P::uploading, C::resume_uploads},
        {"send with a refused file: the citizen fixes it", P::editing, E::send, files(true, 1, 0, 0, 0, 0, true), P::failed, C::show_error},
        {"send again after a refusal", P::failed, E::send, online_no_files(), P::sending, C::post_create},
        {"a failed report waits for the citizen, not the network", P::failed, E::went_online, online_no_files(), P::failed, C::none},
        {"editing ignores the network", P::editing, E::went_online, online_no_files(), P::editing, C::none},
        // the create request's answer
        {"created: the tracking code", P::sending, E::created, online_no_files(), P::sent, C::show_sent},
        {"no answer: wait and send again", P::sending, E::lost, online_no_files(), P::waiting_network, C::none},
        {"refused: the fields say why", P::sending, E::refused, online_no_files(), P::failed, C::show_error},
        {"reloaded while sending: send again (same key)", P::sending, E::reloaded, online_no_files(), P::sending, C::post_create},
        {"reloaded while sending, offline: wait", P::sending, E::reloaded, offline_no_files(), P::waiting_network, C::none},
        {"a frame changes nothing while the request runs", P::sending, E::frame, online_no_files(), P::sending, C::none},
        // waiting
        {"the network returns: send", P::waiting_network, E::went_online, online_no_files(), P::sending, C::post_create},
        {"the network returns with files to send", P::waiting_network, E::went_online, files(true, 1, 0, 1, 0, 0), P::uploading, C::resume_uploads},
        {"an online event while the browser says offline", P::waiting_network, E::went_online, offline_no_files(), P::waiting_network, C::none},
        {"reloaded while waiting and online: send", P::waiting_network, E::reloaded, online_no_files(), P::sending, C::post_create},
        {"reloaded while waiting, files read back", P::waiting_network, E::reloaded, files(true, 1, 0, 0, 1, 0), P::uploading, C::resume_uploads},
        {"reloaded offline: keep waiting", P::waiting_network, E::reloaded, offline_no_files(), P::waiting_network, C::none},
        {"before the next try: nothing", P::waiting_network, E::frame, online_no_files(), P::waiting_network, C::none},
        {"cancel: back to editing", P::waiting_network, E::cancel, online_no_files(), P::editing, C::none},
        {"going offline while waiting changes nothing", P::waiting_network, E::went_offline, offline_no_files(), P::waiting_network, C::none},
        // uploading
        {"the last file stored: send", P::uploading, E::frame, files(true, 2, 2, 0, 0, 0), P::sending, C::post_create},
        {"a file still moving: wait for it", P::uploading, E::frame, files(true, 2, 1, 0, 0, 1), P::uploading, C::none},
        {"a file lost, none moving: wait for the network", P::uploading, E::frame, files(true, 2, 1, 1, 0, 0), P::waiting_network, C::none},
        {"a file read back from the device: send it", P::uploading, E::frame, files(true, 2, 1, 0, 1, 0), P::uploading, C::resume_uploads},
        {"a file refused while uploading", P::uploading, E::frame, files(true, 2, 1, 0, 0, 0, true), P::failed, C::show_error},
        {"online again while uploading: the lost file goes at once", P::uploading, E::went_online, files(true, 2, 1, 1, 0, 0), P::uploading, C::resume_uploads},
        {"offline while uploading: wait", P::uploading, E::went_offline, files(false, 2, 1, 0, 0, 1), P::waiting_network, C::none},
        {"reloaded while uploading: the files go again", P::uploading, E::reloaded, files(true, 1, 0, 0, 1, 0), P::uploading, C::resume_uploads},
        // done
        {"sent is final", P::sent, E::send, online_no_files(), P::sent, C::none},
        {"sent ignores a late loss", P::sent, E::lost, online_no_files(), P::sent, C::none},
    };
    for (const Row& r : rows) {
        CAPTURE(std::string(r.what));
        PendingSend p;
        p.phase = r.from;
        p.key = "0f8fad5b-d9cb-469f-a165-70867728950e";
        p.retry_at_ms = 5000;  // the facts' clock says 1000: a timed retry is not due
        const SendStep s = step(p, r.event, r.facts);
        CHECK(s.next.phase == r.to);
        CHECK(s.command == r.command);
        CHECK(s.next.key == p.key);  // one key for the pending report's whole life
    }
}

TEST_CASE("pending report: a lost answer backs off, and the next try comes by itself when online") {
    PendingSend p;
    p.phase = P::sending;
    SendFacts f = online_no_files();
    double last_delay = 0;
    for (int i = 0; i < 8; ++i) {
        f.now_ms = 10000.0 * i;
        p = step(p, E::lost, f).next;
        REQUIRE(p.phase == P::waiting_network);
        const double delay = p.retry_at_ms - f.now_ms;
        CHECK(delay >= last_delay);  // never faster than the last time
        CHECK(delay <= 30000);
        last_delay = delay;
        // One millisecond early: still waiting; on time: sent again.
        f.now_ms = p.retry_at_ms - 1;
        CHECK(step(p, E::frame, f).command == C::none);
        f.now_ms = p.retry_at_ms;
        const SendStep again = step(p, E::frame, f);
        CHECK(again.command == C::post_create);
        // Offline, the time alone does not start a try.
        f.online = false;
        CHECK(step(p, E::frame, f).command == C::none);
        f.online = true;
        p = again.next;
    }
    CHECK(retry_delay_ms(0) == 2000);
    CHECK(retry_delay_ms(100) == 30000);
    // Success resets the count.
    CHECK(step(p, E::created, f).next.tries == 0);
}

TEST_CASE("pending report: keys are canonical version 4 UUIDs the server accepts, and differ") {
    std::set<std::string> seen;
    for (int seed = 0; seed < 64; ++seed) {
        std::array<std::uint8_t, 16> bytes{};
        for (int i = 0; i < 16; ++i) bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(seed * 31 + i * 17);
        const std::string key = uuid_v4(bytes);
        CAPTURE(key);
        REQUIRE(key.size() == 36);
        CHECK(key[8] == '-');
        CHECK(key[14] == '4');
        CHECK(std::string("89ab").find(key[19]) != std::string::npos);
        for (char c : key) CHECK(((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-'));
        CHECK(pakn::valid_idempotency_key(key));
        seen.insert(key);
    }
    CHECK(seen.size() == 64);
}
