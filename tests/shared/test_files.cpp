// Attachment types decided by content, size limits, safe names.
#include <doctest/doctest.h>

#include <tuple>

#include "pakn/files.h"

using namespace pakn;

namespace {
std::string zip_entry(const std::string& name) {
    std::string h("PK\x03\x04", 4);
    h += std::string(2, '\x14') + std::string(2, '\0');  // version, flags
    h += std::string(10, '\0');                          // method, time, date, crc
    h += std::string(4, '\0');                           // compressed size 0
    h += std::string(4, '\0');                           // uncompressed size
    h.push_back(static_cast<char>(name.size()));
    h.push_back('\0');
    h += std::string(2, '\0');  // extra length
    h += name;
    return h;
}
}  // namespace

TEST_CASE("file types are decided by the first bytes, not the name") {
    // head bytes, expected mime ("" = refused)
    const std::pair<std::string, std::string_view> rows[] = {
        {std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF", "image/jpeg"},
        {std::string("\x89PNG\r\n\x1A\n", 8) + "rest", "image/png"},
        {std::string("RIFF\x10\0\0\0WEBPVP8 ", 16), "image/webp"},
        {std::string("\0\0\0\x18", 4) + "ftypheic" + std::string(8, '\0'), "image/heic"},
        {std::string("\0\0\0\x18", 4) + "ftypisom" + std::string(8, '\0'), "video/mp4"},
        {std::string("\0\0\0\x14", 4) + "ftypqt  " + std::string(8, '\0'), "video/quicktime"},
        {"%PDF-1.7\n", "application/pdf"},
        {zip_entry("[Content_Types].xml") + zip_entry("word/document.xml"),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {zip_entry("[Content_Types].xml") + zip_entry("xl/workbook.xml"),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {zip_entry("evil.exe"), ""},
        {"MZ\x90\0 windows program", ""},
        {"<html><script>alert(1)</script>", ""},
        {"GIF89a", ""},
        {std::string("\0\0\0\x18", 4) + "ftypXXXX", ""},
        {"", ""},
        {"\xFF\xD8", ""},  // truncated
    };
    for (const auto& row : rows) {
        // clang 14 cannot capture structured bindings in CAPTURE's lambda.
        const std::string& head = row.first;
        const std::string_view mime = row.second;
        CAPTURE(head.size());
        CAPTURE(mime);
        auto t = sniff_file_type(head);
        if (mime.empty())
            CHECK_FALSE(t.has_value());
        else
            CHECK((t && t->mime == mime));
    }
}

TEST_CASE("size limits: 20 MiB for images and documents, 100 MiB for video") {
    auto jpeg = sniff_file_type("\xFF\xD8\xFF\xE0");
    auto mp4 = sniff_file_type(std::string("\0\0\0\x18", 4) + "ftypisom" + std::string(8, '\0'));
    CHECK(check_upload(jpeg, 20ll << 20) == "");
    CHECK(check_upload(jpeg, (20ll << 20) + 1) == "file_too_large");
    CHECK(check_upload(mp4, 100ll << 20) == "");
    CHECK(check_upload(mp4, (100ll << 20) + 1) == "file_too_large");
    CHECK(check_upload(jpeg, 0) == "empty_file");
    CHECK(check_upload(std::nullopt, 10) == "unsupported_file_type");
}

TEST_CASE("display names are cleaned and take the detected extension") {
    const auto jpeg = *sniff_file_type("\xFF\xD8\xFF\xE0");
    const auto pdf = *sniff_file_type("%PDF-1.4");
    // given name, type, expected
    const std::tuple<std::string, FileType, std::string> rows[] = {
        {"Ảnh ngập đường.jpeg", jpeg, "Ảnh ngập đường.jpg"},
        {"C:\\Users\\an\\Desktop\\ho so.pdf", pdf, "ho so.pdf"},
        {"../../etc/passwd", pdf, "passwd.pdf"},
        {"virus.exe", pdf, "virus.pdf"},
        {"a\"b;c\r\n.pdf", pdf, "abc.pdf"},
        {"", jpeg, "tep-dinh-kem.jpg"},
        {"...", jpeg, "tep-dinh-kem.jpg"},
        {"Nguye\xCC\x82\xCC\x83n.jpg", jpeg, "Nguyễn.jpg"},
        {"Ngập \xF0\x9F\x8C\x8A đường.jpg", jpeg, "Ngập đường.jpg"},        // an emoji dropped
        {"anh\xFF\xFE.jpg", jpeg, "anh.jpg"},                                 // bad bytes, not U+FFFD
        {"\xF0\x9F\x98\x80", jpeg, "tep-dinh-kem.jpg"},                      // nothing drawable left
    };
    for (const auto& row : rows) {
        const std::string& name = std::get<0>(row);
        const FileType& type = std::get<1>(row);
        const std::string& expected = std::get<2>(row);
        CAPTURE(name);
        CHECK(safe_file_name(name, type) == expected);
    }
}
