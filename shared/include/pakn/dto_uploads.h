// DTOs of chunked uploads (large attachments in 4 MiB pieces). Same wire
// rules as dto.h (strict decoding, never throws).
#pragma once

#include <cstdint>
#include <string>

#include "pakn/dto.h"

namespace pakn {

// POST /uploads {name, size} -> {upload_id, chunk_size}; chunks go to
// PUT /uploads/{id}?offset=N; POST /uploads/{id}/complete -> AttachmentInfo.
// All required.
struct UploadStartRequest {
    std::string name;
    std::int64_t size = 0;

    bool operator==(const UploadStartRequest&) const = default;
};
struct UploadStartResponse {
    std::string upload_id;
    std::int64_t chunk_size = 0;

    bool operator==(const UploadStartResponse&) const = default;
};
struct UploadProgress {
    std::int64_t received = 0;

    bool operator==(const UploadProgress&) const = default;
};

void to_json(nlohmann::json& j, const UploadStartRequest& v);
void from_json(const nlohmann::json& j, UploadStartRequest& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UploadStartResponse& v);
void from_json(const nlohmann::json& j, UploadStartResponse& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const UploadProgress& v);
void from_json(const nlohmann::json& j, UploadProgress& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
