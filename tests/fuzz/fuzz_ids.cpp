// fuzz_ids: bytes as identifiers people type (ids.h), passwords
// (password.h), commune lookups (communes.h) and the single-field helpers of
// forms.h. Properties: no crash; every normalize_* is idempotent (the
// canonical form normalizes to itself) and its result valid UTF-8; the login
// classifier agrees with normalize_login; decode_cccd agrees with
// normalize_cccd; masks of valid text are valid text; tile paths (tiles.h)
// parse only to real tiles.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "fuzz_check.h"
#include "pakn/communes.h"
#include "pakn/forms.h"
#include "pakn/ids.h"
#include "pakn/messages.h"
#include "pakn/password.h"
#include "pakn/tiles.h"

using namespace pakn;

namespace {

template <typename Fn>
void check_idempotent(Fn normalize, std::string_view s, const char* name) {
    const Checked c = normalize(s);
    if (!c.ok()) {
        PAKN_FUZZ_CHECK(is_known_code(c.error), std::string(name) + ": " + std::string(c.error));
        return;
    }
    PAKN_FUZZ_CHECK(is_valid_utf8(c.value), std::string(name) + ": " + fuzz::printable(s));
    const Checked again = normalize(c.value);
    PAKN_FUZZ_CHECK(again.ok() && again.value == c.value,
                    std::string(name) + " not idempotent: " + fuzz::printable(s) + " -> " + fuzz::printable(c.value) +
                        " -> " + fuzz::printable(again.value) + " " + std::string(again.error));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const std::string s = in.ConsumeRandomLengthString(256);
    const std::string login = in.ConsumeRandomLengthString(64);
    const std::string phone = in.ConsumeRemainingBytesAsString();

    check_idempotent(normalize_cccd, s, "normalize_cccd");
    check_idempotent(normalize_cmnd, s, "normalize_cmnd");
    check_idempotent(normalize_business_code, s, "normalize_business_code");
    check_idempotent(normalize_decision_number, s, "normalize_decision_number");
    check_idempotent(normalize_login, s, "normalize_login");
    check_idempotent(normalize_phone, s, "normalize_phone");
    check_idempotent(normalize_email, s, "normalize_email");
    check_idempotent(clean_full_name, s, "clean_full_name");
    check_idempotent(clean_username, s, "clean_username");
    check_idempotent(clean_otp, s, "clean_otp");
    check_idempotent(clean_contact_phone, s, "clean_contact_phone");
    check_idempotent([](std::string_view x) { return clean_token(x, "invalid_flow_id"); }, s, "clean_token");
    check_idempotent([](std::string_view x) { return clean_code(x, "invalid_category_code"); }, s, "clean_code");

    const Login l = parse_login(s);
    const Checked nl = normalize_login(s);
    PAKN_FUZZ_CHECK((l.kind == LoginKind::invalid) == !nl.ok(), fuzz::printable(s));
    PAKN_FUZZ_CHECK(l.value == nl.value, fuzz::printable(s));
    PAKN_FUZZ_CHECK(classify_login(s) == l.kind, fuzz::printable(s));
    PAKN_FUZZ_CHECK(decode_cccd(s).has_value() == normalize_cccd(s).ok(), fuzz::printable(s));

    if (const Checked p = normalize_phone(s); p.ok())
        PAKN_FUZZ_CHECK(!mobile_carrier(p.value).empty(), fuzz::printable(s));

    const std::string masked_phone = mask_phone(s);
    const std::string masked_name = mask_name(s);
    const std::string masked_id = mask_id(s);
    if (is_valid_utf8(s)) {
        PAKN_FUZZ_CHECK(is_valid_utf8(masked_phone), "mask_phone: " + fuzz::printable(s));
        PAKN_FUZZ_CHECK(is_valid_utf8(masked_name), "mask_name: " + fuzz::printable(s));
        PAKN_FUZZ_CHECK(is_valid_utf8(masked_id), "mask_id: " + fuzz::printable(s));
    }

    for (std::string_view code : check_password(s, login, phone))
        PAKN_FUZZ_CHECK(is_known_code(code), std::string(code));
    (void)is_common_password(s);
    if (is_valid_utf8(s)) PAKN_FUZZ_CHECK(passwords_match(s, s).empty(), fuzz::printable(s));
    PAKN_FUZZ_CHECK(normalize_password(normalize_password(s)) == normalize_password(s), fuzz::printable(s));

    for (const CommuneRecord* c : search_communes(s, 5))
        PAKN_FUZZ_CHECK(find_commune(c->code) == c, c->code);
    if (const CommuneRecord* c = find_commune(s)) PAKN_FUZZ_CHECK(c->code == s, fuzz::printable(s));

    // Tile paths (/tiles/{s}/{login}/{phone}): a tile that parses is a real
    // one, and printing it back parses to the same tile; a URL template that
    // passes the check has an origin and expands each placeholder once.
    const TilePath tp = parse_tile_path(s, login, phone);
    if (tp.error == TilePathError::none) {
        PAKN_FUZZ_CHECK(tp.id.z >= 0 && tp.id.z <= kMaxTileZoom, fuzz::printable(s));
        PAKN_FUZZ_CHECK(tp.id.x >= 0 && tp.id.x < (1 << tp.id.z), fuzz::printable(login));
        PAKN_FUZZ_CHECK(tp.id.y >= 0 && tp.id.y < (1 << tp.id.z), fuzz::printable(phone));
        const TilePath again = parse_tile_path(std::to_string(tp.id.z), std::to_string(tp.id.x), std::to_string(tp.id.y));
        PAKN_FUZZ_CHECK(again.error == TilePathError::none && again.id == tp.id, fuzz::printable(s));
    }
    if (check_tile_url(s).empty()) {
        PAKN_FUZZ_CHECK(!tile_url_origin(s).empty(), fuzz::printable(s));
        // Each placeholder (3 bytes) becomes one digit here.
        PAKN_FUZZ_CHECK(expand_tile_url(s, TileId{3, 5, 7}).size() == s.size() - 6, fuzz::printable(s));
    }
    return 0;
}
