#include "tools.h"

#include <cstdio>
#include <iostream>
#include <map>

#include "app.h"
#include "pakn/forms.h"

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
    return app.db->read([&](store::Connection& c) {
        auto st = c.prepare("SELECT id FROM units WHERE code = ?");
        st.bind_all(code);
        std::optional<std::int64_t> id;
        if (st.step()) id = st.int64(0);
        st.reset();
        return id;
    });
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
        auto created = app.auth->create_officer(cleaned.value);
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
        app.db->read([&](store::Connection& c) {
            auto st = c.prepare("SELECT code, kind, name FROM units ORDER BY kind, name");
            while (st.step()) std::cout << st.text(0) << "\t" << st.text(1) << "\t" << st.text(2) << "\n";
            st.reset();
            return 0;
        });
        return 0;
    }
    return usage();
}

}  // namespace pakn::server
