#include "store/uploads_store.h"

namespace pakn::server::store {

void insert_upload(Connection& c, const UploadRow& u) {
    c.prepare("INSERT INTO uploads(id, account_id, name, declared_size, received, created_at, updated_at) "
              "VALUES (?,?,?,?,?,?,?)")
        .bind_all(u.id, u.account_id, u.name, u.declared_size, u.received, u.created_at, u.updated_at)
        .run();
}

std::optional<UploadRow> find_upload(Connection& c, const std::string& id) {
    auto st = c.prepare(
        "SELECT id, account_id, name, declared_size, received, created_at, updated_at FROM uploads WHERE id = ?");
    st.bind_all(id);
    std::optional<UploadRow> out;
    if (st.step())
        out = UploadRow{st.text(0), st.int64(1), st.text(2), st.int64(3), st.int64(4), st.int64(5), st.int64(6)};
    st.reset();
    return out;
}

void set_upload_received(Connection& c, const std::string& id, std::int64_t received, std::int64_t now) {
    c.prepare("UPDATE uploads SET received = ?, updated_at = ? WHERE id = ?").bind_all(received, now, id).run();
}

void delete_upload(Connection& c, const std::string& id) {
    c.prepare("DELETE FROM uploads WHERE id = ?").bind_all(id).run();
}

bool delete_upload_of(Connection& c, const std::string& id, std::int64_t account_id) {
    c.prepare("DELETE FROM uploads WHERE id = ? AND account_id = ?").bind_all(id, account_id).run();
    return c.changes() > 0;
}

std::vector<std::string> delete_idle_uploads(Connection& c, std::int64_t before) {
    std::vector<std::string> ids;
    auto st = c.prepare("DELETE FROM uploads WHERE updated_at < ? RETURNING id");
    st.bind_all(before);
    while (st.step()) ids.push_back(st.text(0));
    st.reset();
    return ids;
}

std::int64_t held_upload_bytes(Connection& c, std::int64_t account_id) {
    auto st = c.prepare(
        "SELECT (SELECT COALESCE(SUM(declared_size), 0) FROM uploads WHERE account_id = ?1) + "
        "(SELECT COALESCE(SUM(a.size), 0) FROM attachments a LEFT JOIN reports r ON r.id = a.report_id "
        "WHERE a.uploaded_by = ?1 AND (a.report_id IS NULL OR r.status = 'draft'))");
    st.bind(1, account_id);
    const std::int64_t held = st.step() ? st.int64(0) : 0;
    st.reset();
    return held;
}

}  // namespace pakn::server::store
