// Demo data (`pakn-server seed --reports N`, `serve --demo`): citizens,
// officers for every unit that handles reports, and reports spread over the
// last months with their whole lifecycle — intake, assignment, work,
// extensions, answers, publication, ratings — and Vietnamese titles,
// contents and addresses built from templates × streets × communes.
//
// Every report follows a plan drawn from a splitmix64 stream of its own
// (seed, chronological index), so a seed gives the same data every time.
// Two ways to carry the plans out, with the same result rows (older reports
// first, so codes follow submission order):
// - through the services (ReportService::create/edit/act, close_unrated with
//   real principals), step by step in global time order: every rule of the API
//   applies (the default, and for N up to kFastSeedThreshold);
// - the fast path for large N: the same plans applied to the row in memory
//   with the shared workflow table (apply) and deadline functions, then
//   written with the store's functions in large transactions (synchronous
//   NORMAL, one WAL checkpoint at the end): one INSERT per report (the
//   statistics triggers run as for any report), its timeline events, its
//   search-index row, its co-handling units and its code from the yearly
//   counter. It writes no notifications and keeps version 1 on each row.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "pakn/dto_admin.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class AuthService;
class CalendarService;

inline constexpr int kFastSeedThreshold = 20000;

struct SeedOptions {
    int reports = 2000;
    std::uint64_t seed = 1;
    int months = 18;           // submissions spread over this many months before `now`
    std::optional<bool> fast;  // all fast (true) or all through the services (false)
    // Default when `fast` is not given: through the services when reports <=
    // kFastSeedThreshold, else fast. `services_days` set: the reports of the
    // last so many days go through the services, older ones the fast path
    // (the demo: realistic recent activity, quick start).
    std::optional<int> services_days;
    int batch = 2000;                                 // fast path: reports per transaction
    // As the server closes unrated reports (the settings default).
    std::int64_t rating_window_seconds = SettingsForm{}.rating_window_days * 86400;
};

// An account the seeder created with a usable password (shown once).
struct SeededAccount {
    std::string login;
    std::string password;
    std::string role;  // citizen | dispatcher | leader | handler | unit_lead
    std::string unit;  // unit name for officers
};

struct SeedResult {
    int reports = 0;           // created
    int steps = 0;             // lifecycle steps carried out (creation included)
    int refused = 0;           // steps a service refused (0 unless a rule changed under the seeder)
    int citizens = 0;          // accounts created
    int officers = 0;          // accounts created
    int through_services = 0;  // reports created through the services
    int written_fast = 0;      // reports written by the fast path
    double seconds = 0;
    std::vector<SeededAccount> accounts;
};

// Seeds reports (and the accounts they need) into `db`, ending at `now`.
// `progress(done, total)` is called now and then (may be empty).
SeedResult seed_reports(store::Database& db, AuthService& auth, CalendarService& calendar, UnixSeconds now,
                        const SeedOptions& options, const std::function<void(int, int)>& progress = {});

// A few published announcements (policies, tourism, events, notices) and
// one draft, unless any announcement exists; returns how many were added.
int seed_announcements(store::Database& db, UnixSeconds now);

// A few answer templates (Mẫu trả lời): province-wide ones and some of the
// Sở Xây dựng's and the water company's, with placeholders, unless any
// template exists; returns how many were added.
int seed_answer_templates(store::Database& db, UnixSeconds now);

// The demo boundary file: $PAKN_DEMO_GEOJSON when set, else
// ../shared/data/khanh-hoa-communes-2025.geojson beside the repository,
// looked for upwards from each of `start_dirs`. "" when not found.
std::string find_demo_geojson(const std::vector<std::string>& start_dirs);

}  // namespace pakn::server::services
