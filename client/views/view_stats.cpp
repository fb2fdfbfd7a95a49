// Thống kê: public figures. Charts, tables and the map arrive with the public
// portal feature; this screen explains what will be shown.
#include <imgui.h>

#include "app/app.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_stats(App&) {
    ui::page("##stats", [] {
        ui::heading("Thống kê phản ánh, kiến nghị");
        ui::card("##stats-intro", [] {
            ui::paragraph(
                "Số liệu tiếp nhận, xử lý phản ánh, kiến nghị trên địa bàn tỉnh: theo tháng, theo lĩnh vực, theo "
                "đơn vị, theo xã, phường; tỷ lệ xử lý đúng hạn và mức độ hài lòng của người dân.");
        });
    });
}

}  // namespace pakn::client::views
