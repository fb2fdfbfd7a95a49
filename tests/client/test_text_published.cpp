// Text a view draws must reach the accessibility mirror, copy and the tests
// (issue 16 item 1): the ui:: helpers (text, paragraph, muted, heading, ...)
// draw it and publish it to the widget registry; a raw ImGui::Text* call
// draws pixels a screen reader never hears. This test reads the client's
// sources and lists every raw call outside the helpers' own file, unless the
// next lines publish it themselves (test_registry_note_text) or it is the
// red "(*)" beside a label, which the field already reads as "required".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct RawText {
    std::string where;
    std::string line;
};

std::vector<RawText> raw_text_calls(const fs::path& file) {
    static const std::regex raw(R"(ImGui::(TextUnformatted|TextWrapped|TextColored|TextDisabled|BulletText|LabelText|Text)\()");
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    std::vector<RawText> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (!std::regex_search(l, raw)) continue;
        const auto trimmed = l.find_first_not_of(' ');
        if (trimmed != std::string::npos && l.compare(trimmed, 2, "//") == 0) continue;
        if (l.find("\"(*)\"") != std::string::npos) continue;
        bool published = false;
        for (std::size_t k = i; k < std::min(lines.size(), i + 4); ++k)
            published |= lines[k].find("test_registry_note_text") != std::string::npos;
        if (!published) out.push_back({file.filename().string() + ":" + std::to_string(i + 1), l});
    }
    return out;
}

}  // namespace

TEST_CASE("views draw text through ui:: (published for screen readers, copy and tests)") {
    const fs::path client = PAKN_CLIENT_SOURCE_DIR;
    std::vector<RawText> found;
    int files = 0;
    for (const char* folder : {"views", "ui", "app"}) {
        for (const auto& entry : fs::directory_iterator(client / folder)) {
            if (entry.path().extension() != ".cpp") continue;
            // The helpers themselves, and the headless test hooks.
            if (entry.path().filename() == "widgets.cpp" || entry.path().filename() == "test_hooks.cpp") continue;
            ++files;
            for (auto& r : raw_text_calls(entry.path())) found.push_back(std::move(r));
        }
    }
    CHECK(files > 40);  // the folders were found and read
    std::ostringstream list;
    for (const auto& r : found) list << r.where << ": " << r.line << "\n";
    INFO(list.str());
    CHECK(found.empty());
}
