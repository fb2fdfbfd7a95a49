// A fresh directory under /tmp, removed with everything in it at scope end.
#pragma once

#include <string>

namespace pakn::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

// Writes `content` to `path`, creating parent folders.
void write_file(const std::string& path, const std::string& content);

}  // namespace pakn::test
