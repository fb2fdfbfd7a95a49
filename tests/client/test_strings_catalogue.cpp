// Every word the client shows lives in the catalogue (client/app/strings_*.h):
// a string literal with a Vietnamese letter anywhere else in client/ fails
// this test, with its file, line and text. Symbols and punctuation ("★ ",
// " • ", "⚠ %s") may stay where they are drawn; a word written without any
// accented letter cannot be told from an identifier, so this rule cannot
// see it (review does).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// The code point starting at s[i] (UTF-8), advancing i; U+FFFD when malformed.
char32_t next_code_point(const std::string& s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k)
        cp = (cp << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

// Letters of Vietnamese beyond ASCII: Latin-1 and Latin Extended letters,
// combining tone marks, and Latin Extended Additional (ạ ả ấ ... ỹ).
bool is_vietnamese_letter(char32_t cp) {
    if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;  // not × ÷
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool has_vietnamese_letter(const std::string& s) {
    for (std::size_t i = 0; i < s.size();)
        if (is_vietnamese_letter(next_code_point(s, i))) return true;
    return false;
}

struct Literal {
    int line;
    std::string text;
};

// The string literals of C++ source, outside comments and character literals.
std::vector<Literal> string_literals(const std::string& src) {
    std::vector<Literal> out;
    int line = 1;
    for (std::size_t i = 0; i < src.size(); ++i) {
        const char c = src[i];
        if (c == '\n') {
            ++line;
        } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
            while (i < src.size() && src[i] != '\n')
                ++i;
            --i;
        } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
            for (i += 2; i + 1 < src.size() && !(src[i] == '*' && src[i + 1] == '/'); ++i)
                if (src[i] == '\n') ++line;
            ++i;
        } else if (c == '\'') {
            for (++i; i < src.size() && src[i] != '\''; ++i)
                if (src[i] == '\\') ++i;
        } else if (c == '"') {
            Literal lit{line, {}};
            for (++i; i < src.size() && src[i] != '"'; ++i) {
                if (src[i] == '\\') lit.text.push_back(src[i++]);
                lit.text.push_back(src[i]);
            }
            out.push_back(std::move(lit));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("no Vietnamese word is drawn from outside the string catalogue") {
    const fs::path root = PAKN_CLIENT_SOURCE_DIR;
    REQUIRE(fs::is_directory(root / "views"));
    std::string outside;
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const fs::path& p = entry.path();
        if (!entry.is_regular_file() || (p.extension() != ".cpp" && p.extension() != ".h")) continue;
        if (p.parent_path().filename() == "app" && p.filename().string().rfind("strings_", 0) == 0) continue;
        ++files;
        std::ifstream in(p, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        for (const Literal& lit : string_literals(text.str()))
            if (has_vietnamese_letter(lit.text))
                outside += fs::relative(p, root).string() + ":" + std::to_string(lit.line) + ": \"" + lit.text + "\"\n";
    }
    CHECK(files > 50);  // the walk found the client
    CAPTURE(outside);
    CHECK(outside.empty());
}

TEST_CASE("the catalogue test's scanner tells words from symbols and skips comments") {
    // source, literals with a Vietnamese letter
    const std::pair<const char*, int> rows[] = {
        {R"(f("Lĩnh vực");)", 1},          {R"(f("★ " + x + " • ");)", 0}, {R"(// "Lĩnh vực" in a comment)", 0},
        {R"(/* "Đơn vị" */ f("ok");)", 0}, {R"(f('"'); f("Tệp ");)", 1},   {R"(f("a\"Đ\"b");)", 1},
    };
    for (const auto& [src, count] : rows) {
        CAPTURE(src);
        int found = 0;
        for (const Literal& lit : string_literals(src))
            if (has_vietnamese_letter(lit.text)) ++found;
        CHECK(found == count);
    }
}
