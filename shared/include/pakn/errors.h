// Errors as data: every rule in shared/ reports problems as values the UI can
// draw next to a field and the server can return as a 4xx body. Nothing here
// throws across the API boundary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// One problem with one input field. `code` is stable (tests and clients match
// on it); `message` is the Vietnamese text from the catalogue (messages.h).
struct FieldError {
    std::string field;
    std::string code;
    std::string message;

    bool operator==(const FieldError&) const = default;
};

using FieldErrors = std::vector<FieldError>;

// Builds a FieldError whose message comes from the catalogue for `code`.
FieldError field_error(std::string field, std::string_view code);

// True when `errors` holds an entry for `field` (any code).
bool has_error(const FieldErrors& errors, std::string_view field);

// The code of the first error for `field`, or "" when there is none.
std::string_view error_code_for(const FieldErrors& errors, std::string_view field);

// A request-level error: HTTP status, stable code, Vietnamese message and
// optional field errors. Shape of the API's {"error": {...}} body.
struct ApiError {
    int status = 400;
    std::string code;
    std::string message;
    FieldErrors fields;
    // For 429: how long to wait, sent as Retry-After (not part of the body).
    std::int64_t retry_after_seconds = 0;

    bool operator==(const ApiError&) const = default;
};

// An ApiError whose message comes from the catalogue for `code`.
ApiError api_error(int status, std::string_view code, FieldErrors fields = {});

// 422 validation_failed carrying `fields`.
ApiError validation_failed(FieldErrors fields);

// Either a value or an ApiError; used by decoders and services so that a
// failure is a value, never an exception.
template <typename T>
struct Result {
    T value{};
    ApiError error{};
    bool ok = true;

    static Result success(T v) { return Result{std::move(v), {}, true}; }
    static Result failure(ApiError e) { return Result{T{}, std::move(e), false}; }
    explicit operator bool() const { return ok; }
};

}  // namespace pakn
