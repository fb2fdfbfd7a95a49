// The disk on the open internet, through the real router: one account cannot
// hold more than its quota in files no sent report carries, and below the
// free-space floor no file is taken at all. Either refusal leaves nothing
// partial behind (no row, no .part file, no stored file).
//
// [SECTION] index: helpers, the quota, the floor, configuration.
#include <doctest/doctest.h>

#include <filesystem>
#include <ostream>
#include <string>

#include "app/config.h"
#include "base/disk.h"
#include "pakn/messages.h"
#include "support/test_app.h"

using pakn::test::Browser;
using pakn::test::json;
using pakn::test::TestApp;
using Response = pakn::server::http::Response;

namespace {

// [SECTION] helpers -----------------------------------------------------------

constexpr long long kMiB = 1ll << 20;

Browser citizen(TestApp& t, const std::string& cccd, const std::string& phone) {
    REQUIRE(t.register_citizen(cccd, phone) > 0);
    Browser b;
    REQUIRE(t.login(b, cccd, "matkhau2026").status == 200);
    return b;
}

// A PNG of `size` bytes (the server types files by their first bytes); `salt`
// makes the bytes, and so the stored file, distinct.
std::string png_bytes(std::size_t size, char salt = 'a') {
    std::string s("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0", 33);
    s.push_back(salt);
    s.resize(size, '\x7f');
    return s;
}

Response upload_whole(TestApp& t, Browser& b, const std::string& bytes) {
    return t.call("POST", "/api/v1/attachments", bytes, {{"content-type", "image/png"}, {"x-file-name", "anh.png"}},
                  &b);
}

Response start_upload(TestApp& t, Browser& b, long long size) {
    return t.send("POST", "/api/v1/uploads", {{"name", "video.png"}, {"size", size}}, &b);
}

Response put_chunk(TestApp& t, Browser& b, const std::string& id, long long offset, const std::string& bytes) {
    return t.call("PUT", "/api/v1/uploads/" + id + "?offset=" + std::to_string(offset), bytes,
                  {{"content-type", "application/octet-stream"}}, &b);
}

std::string error_code(const Response& r) {
    const json b = TestApp::body_of(r);
    const auto e = b.find("error");
    return e != b.end() && e->contains("code") ? (*e)["code"].get<std::string>() : "";
}

// The code of the error's entry for `field`, or "".
std::string field_code(const Response& r, const std::string& field) {
    const json b = TestApp::body_of(r);
    const auto e = b.find("error");
    if (e == b.end() || !e->contains("fields")) return "";
    for (const auto& f : (*e)["fields"])
        if (f["field"] == field) return f["code"].get<std::string>();
    return "";
}

std::string message_of(const Response& r) {
    const json b = TestApp::body_of(r);
    const auto e = b.find("error");
    return e != b.end() && e->contains("message") ? (*e)["message"].get<std::string>() : "";
}

std::size_t files_under(const std::string& dir) {
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) ++n;
    return n;
}

std::int64_t count(TestApp& t, const std::string& sql) {
    return t.app->db->read([&](pakn::server::store::Connection& c) { return c.scalar_int(sql).value_or(-1); });
}

// Everything an upload can leave behind: rows and files.
struct Leftovers {
    std::int64_t uploads = 0, attachments = 0;
    std::size_t part_files = 0, stored_files = 0;
    bool operator==(const Leftovers&) const = default;
};

Leftovers leftovers(TestApp& t) {
    const std::string data = t.app->config.data_dir;
    return {count(t, "SELECT COUNT(*) FROM uploads"), count(t, "SELECT COUNT(*) FROM attachments"),
            files_under(data + "/uploads"), files_under(data + "/files")};
}

std::ostream& operator<<(std::ostream& out, const Leftovers& l) {
    return out << "uploads " << l.uploads << ", attachments " << l.attachments << ", .part files " << l.part_files
               << ", stored files " << l.stored_files;
}

json report_with(TestApp& t, const std::vector<std::int64_t>& attachments, bool submit) {
    json body = {{"title", "Cây xanh đổ chắn ngang đường"},
                 {"content", "Cây đổ sau cơn mưa lớn chắn hết lối đi, xe máy không qua được."},
                 {"address", "Đường Lê Hồng Phong"},
                 {"is_public", false},
                 {"attachment_ids", attachments},
                 {"submit", submit}};
    if (submit) {
        auto [cid, answer] = t.captcha();
        body["captcha_id"] = cid;
        body["captcha_answer"] = answer;
    }
    return body;
}

}  // namespace

// [SECTION] the quota -------------------------------------------------------------

TEST_CASE("upload quota: files no sent report carries count against the account, and past it nothing is taken") {
    TestApp t([](pakn::server::Config& c) { c.upload_quota_bytes = 3 * kMiB; });
    Browser a = citizen(t, "056191653264", "0905123456");
    Browser b = citizen(t, "079203000123", "0912345678");

    // Whole uploads of 1 MiB until the quota refuses one.
    std::vector<std::int64_t> mine;
    Response refused;
    for (char salt = 'a'; salt < 'a' + 10; ++salt) {
        auto r = upload_whole(t, a, png_bytes(kMiB, salt));
        if (r.status != 201) {
            refused = r;
            break;
        }
        mine.push_back(TestApp::body_of(r)["id"].get<std::int64_t>());
    }
    CHECK(mine.size() == 3);
    CHECK(refused.status == 413);
    CHECK(error_code(refused) == "upload_quota_exceeded");
    CHECK(field_code(refused, "file") == "upload_quota_exceeded");
    CHECK(message_of(refused) == std::string(pakn::message_for("upload_quota_exceeded")));
    CHECK(message_of(refused).find("tải lên") != std::string::npos);

    // Nothing of a refused upload is kept; a chunked one cannot start either,
    // not even a small one.
    const Leftovers before = leftovers(t);
    CHECK(before.stored_files == 3);
    CHECK(upload_whole(t, a, png_bytes(kMiB, 'z')).status == 413);
    auto start = start_upload(t, a, 1024);
    CHECK(start.status == 413);
    CHECK(error_code(start) == "upload_quota_exceeded");
    CHECK(leftovers(t) == before);

    // The quota is per account.
    CHECK(upload_whole(t, b, png_bytes(kMiB, 'b')).status == 201);

    // Files in a draft still count; once the report is sent they no longer do.
    auto draft = t.send("POST", "/api/v1/reports", report_with(t, mine, false), &a);
    REQUIRE(draft.status == 201);
    CHECK(start_upload(t, a, kMiB).status == 413);
    const auto draft_id = TestApp::body_of(draft)["id"].get<std::int64_t>();
    REQUIRE(t.send("PATCH", "/api/v1/reports/" + std::to_string(draft_id), report_with(t, mine, true), &a).status ==
            200);

    // A chunked upload reserves its declared size as it starts: a second
    // start that would not fit is refused before a byte is sent.
    auto big = start_upload(t, a, 2 * kMiB + kMiB / 2);
    REQUIRE(big.status == 201);
    const std::string big_id = TestApp::body_of(big)["upload_id"];
    auto second = start_upload(t, a, kMiB);
    CHECK(second.status == 413);
    CHECK(error_code(second) == "upload_quota_exceeded");
    // Its own chunks always fit; completed, it still counts; abandoning an
    // upload gives its reservation back.
    const std::string bytes = png_bytes(2 * kMiB + kMiB / 2, 'c');
    CHECK(put_chunk(t, a, big_id, 0, bytes).status == 200);
    auto done = t.send("POST", "/api/v1/uploads/" + big_id + "/complete", json::object(), &a);
    CHECK(done.status == 201);
    CHECK(start_upload(t, a, kMiB).status == 413);
    auto small = start_upload(t, a, kMiB / 4);
    REQUIRE(small.status == 201);
    const std::string small_id = TestApp::body_of(small)["upload_id"];
    CHECK(start_upload(t, a, kMiB / 2).status == 413);
    CHECK(t.send("DELETE", "/api/v1/uploads/" + small_id, json::object(), &a).status == 204);
    CHECK(start_upload(t, a, kMiB / 2).status == 201);
}

TEST_CASE("upload quota: a chunk past a quota lowered since the upload started abandons it, leaving nothing") {
    TestApp t([](pakn::server::Config& c) { c.upload_quota_bytes = 8 * kMiB; });
    Browser a = citizen(t, "056191653264", "0905123456");
    const Leftovers empty = leftovers(t);
    const std::string bytes = png_bytes(6 * kMiB);
    auto started = start_upload(t, a, 6 * kMiB);
    REQUIRE(started.status == 201);
    const std::string id = TestApp::body_of(started)["upload_id"];
    REQUIRE(put_chunk(t, a, id, 0, bytes.substr(0, 4 * kMiB)).status == 200);
    CHECK(leftovers(t).part_files == empty.part_files + 1);

    t.restart([](pakn::server::Config& c) { c.upload_quota_bytes = 2 * kMiB; });
    auto chunk = put_chunk(t, a, id, 4 * kMiB, bytes.substr(4 * kMiB));
    CHECK(chunk.status == 413);
    CHECK(error_code(chunk) == "upload_quota_exceeded");
    CHECK(leftovers(t) == empty);
    CHECK(t.send("POST", "/api/v1/uploads/" + id + "/complete", json::object(), &a).status == 404);
}

// [SECTION] the floor -------------------------------------------------------------

TEST_CASE("disk floor: below the free space to keep, no upload is taken and none is left half written") {
    TestApp t;  // tests run without a floor by default
    Browser a = citizen(t, "056191653264", "0905123456");
    const auto space = pakn::server::disk_space(t.app->config.data_dir);
    REQUIRE(space);
    REQUIRE(space->available > 0);

    // An upload under way, and one finished file.
    const std::string bytes = png_bytes(6 * kMiB);
    auto started = start_upload(t, a, 6 * kMiB);
    REQUIRE(started.status == 201);
    const std::string id = TestApp::body_of(started)["upload_id"];
    REQUIRE(put_chunk(t, a, id, 0, bytes.substr(0, 4 * kMiB)).status == 200);
    REQUIRE(upload_whole(t, a, png_bytes(kMiB, 'w')).status == 201);
    const Leftovers before = leftovers(t);

    // The operator's floor is more than the disk has free.
    const long long floor = static_cast<long long>(space->available) + 1024 * kMiB;
    t.restart([&](pakn::server::Config& c) { c.disk_floor_bytes = floor; });
    auto chunk = put_chunk(t, a, id, 4 * kMiB, bytes.substr(4 * kMiB));
    CHECK(chunk.status == 507);
    CHECK(error_code(chunk) == "storage_low");
    CHECK(message_of(chunk) == std::string(pakn::message_for("storage_low")));
    CHECK(message_of(chunk).find("dung lượng") != std::string::npos);
    // The half-sent upload is gone whole (row and .part file); the finished
    // file stays.
    Leftovers after_chunk = before;
    after_chunk.uploads -= 1;
    after_chunk.part_files -= 1;
    CHECK(leftovers(t) == after_chunk);
    auto start = start_upload(t, a, kMiB);
    CHECK(start.status == 507);
    CHECK(error_code(start) == "storage_low");
    auto whole = upload_whole(t, a, png_bytes(kMiB, 'x'));
    CHECK(whole.status == 507);
    CHECK(field_code(whole, "file") == "storage_low");
    CHECK(leftovers(t) == after_chunk);
    // Reports without files are still taken: the floor keeps room for them.
    CHECK(t.send("POST", "/api/v1/reports", report_with(t, {}, true), &a).status == 201);

    // A floor as a share of the disk works the same way.
    t.restart([](pakn::server::Config& c) {
        c.disk_floor_bytes = 0;
        c.disk_floor_percent = 90;
    });
    if (static_cast<double>(space->available) < 0.9 * static_cast<double>(space->total))
        CHECK(start_upload(t, a, kMiB).status == 507);
    else
        MESSAGE("the disk is more than 90 % free: the share-of-disk floor is not exercised here");

    // Space back (floor lowered): uploads are taken again.
    t.restart([](pakn::server::Config& c) {
        c.disk_floor_bytes = 0;
        c.disk_floor_percent = 0;
    });
    CHECK(upload_whole(t, a, png_bytes(kMiB, 'y')).status == 201);
}

// [SECTION] configuration ----------------------------------------------------------

TEST_CASE("disk floor: the larger of the bytes and the share of the disk") {
    using pakn::server::disk_floor;
    using pakn::server::DiskSpace;
    // Columns: available, total, floor bytes, floor percent, expected floor.
    struct Row {
        std::uint64_t available, total, bytes;
        int percent;
        std::uint64_t expected;
    };
    const Row rows[] = {
        {50, 1000, 100, 5, 100},     // bytes larger than 5 % of 1000
        {50, 10000, 100, 5, 500},    // 5 % larger
        {50, 10000, 0, 0, 0},        // no floor
        {50, 10000, 0, 150, 10000},  // a share over 100 % is the whole disk
        {50, 10000, 0, -5, 0},       // a negative share is none
    };
    for (const Row& r : rows) {
        CAPTURE(r.total);
        CAPTURE(r.bytes);
        CAPTURE(r.percent);
        CHECK(disk_floor(DiskSpace{r.available, r.total}, r.bytes, r.percent) == r.expected);
    }
}

TEST_CASE("upload limits come from the command line in MiB") {
    pakn::server::Config c;
    CHECK(c.upload_quota_bytes == 500 * kMiB);
    CHECK(c.disk_floor_bytes == 1024 * kMiB);
    CHECK(c.disk_floor_percent == 5);
    CHECK_FALSE(pakn::server::parse_config(
        c, {"--upload-quota-mb", "200", "--disk-floor-mb", "2048", "--disk-floor-percent", "10"}));
    CHECK(c.upload_quota_bytes == 200 * kMiB);
    CHECK(c.disk_floor_bytes == 2048 * kMiB);
    CHECK(c.disk_floor_percent == 10);
    // Columns: flag, a value it refuses.
    struct Bad {
        std::string flag, value;
    };
    for (const Bad& b : {Bad{"--upload-quota-mb", "0"}, Bad{"--upload-quota-mb", "many"}, Bad{"--disk-floor-mb", "-1"},
                         Bad{"--disk-floor-percent", "95"}}) {
        pakn::server::Config d;
        CAPTURE(b.flag);
        CAPTURE(b.value);
        CHECK(pakn::server::parse_config(d, {b.flag, b.value}).has_value());
    }
}
