// Reads back a zip archive the way a spreadsheet program does: from the
// central directory, checking each part's CRC, so a test can assert on the
// XML inside an .xlsx export. Test code only.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace pakn::test {

// Every part by name; throws std::runtime_error on anything malformed (bad
// signatures, offsets outside the archive, a CRC or size mismatch).
std::map<std::string, std::string> unzip_parts(std::string_view archive);

}  // namespace pakn::test
