#include "app.h"

#include <filesystem>

namespace pakn::server {

App::App(Config cfg) : config(std::move(cfg)) {
    std::filesystem::create_directories(config.data_dir);
    db = std::make_unique<store::Database>(config.db_path());
    web.load(config.web_root);
}

}  // namespace pakn::server
