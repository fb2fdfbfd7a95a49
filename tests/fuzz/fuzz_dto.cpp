// fuzz_dto: bytes as a request/response body, decoded as EVERY DTO of the
// contract (dto.h and the DTO headers beside it).
// Properties: nothing crashes, throws or aborts (the target is built with
// -fno-exceptions, like the wasm client, so a throw would abort); every error
// code is in the catalogue; decode<T> agrees with parse_json + from_json; a
// parsed document re-dumps to itself; and every successful decode survives
// encode -> decode unchanged, with the same text on the second encode.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "pakn/dto.h"
#include "pakn/dto_admin.h"
#include "pakn/dto_dashboard.h"
#include "pakn/dto_live.h"
#include "pakn/dto_map.h"
#include "pakn/dto_uploads.h"
#include "pakn/messages.h"

using namespace pakn;

namespace {

void check_codes(const FieldErrors& errors, std::string_view where) {
    PAKN_FUZZ_CHECK(errors.size() <= kMaxDecodeErrors, where);
    for (const FieldError& e : errors)
        PAKN_FUZZ_CHECK(is_known_code(e.code), std::string(where) + ": " + e.code);
}

template <typename T>
void round_trip(const nlohmann::json& doc, std::string_view name) {
    T value{};
    FieldErrors errors;
    from_json(doc, value, errors, std::string());
    check_codes(errors, name);
    if (!errors.empty()) return;
    const std::string text = encode(value);
    const DecodeResult<T> back = decode<T>(text);
    check_codes(back.errors, name);
    PAKN_FUZZ_CHECK(back.ok(),
                    std::string(name) + " re-decode of " + fuzz::printable(text) + ": " +
                        (back.errors.empty() ? "" : back.errors.front().field + " " + back.errors.front().code));
    PAKN_FUZZ_CHECK(back.value == value, std::string(name) + " value changed: " + fuzz::printable(text));
    PAKN_FUZZ_CHECK(encode(back.value) == text, std::string(name) + " text changed: " + fuzz::printable(text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const ParsedJson parsed = parse_json(body);
    check_codes(parsed.errors, "parse_json");

    // The public entry point gives exactly the parser's verdict.
    const DecodeResult<Health> health = decode<Health>(body);
    if (!parsed.ok()) {
        PAKN_FUZZ_CHECK(health.errors == parsed.errors, "decode<Health> vs parse_json");
        return 0;
    }

    // A document we accepted dumps to text we accept again, unchanged.
    const std::string dumped = dump_json(parsed.doc);
    const ParsedJson again = parse_json(dumped);
    PAKN_FUZZ_CHECK(again.ok(), "re-parse of " + fuzz::printable(dumped));
    PAKN_FUZZ_CHECK(again.doc == parsed.doc, "re-parse changed " + fuzz::printable(dumped));

    round_trip<ErrorBody>(parsed.doc, "ErrorBody");
    round_trip<Health>(parsed.doc, "Health");
    round_trip<Captcha>(parsed.doc, "Captcha");
    round_trip<RegisterRequest>(parsed.doc, "RegisterRequest");
    round_trip<VerifyRequest>(parsed.doc, "VerifyRequest");
    round_trip<ResendRequest>(parsed.doc, "ResendRequest");
    round_trip<LoginRequest>(parsed.doc, "LoginRequest");
    round_trip<ForgotRequest>(parsed.doc, "ForgotRequest");
    round_trip<ResetRequest>(parsed.doc, "ResetRequest");
    round_trip<ChangePasswordRequest>(parsed.doc, "ChangePasswordRequest");
    round_trip<DeleteAccountRequest>(parsed.doc, "DeleteAccountRequest");
    round_trip<RegisterResponse>(parsed.doc, "RegisterResponse");
    round_trip<ForgotResponse>(parsed.doc, "ForgotResponse");
    round_trip<ResendResponse>(parsed.doc, "ResendResponse");
    round_trip<Account>(parsed.doc, "Account");
    round_trip<LoginResponse>(parsed.doc, "LoginResponse");
    round_trip<ProfilePatch>(parsed.doc, "ProfilePatch");
    round_trip<Notification>(parsed.doc, "Notification");
    round_trip<Page<Notification>>(parsed.doc, "Page<Notification>");
    round_trip<AttachmentInfo>(parsed.doc, "AttachmentInfo");
    round_trip<ReportRequest>(parsed.doc, "ReportRequest");
    round_trip<ReportCreated>(parsed.doc, "ReportCreated");
    round_trip<ReportSummary>(parsed.doc, "ReportSummary");
    round_trip<Page<ReportSummary>>(parsed.doc, "Page<ReportSummary>");
    round_trip<ReporterInfo>(parsed.doc, "ReporterInfo");
    round_trip<UnitRef>(parsed.doc, "UnitRef");
    round_trip<RatingInfo>(parsed.doc, "RatingInfo");
    round_trip<ResultInfo>(parsed.doc, "ResultInfo");
    round_trip<Event>(parsed.doc, "Event");
    round_trip<ReportDetail>(parsed.doc, "ReportDetail");
    round_trip<ActionRequest>(parsed.doc, "ActionRequest");
    round_trip<LookupResult>(parsed.doc, "LookupResult");
    round_trip<PublicReport>(parsed.doc, "PublicReport");
    round_trip<Page<PublicReport>>(parsed.doc, "Page<PublicReport>");
    round_trip<StatsTotals>(parsed.doc, "StatsTotals");
    round_trip<StatRow>(parsed.doc, "StatRow");
    round_trip<Stats>(parsed.doc, "Stats");
    round_trip<SlaFigure>(parsed.doc, "SlaFigure");
    round_trip<CategorySla>(parsed.doc, "CategorySla");
    round_trip<Category>(parsed.doc, "Category");
    round_trip<Commune>(parsed.doc, "Commune");
    round_trip<Unit>(parsed.doc, "Unit");
    round_trip<Announcement>(parsed.doc, "Announcement");
    round_trip<HolidayEntry>(parsed.doc, "HolidayEntry");
    round_trip<Officer>(parsed.doc, "Officer");
    round_trip<Page<Officer>>(parsed.doc, "Page<Officer>");
    round_trip<AnnouncementRequest>(parsed.doc, "AnnouncementRequest");
    round_trip<UnitRequest>(parsed.doc, "UnitRequest");
    round_trip<OfficerRequest>(parsed.doc, "OfficerRequest");
    round_trip<CategoryRequest>(parsed.doc, "CategoryRequest");
    round_trip<HolidayRequest>(parsed.doc, "HolidayRequest");
    round_trip<ProposedDeadline>(parsed.doc, "ProposedDeadline");
    round_trip<Page<Announcement>>(parsed.doc, "Page<Announcement>");
    round_trip<Page<Event>>(parsed.doc, "Page<Event>");
    round_trip<Page<UnitRef>>(parsed.doc, "Page<UnitRef>");
    round_trip<ActionRequestBody>(parsed.doc, "ActionRequestBody");
    round_trip<MeSummary>(parsed.doc, "MeSummary");
    round_trip<UploadStartRequest>(parsed.doc, "UploadStartRequest");
    round_trip<UploadStartResponse>(parsed.doc, "UploadStartResponse");
    round_trip<UploadProgress>(parsed.doc, "UploadProgress");
    round_trip<LiveEvent>(parsed.doc, "LiveEvent");
    round_trip<DashboardMonth>(parsed.doc, "DashboardMonth");
    round_trip<DashboardCategory>(parsed.doc, "DashboardCategory");
    round_trip<UnitDashboard>(parsed.doc, "UnitDashboard");
    round_trip<MapCommune>(parsed.doc, "MapCommune");
    round_trip<MapPoint>(parsed.doc, "MapPoint");
    round_trip<MapData>(parsed.doc, "MapData");
    round_trip<IssuedPassword>(parsed.doc, "IssuedPassword");
    round_trip<HolidayYear>(parsed.doc, "HolidayYear");
    round_trip<WorkSessionText>(parsed.doc, "WorkSessionText");
    round_trip<SettingsForm>(parsed.doc, "SettingsForm");

    // An id beyond int64 is refused, never wrapped: nlohmann's
    // get_ptr<number_integer_t*> also answers for unsigned values, which once
    // turned 9223372036854775808 into a negative id (regressions/dto).
    if (parsed.doc.is_object()) {
        const auto it = parsed.doc.find("id");
        if (it != parsed.doc.end() && it->is_number_unsigned() &&
            *it->get_ptr<const nlohmann::json::number_unsigned_t*>() > 9223372036854775807ull) {
            UnitRef ref;
            FieldErrors errors;
            from_json(parsed.doc, ref, errors, std::string());
            PAKN_FUZZ_CHECK(error_code_for(errors, "id") == "number_out_of_range", "an id beyond int64 was accepted");
        }
    }

    // Decoded request forms go straight into the validators on the server.
    {
        ReportForm f;
        FieldErrors errors;
        from_json(parsed.doc, f, errors, std::string());
        if (errors.empty()) {
            check_codes(validate(f, ReportRules{true, false, std::nullopt}), "validate(ReportForm)");
            check_codes(validate(f, ReportRules{false, true, std::nullopt}), "validate(ReportForm, intake)");
        }
        ActionForm a;
        errors.clear();
        from_json(parsed.doc, a, errors, std::string());
        if (errors.empty()) check_codes(validate(a), "validate(ActionForm)");
    }
    return 0;
}
