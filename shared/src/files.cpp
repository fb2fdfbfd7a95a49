#include "pakn/files.h"

#include "pakn/text.h"

namespace pakn {
namespace {

bool starts(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

constexpr FileType kJpeg{"image/jpeg", ".jpg", FileKind::image};
constexpr FileType kPng{"image/png", ".png", FileKind::image};
constexpr FileType kWebp{"image/webp", ".webp", FileKind::image};
constexpr FileType kHeic{"image/heic", ".heic", FileKind::image};
constexpr FileType kMp4{"video/mp4", ".mp4", FileKind::video};
constexpr FileType kMov{"video/quicktime", ".mov", FileKind::video};
constexpr FileType kPdf{"application/pdf", ".pdf", FileKind::document};
constexpr FileType kDocx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
                         FileKind::document};
constexpr FileType kXlsx{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
                         FileKind::document};

std::uint32_t le16(std::string_view s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8);
}
std::uint32_t le32(std::string_view s, std::size_t at) { return le16(s, at) | (le16(s, at + 2) << 16); }

// Walks the ZIP local file headers in `head` and looks at the entry names:
// Word documents hold word/..., spreadsheets xl/...
std::optional<FileType> sniff_office(std::string_view head) {
    std::size_t at = 0;
    bool content_types = false;
    for (int entries = 0; entries < 64 && at + 30 <= head.size(); ++entries) {
        if (head.substr(at, 4) != std::string_view("PK\x03\x04", 4)) break;
        const std::uint32_t compressed = le32(head, at + 18);
        const std::uint32_t name_len = le16(head, at + 26);
        const std::uint32_t extra_len = le16(head, at + 28);
        if (at + 30 + name_len > head.size()) break;
        const std::string_view name = head.substr(at + 30, name_len);
        if (name == "[Content_Types].xml") content_types = true;
        if (starts(name, "word/")) return kDocx;
        if (starts(name, "xl/")) return kXlsx;
        // Entries with a data descriptor (bit 3) give no size here: stop.
        if (le16(head, at + 6) & 0x8) break;
        at += 30 + name_len + extra_len + compressed;
    }
    (void)content_types;
    return std::nullopt;
}

}  // namespace

std::optional<FileType> sniff_file_type(std::string_view h) {
    if (starts(h, "\xFF\xD8\xFF")) return kJpeg;
    if (starts(h, std::string_view("\x89PNG\r\n\x1A\n", 8))) return kPng;
    if (h.size() >= 12 && starts(h, "RIFF") && h.substr(8, 4) == "WEBP") return kWebp;
    if (starts(h, "%PDF-")) return kPdf;
    if (h.size() >= 12 && h.substr(4, 4) == "ftyp") {
        const std::string_view brand = h.substr(8, 4);
        for (std::string_view b : {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"})
            if (brand == b) return kHeic;
        if (brand == "qt  ") return kMov;
        for (std::string_view b : {"isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "3gp4", "3gp5"})
            if (brand == b) return kMp4;
        return std::nullopt;
    }
    if (starts(h, std::string_view("PK\x03\x04", 4))) return sniff_office(h);
    return std::nullopt;
}

std::int64_t max_bytes(FileKind kind) { return kind == FileKind::video ? kMaxVideoBytes : kMaxImageOrDocumentBytes; }

std::string_view to_string(FileKind kind) {
    switch (kind) {
        case FileKind::image: return "image";
        case FileKind::video: return "video";
        case FileKind::document: return "document";
    }
    return "document";
}

std::string safe_file_name(std::string_view name, const FileType& type) {
    std::string n = to_nfc(name);
    // Keep only the last path component (Windows or POSIX separators).
    if (auto slash = n.find_last_of("/\\"); slash != std::string::npos) n = n.substr(slash + 1);
    std::u32string cps = utf8_to_codepoints_lossy(n);
    std::u32string kept;
    for (char32_t cp : cps) {
        // Emoji and what the app's fonts lack (U+FFFD from bad bytes too)
        // would show as "?" on every screen that lists the file.
        if (cp < 0x20 || cp == 0x7F || is_forbidden_control(cp) || !is_drawable(cp) || cp == U'"' || cp == U'\\' || cp == U';' ||
            cp == U'<' || cp == U'>' || cp == U'|' || cp == U'*' || cp == U'?' || cp == U':')
            continue;
        kept.push_back(cp);
    }
    std::string clean = collapse_spaces(codepoints_to_utf8(kept));
    // Drop whatever extension the name claims; the content decided the type.
    if (auto dot = clean.rfind('.'); dot != std::string::npos && dot > 0) clean = clean.substr(0, dot);
    while (!clean.empty() && (clean.front() == '.' || clean.front() == ' ')) clean.erase(0, 1);
    clean = truncate_chars(clean, 110);
    if (clean.empty()) clean = "tep-dinh-kem";
    return clean + std::string(type.extension);
}

std::string_view check_upload(const std::optional<FileType>& type, std::int64_t size) {
    if (size <= 0) return "empty_file";
    if (!type) return "unsupported_file_type";
    if (size > max_bytes(type->kind)) return "file_too_large";
    return "";
}

}  // namespace pakn
