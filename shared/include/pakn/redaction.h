// Personal data in free text, found before a report is published: phone
// numbers, ID card numbers, e-mail addresses and licence plates that people
// write about themselves or about third parties. The detector is a pure
// function of the text so the server (what it publishes) and the client (what
// the dispatcher sees highlighted) agree byte for byte.
//
// Every pattern is ASCII, so a span never starts or ends inside a UTF-8
// sequence of the Vietnamese text around it.
//
// [SECTION] index: kinds, detection, redaction.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// [SECTION] kinds

enum class PersonalDataKind { phone, id_number, email, plate };

inline constexpr std::size_t kPersonalDataKinds = 4;

// Wire name: "phone", "id_number", "email", "plate".
std::string_view personal_data_kind_name(PersonalDataKind kind);

// What officers read (the publish dialog, the history): "Số điện thoại"...
std::string_view personal_data_kind_label(PersonalDataKind kind);


// One finding: bytes [begin, end) of the text.
struct PersonalDataSpan {
    PersonalDataKind kind = PersonalDataKind::phone;
    std::size_t begin = 0;
    std::size_t end = 0;

    bool operator==(const PersonalDataSpan&) const = default;
};

// [SECTION] detection

// Phones (mobile 0xxxxxxxxx, +84xxxxxxxxx and 84xxxxxxxxx with a known carrier prefix,
// landline 02xxxxxxxxx; groups of 2+ digits may be split by one space, dot or
// hyphen: "0905 123 456", "0905.123.456"), ID numbers (CCCD: 12 digits with a
// province code, also in groups "056 191 653 264"; CMND: 9 digits not followed
// by a currency), e-mail addresses
// (normalize_email's rule) and licence plates ("79A-123.45", "79A12345",
// "51F1-234.56", "79-B1 123.45"). Digits inside a longer number (dates,
// amounts with thousands dots, tracking codes) are not findings. Spans are
// sorted by begin and never overlap (the longer one wins).
std::vector<PersonalDataSpan> find_personal_data(std::string_view text);

// How many spans of each kind, indexed by PersonalDataKind.
std::array<int, kPersonalDataKinds> count_by_kind(const std::vector<PersonalDataSpan>& spans);

// Counts by kind in words, for the audit log officers read in the history:
// "1 số điện thoại, 2 biển số xe"; "không có" when there is none.
std::string personal_data_counts_text(const std::vector<PersonalDataSpan>& spans);

// [SECTION] redaction

// What a redacted span reads as on the public portal.
inline constexpr std::string_view kRedactionMask = "[đã ẩn]";

// `text` with each span replaced by kRedactionMask. Spans must be sorted and
// not overlap (find_personal_data's); a span outside the text or overlapping
// an earlier one is ignored, so the result is always valid UTF-8 when `text`
// is and the spans are on character boundaries.
std::string redact(std::string_view text, const std::vector<PersonalDataSpan>& spans);

// redact(text, find_personal_data(text)): the public version by default.
std::string redact_personal_data(std::string_view text);

}  // namespace pakn
