#include "pakn/errors.h"

#include "pakn/messages.h"

namespace pakn {

FieldError field_error(std::string field, std::string_view code) {
    return FieldError{std::move(field), std::string(code), std::string(message_for(code))};
}

bool has_error(const FieldErrors& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return true;
    return false;
}

std::string_view error_code_for(const FieldErrors& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return e.code;
    return {};
}

ApiError api_error(int status, std::string_view code, FieldErrors fields) {
    return ApiError{status, std::string(code), std::string(message_for(code)), std::move(fields)};
}

ApiError validation_failed(FieldErrors fields) {
    return api_error(422, "validation_failed", std::move(fields));
}

}  // namespace pakn
