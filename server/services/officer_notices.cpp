#include "services/officer_notices.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "pakn/calendar.h"
#include "services/sms_outbox.h"
#include "store/officer_notices_store.h"
#include "store/outbox_store.h"

namespace pakn::server::services {
namespace {

// Who, among the officers, a notice is for.
enum class To {
    unit_leads,     // the leads of the unit handling the report
    co_unit_leads,  // the leads of the units coordinating on it
    holder,         // the officer the report was given to (assign_handler)
    center,         // the center's dispatchers
};

// The table: the steps officers hear of, whom they tell, what they say.
// "{code}" is the tracking code, "{until}" the answer deadline. Steps not
// listed tell no officer (the actor's own unit already sees them).
struct NoticeRule {
    Action action;
    std::string_view title;
    std::initializer_list<To> to;
};

// clang-format off
const std::array kNoticeRules = {
    NoticeRule{Action::assign,            "Đơn vị được giao xử lý phản ánh {code}",                   {To::unit_leads, To::co_unit_leads}},
    NoticeRule{Action::reopen,            "Phản ánh {code} được mở lại, đơn vị xử lý tiếp",           {To::unit_leads, To::holder}},
    NoticeRule{Action::assign_handler,    "Bạn được giao xử lý phản ánh {code}",                      {To::holder}},
    NoticeRule{Action::propose_result,    "Phản ánh {code} có kết quả xử lý chờ duyệt",               {To::unit_leads}},
    NoticeRule{Action::refuse_result,     "Kết quả xử lý phản ánh {code} bị trả lại, cần xử lý tiếp", {To::holder}},
    NoticeRule{Action::request_extension, "Đơn vị đề nghị gia hạn phản ánh {code}",                   {To::center}},
    NoticeRule{Action::approve_extension, "Phản ánh {code} được gia hạn đến {until}",                 {To::unit_leads, To::holder}},
    NoticeRule{Action::refuse_extension,  "Đề nghị gia hạn phản ánh {code} không được chấp thuận",    {To::unit_leads, To::holder}},
    NoticeRule{Action::return_,           "Đơn vị trả lại phản ánh {code} cho Trung tâm",             {To::center}},
    NoticeRule{Action::direct,            "Có ý kiến chỉ đạo về phản ánh {code}",                     {To::unit_leads, To::holder}},
    NoticeRule{Action::request_reconsideration, "Người gửi đề nghị xem xét lại phản ánh {code}",       {To::center}},
};
// clang-format on

const NoticeRule* rule_of(Action a) {
    for (const auto& rule : kNoticeRules)
        if (rule.action == a) return &rule;
    return nullptr;
}

std::string fill(std::string_view title, const store::ReportRow& r) {
    std::string out(title);
    auto replace = [&](std::string_view key, const std::string& value) {
        if (auto at = out.find(key); at != std::string::npos) out.replace(at, key.size(), value);
    };
    replace("{code}", r.code);
    replace("{until}", r.resolve_deadline ? format_display_datetime(*r.resolve_deadline) : std::string("hạn mới"));
    return out;
}

void add(std::vector<std::int64_t>& ids, const std::vector<std::int64_t>& more) {
    ids.insert(ids.end(), more.begin(), more.end());
}

// The officers `to` names for `r`. A report no unit holds yet is the
// center's: unit_leads then means its dispatchers (a direction before
// routing still reaches someone).
std::vector<std::int64_t> officers_for(store::Connection& c, std::span<const To> to, const store::ReportRow& r) {
    std::vector<std::int64_t> ids;
    for (To t : to) {
        switch (t) {
            case To::unit_leads:
                if (r.lead_unit_id)
                    add(ids, store::officers_of(c, r.lead_unit_id, {"unit_lead"}));
                else
                    add(ids, store::officers_of(c, std::nullopt, {"dispatcher"}));
                break;
            case To::co_unit_leads:
                for (const auto& u : store::co_units(c, r.id))
                    add(ids, store::officers_of(c, u.id, {"unit_lead"}));
                break;
            case To::holder:
                if (r.assignee_id) ids.push_back(*r.assignee_id);
                break;
            case To::center:
                add(ids, store::officers_of(c, std::nullopt, {"dispatcher"}));
                break;
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

constexpr std::string_view kSmsPrefix = "PAKN Khanh Hoa: ";
constexpr int kDigestTitles = 20;

}  // namespace

std::optional<OfficerNotice> officer_notice_of(Action action, const store::ReportRow& r) {
    const NoticeRule* rule = rule_of(action);
    if (!rule) return std::nullopt;
    return OfficerNotice{std::string(to_string(action)), fill(rule->title, r)};
}

OfficerNotices::OfficerNotices(std::string public_url) : public_url_(std::move(public_url)) {
    while (!public_url_.empty() && public_url_.back() == '/')
        public_url_.pop_back();
}

std::string OfficerNotices::report_link(std::int64_t report_id) const {
    return public_url_ + "/can-bo/phan-anh/" + std::to_string(report_id);
}

bool OfficerNotices::tell(store::Connection& c, std::int64_t officer_id, const OfficerNotice& n,
                          const store::ReportRow& r, UnixSeconds now) const {
    auto who = store::notice_recipient(c, officer_id);
    if (!who) return false;  // disabled meanwhile, or not an officer
    store::NotificationRow row;
    row.account_id = officer_id;
    row.report_id = r.id;
    row.kind = n.kind;
    row.title = n.title;
    row.body = r.title;
    row.created_at = now;
    store::insert_notification(c, row);
    if (who->daily_digest) return false;  // the morning digest carries it
    bool queued = false;
    if (who->by_email && !who->email.empty()) {
        // The outbox's e-mail body: the subject, a blank line, the text.
        store::enqueue_message(c, "email", who->email,
                               n.title + "\n\n" + n.title + "\n" + r.title + "\n\nXem hồ sơ: " + report_link(r.id),
                               "officer_" + n.kind, now);
        queued = true;
    }
    if (who->by_sms && !who->phone.empty()) {
        queue_sms(c, who->phone, kSmsPrefix, n.title, "", "officer_" + n.kind, now);
        queued = true;
    }
    return queued;
}

bool OfficerNotices::after_step(store::Connection& c, Action action, const store::ReportRow& r, const Principal& actor,
                                UnixSeconds now) const {
    const NoticeRule* rule = rule_of(action);
    if (!rule) return false;
    const auto notice = officer_notice_of(action, r);
    bool queued = false;
    for (auto id : officers_for(c, std::span<const To>(rule->to.begin(), rule->to.size()), r))
        if (id != actor.account_id) queued = tell(c, id, *notice, r, now) || queued;
    return queued;
}

bool OfficerNotices::deadline(store::Connection& c, const OfficerNotice& notice, const store::ReportRow& r,
                              UnixSeconds now) const {
    constexpr std::array to = {To::unit_leads, To::holder};
    bool queued = false;
    for (auto id : officers_for(c, to, r))
        queued = tell(c, id, notice, r, now) || queued;
    return queued;
}

int OfficerNotices::send_digests(store::Database& db, UnixSeconds now) const {
    // Every minute's housekeeping asks; a write happens only when a digest is owed.
    auto owed = db.read([&](store::Connection& c) {
        auto all = store::digest_recipients(c);
        std::erase_if(all, [&](const store::NoticeRecipient& r) { return !digest_due(now, r.last_digest_at); });
        return all;
    });
    if (owed.empty()) return 0;
    return db.write([&](store::Connection& c) {
        int sent = 0;
        for (const auto& who : owed) {
            // Never sent: the last day's notices.
            const auto since = who.last_digest_at.value_or(now - 86400);
            const auto unread = store::unread_notices_since(c, who.id, since, kDigestTitles);
            store::set_last_digest(c, who.id, now);
            if (unread.count == 0) continue;
            const std::string subject = "Bản tin PAKN: " + std::to_string(unread.count) + " thông báo chưa đọc";
            if (who.by_email && !who.email.empty()) {
                std::string body = subject + "\n\n";
                for (const auto& t : unread.titles)
                    body += "- " + t + "\n";
                if (unread.count > static_cast<std::int64_t>(unread.titles.size()))
                    body += "… và " + std::to_string(unread.count - static_cast<std::int64_t>(unread.titles.size())) +
                            " thông báo khác\n";
                body += "\nXem tất cả: " + public_url_ + "/thong-bao";
                store::enqueue_message(c, "email", who.email, subject + "\n\n" + body, "officer_digest", now);
            }
            if (who.by_sms && !who.phone.empty())
                queue_sms(c, who.phone, kSmsPrefix, subject, ". Dang nhap de xem chi tiet.", "officer_digest", now);
            ++sent;
        }
        return sent;
    });
}

}  // namespace pakn::server::services
