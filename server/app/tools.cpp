#include "app/tools.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>

#include "app/app.h"
#include "pakn/forms.h"
#include "pakn/messages.h"
#include "services/geo_import.h"
#include "services/seed.h"
#include "services/tiles.h"
#include "store/geo_store.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pakn::server {
namespace {

// "--key value" pairs after the subcommand.
std::map<std::string, std::string> options(const std::vector<std::string>& args, std::size_t from) {
    std::map<std::string, std::string> out;
    for (std::size_t i = from; i < args.size(); ++i) {
        std::string a = args[i];
        if (!a.starts_with("--")) continue;
        auto eq = a.find('=');
        if (eq != std::string::npos) {
            out[a.substr(2, eq - 2)] = a.substr(eq + 1);
        } else if (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
            out[a.substr(2)] = args[++i];
        } else {
            out[a.substr(2)] = "";
        }
    }
    return out;
}

void print_errors(const FieldErrors& errors) {
    for (const auto& e : errors) std::cerr << "  " << e.field << ": " << e.message << " (" << e.code << ")\n";
}

int usage() {
    std::cerr << "Sử dụng:\n"
                 "  tools/pakn admin create-officer --username U --name \"Họ tên\" --unit MÃ_ĐƠN_VỊ --role VAI_TRÒ "
                 "[--phone SĐT] [--email E]\n"
                 "      VAI_TRÒ: dispatcher | handler | unit_lead | leader | admin\n"
                 "  tools/pakn admin list-officers [--unit MÃ_ĐƠN_VỊ]\n"
                 "  tools/pakn admin list-units\n";
    return 2;
}

std::optional<std::int64_t> unit_id_by_code(App& app, const std::string& code) {
    for (const auto& u : app.services->admin.units())
        if (u.code == code) return u.id;
    return std::nullopt;
}

}  // namespace

int run_admin(Config config, const std::vector<std::string>& args) {
    if (args.empty()) return usage();
    App app(std::move(config));
    const std::string& sub = args[0];
    auto opt = options(args, 1);
    if (sub == "create-officer") {
        OfficerForm form;
        form.username = opt["username"];
        form.full_name = opt["name"];
        form.role = opt["role"];
        form.phone = opt["phone"];
        form.email = opt["email"];
        if (!opt["unit"].empty()) {
            form.unit_id = unit_id_by_code(app, opt["unit"]);
            if (!form.unit_id) {
                std::cerr << "Không tìm thấy đơn vị có mã " << opt["unit"] << " (xem: tools/pakn admin list-units)\n";
                return 1;
            }
        }
        auto cleaned = clean(form);
        if (!cleaned) {
            std::cerr << "Thông tin chưa hợp lệ:\n";
            print_errors(cleaned.errors);
            return 1;
        }
        auto created = app.services->auth.create_officer(cleaned.value);
        if (!created) {
            std::cerr << created.error.message << "\n";
            print_errors(created.error.fields);
            return 1;
        }
        std::cout << "Đã tạo tài khoản cán bộ " << created.value.account.login << " (" << created.value.account.role
                  << ", " << created.value.account.unit_name << ").\n"
                  << "Mật khẩu dùng một lần: " << created.value.one_time_password << "\n"
                  << "Cán bộ đăng nhập ở thẻ “Cán bộ, quản lý” và phải đổi mật khẩu ở lần đăng nhập đầu.\n";
        return 0;
    }
    if (sub == "list-officers") {
        std::optional<std::int64_t> unit;
        if (!opt["unit"].empty()) unit = unit_id_by_code(app, opt["unit"]);
        auto rows = app.db->read([&](store::Connection& c) { return store::list_officers(c, unit); });
        for (const auto& a : rows)
            std::cout << a.login << "\t" << a.role << "\t" << a.unit_name << "\t" << a.full_name << "\t" << a.status
                      << "\n";
        return 0;
    }
    if (sub == "list-units") {
        for (const auto& u : app.services->admin.units())
            std::cout << u.code << "\t" << u.kind << "\t" << u.name << (u.active ? "" : "\t(ngừng hoạt động)") << "\n";
        return 0;
    }
    return usage();
}

namespace {

void print_accounts(const std::vector<services::SeededAccount>& accounts) {
    if (accounts.empty()) return;
    std::cout << "\nTài khoản dùng thử (mật khẩu chỉ hiển thị một lần; cán bộ phải đổi ở lần đăng nhập đầu):\n";
    for (const auto& a : accounts)
        std::cout << "  " << a.login << "  /  " << a.password << "   (" << a.role << (a.unit.empty() ? "" : ", " + a.unit)
                  << ")\n";
    std::cout << std::flush;
}

int seed_usage() {
    std::cerr << "Sử dụng: tools/pakn seed --reports N [--seed S] [--months M] [--fast | --services]\n"
                 "  N phản ánh rải trong M tháng gần nhất (mặc định 18); cùng S cho cùng dữ liệu.\n"
                 "  --services: đi qua các dịch vụ như API (mặc định khi N <= 20000); --fast: ghi theo lô.\n";
    return 2;
}

}  // namespace

int run_seed(Config config, const std::vector<std::string>& args) {
    auto opt = options(args, 0);
    services::SeedOptions o;
    try {
        if (!opt.count("reports")) return seed_usage();
        o.reports = std::stoi(opt["reports"]);
        if (opt.count("seed")) o.seed = std::stoull(opt["seed"]);
        if (opt.count("months")) o.months = std::stoi(opt["months"]);
        if (opt.count("batch")) o.batch = std::stoi(opt["batch"]);
    } catch (const std::exception&) {
        return seed_usage();
    }
    if (o.reports < 0 || o.reports > 5000000) return seed_usage();
    if (opt.count("fast")) o.fast = true;
    if (opt.count("services")) o.fast = false;
    App app(std::move(config));
    o.rating_window_seconds = app.services->rating_window_seconds;
    const auto started = std::chrono::steady_clock::now();
    auto result = services::seed_reports(*app.db, app.services->auth, app.services->calendar, app.clock->now(), o,
                                         [&](int done, int total) {
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cerr << "\r  " << done << "/" << total << " phản ánh, " << static_cast<long long>(done / std::max(s, 1e-3))
                  << "/giây   " << std::flush;
    });
    std::cerr << "\n";
    std::cout << "Đã tạo " << result.reports << " phản ánh (" << result.steps << " bước xử lý, "
              << result.through_services << " qua các dịch vụ, " << result.written_fast << " ghi theo lô) trong " << result.seconds << " giây: "
              << static_cast<long long>(result.reports / std::max(result.seconds, 1e-3)) << " phản ánh/giây; "
              << result.citizens << " người dân, " << result.officers << " cán bộ mới.\n";
    if (result.refused) std::cout << "Cảnh báo: " << result.refused << " bước bị từ chối (xem nhật ký).\n";
    print_accounts(result.accounts);
    return result.refused ? 1 : 0;
}

int run_geo(Config config, const std::vector<std::string>& args) {
    if (args.empty() || (args[0] != "import" && args[0] != "info")) {
        std::cerr << "Sử dụng:\n"
                     "  tools/pakn geo import TỆP.geojson [--tolerance 0.0004] [--credit \"nguồn dữ liệu\"]\n"
                     "  tools/pakn geo info\n";
        return 2;
    }
    if (args[0] == "info") {
        App app(std::move(config));
        auto map = app.db->read([](store::Connection& c) { return store::load_geo_map(c); });
        auto communes = app.db->read([](store::Connection& c) { return store::geo_communes(c); });
        if (!map) {
            std::cout << "Chưa nhập ranh giới xã, phường (bản đồ vẫn hiển thị điểm và số liệu).\n";
            return 0;
        }
        std::cout << "Ranh giới của " << communes.size() << " đơn vị, " << map->points << " điểm, nguồn: " << map->source
                  << "\nGhi nguồn: " << map->credit << "\n";
        return 0;
    }
    if (args.size() < 2 || args[1].starts_with("--")) {
        std::cerr << "Thiếu đường dẫn tệp GeoJSON: tools/pakn geo import TỆP.geojson\n";
        return 2;
    }
    const std::string path = args[1];
    auto opt = options(args, 2);
    services::GeoImportOptions o;
    o.source = std::filesystem::path(path).filename().string();
    if (opt.count("tolerance")) {
        try {
            o.tolerance = std::stod(opt["tolerance"]);
        } catch (const std::exception&) {
            std::cerr << message_for("geo_invalid_tolerance") << "\n";
            return 2;
        }
    }
    if (opt.count("credit") && !opt["credit"].empty()) o.credit = opt["credit"];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << message_for("geo_file_unreadable") << ": " << path << "\n";
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    App app(std::move(config));
    auto report = services::import_geojson(*app.db, text.str(), o, app.clock->now());
    std::cout << services::describe(report);
    return report.stored ? 0 : 1;
}

int run_tiles(Config config, const std::vector<std::string>& args) {
    if (args.size() >= 2 && args[0] == "demo" && !args[1].starts_with("--")) {
        auto opt = options(args, 2);
        int max_zoom = 12;
        if (opt.count("max-zoom")) {
            const std::string& v = opt["max-zoom"];
            if (v.size() != 1 && v.size() != 2) max_zoom = -1;
            else max_zoom = std::atoi(v.c_str());
            if (max_zoom < 7 || max_zoom > 14) {
                std::cerr << "--max-zoom: 7..14\n";
                return 2;
            }
        }
        services::write_demo_tiles(args[1], max_zoom);
        std::cout << "Đã tạo " << args[1] << " (lưới minh hoạ, không phải bản đồ đường phố)\n";
        return 0;
    }
    if (args.size() >= 2 && args[0] == "info") {
        services::TileService tiles;
        if (auto err = tiles.use_mbtiles(args[1]); !err.empty()) {
            std::cerr << err << "\n";
            return 1;
        }
        const TileSource s = tiles.source();
        std::cout << "Mức phóng " << s.min_zoom << "–" << s.max_zoom << ", ghi nguồn: " << s.attribution << "\n";
        return 0;
    }
    (void)config;
    std::cerr << "Sử dụng:\n"
                 "  tools/pakn tiles demo TỆP.mbtiles [--max-zoom 12]   lưới minh hoạ cho bản demo và kiểm thử\n"
                 "  tools/pakn tiles info TỆP.mbtiles                   kiểm tra tệp nền bản đồ\n";
    return 2;
}

}  // namespace pakn::server
