// QR codes (ISO/IEC 18004, model 2) for links the app shows on screen: the
// home page's "open on your phone" code and a report's tracking link.
// Byte mode only: the text's UTF-8 bytes are stored as they are, without an
// ECI header (phone readers take byte-mode data as UTF-8, and our payloads are
// ASCII URLs anyway). Versions 1..40, error correction L/M/Q/H, all eight
// masks scored by the standard's four penalty rules. Pure: no I/O, no
// exceptions; the same input gives the same symbol natively and in wasm.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pakn {

// Error correction level: the share of codewords that may be damaged and the
// symbol still reads (low ~7%, medium ~15%, quartile ~25%, high ~30%).
enum class QrEcc { low, medium, quartile, high };

// Light modules the standard requires around a symbol (the quiet zone).
inline constexpr int kQrQuietZone = 4;

// A finished symbol: `size` x `size` modules, row-major, true = dark.
struct QrCode {
    int version = 0;  // 1..40
    QrEcc ecc = QrEcc::medium;
    int mask = 0;  // 0..7
    int size = 0;  // 17 + 4 * version
    std::vector<bool> modules;

    // Dark module at column x, row y; false outside the symbol, so a drawer
    // may read the quiet zone through the same call.
    bool at(int x, int y) const;
};

// The smallest symbol that holds `utf8` at `ecc`, with the best of the eight
// masks; nullopt when the text is longer than version 40 can hold.
std::optional<QrCode> make_qr(std::string_view utf8, QrEcc ecc = QrEcc::medium);

// A symbol of exactly `version`, with `mask` 0..7 or -1 to choose the best;
// nullopt when the bytes do not fit or version/mask are out of range.
std::optional<QrCode> make_qr_exact(std::string_view bytes, QrEcc ecc, int version, int mask = -1);

// Most bytes a symbol of `version` holds at `ecc` in byte mode; 0 for a
// version outside 1..40.
int qr_byte_capacity(int version, QrEcc ecc);

// The standard's mask penalty (rules N1..N4) of a square matrix of `size`
// (row-major, true = dark): the lower, the easier to read. A finder-like
// 1011101 counts once when 4 light modules precede or follow it (the quiet
// zone counts as light); the dark share scores 10 per full 5% away from 50%.
// Masks are scored on the whole symbol, format information included.
int qr_penalty(int size, const std::vector<bool>& modules);

// The symbol as an SVG image (for print, where a canvas cannot go): one unit
// per module, the quiet zone included, a white square under one path of the
// dark modules, one "M x yh w v1 h-w z" run per horizontal stretch of dark
// modules; crispEdges so printers keep module edges sharp. Empty for an
// empty symbol.
std::string qr_svg(const QrCode& code);

}  // namespace pakn
