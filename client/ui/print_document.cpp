#include "ui/print_document.h"

#include <cstdio>

#include "app/strings_common.h"
#include "app/strings_officer.h"
#include "app/strings_print.h"
#include "app/strings_public.h"
#include "app/strings_reports.h"
#include "pakn/calendar.h"
#include "pakn/deadline.h"
#include "pakn/forms.h"
#include "pakn/qr.h"
#include "pakn/text.h"
#include "pakn/url.h"
#include "pakn/workflow.h"
#include "ui/officer_widgets.h"

namespace pakn::client::ui {
namespace {

using platform::PrintDocument;
using platform::PrintSection;

// A screen's label ("Ngày gửi: ") as a printed field's name ("Ngày gửi"):
// the print lays labels out in their own column.
std::string bare(std::string_view label) {
    while (!label.empty() && (label.back() == ' ' || label.back() == ':'))
        label.remove_suffix(1);
    return std::string(label);
}

// Multi-line text as paragraphs, blank lines dropped.
std::vector<std::string> paragraphs_of(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) out.emplace_back(line);
        start = end + 1;
    }
    return out;
}

void add(PrintSection& s, std::string_view label, std::string value) {
    if (!value.empty()) s.fields.emplace_back(bare(label), std::move(value));
}

std::string place_of(const std::string& address, const std::string& commune) {
    // The address often names its commune already.
    if (commune.empty() || fold_for_search(address).find(fold_for_search(commune)) != std::string::npos) return address;
    return address.empty() ? commune : address + ", " + commune;
}

std::string units_text(const std::vector<UnitRef>& units) {
    std::string names;
    for (const auto& u : units)
        names += (names.empty() ? "" : "; ") + u.name;
    return names;
}

std::string file_names(const std::vector<AttachmentInfo>& files) {
    std::string names;
    for (const auto& f : files)
        names += (names.empty() ? "" : "; ") + (f.name.empty() ? "#" + std::to_string(f.id) : f.name);
    return names;
}

PrintDocument titled(const char* kind, const std::string& title) {
    PrintDocument doc;
    doc.header = print_header();
    doc.title = kind;
    doc.subtitle = title;
    return doc;
}

PrintSection text_section(std::string_view heading, std::string_view text) {
    PrintSection s;
    s.heading = std::string(heading);
    s.paragraphs = paragraphs_of(text);
    return s;
}

// One row of the officer's timeline table: when, what (internal marked),
// who (and as what), and what it carried (the new status, the parameters
// worth reading, the note).
std::vector<std::string> timeline_row(const Event& e) {
    std::string what(label(e.action));
    if (e.internal) what += tr::prn::kInternalMark;
    std::string who = e.actor_name;
    if (e.actor_role) {
        const std::string role = *e.actor_role == Role::system ? std::string(tr::kSystem) : std::string(label(*e.actor_role));
        who = who.empty() ? role : who + " (" + role + ")";
    }
    std::string notes;
    const auto line = [&notes](std::string text) {
        if (!text.empty()) notes += (notes.empty() ? "" : "\n") + text;
    };
    if (e.to_status && (!e.from_status || *e.from_status != *e.to_status))
        line(std::string(tr::kStatus) + ": " + std::string(label(*e.to_status)));
    for (auto& detail : event_details(e))
        line(std::move(detail));
    line(e.note);
    return {format_display_datetime(e.created_at), std::move(what), std::move(who), std::move(notes)};
}

}  // namespace

// [SECTION] header and footer

std::vector<std::string> print_header() { return {tr::kProvinceCommittee, tr::kSystemName}; }

std::string print_footer(std::string_view url, UnixSeconds now) {
    return std::string(tr::prn::kPrintedFrom) + std::string(url) + tr::prn::kPrintedAt + format_display_datetime(now);
}

// [SECTION] the reporter's receipt

PrintDocument receipt_document(const ReportDetail& d, std::string_view origin, UnixSeconds now) {
    PrintDocument doc = titled(tr::prn::kReceiptTitle, d.title);
    if (!d.code.empty()) {
        doc.subtitle = std::string(tr::rep::kCodeLabel) + d.code;
        const std::string lookup = std::string(origin) + "/tra-cuu?ma=" + percent_encode(d.code);
        if (const auto qr = make_qr(lookup, QrEcc::medium)) doc.qr_svg = qr_svg(*qr);
        doc.qr_caption = tr::prn::kQrCaption + lookup;
    }
    PrintSection report;
    report.heading = tr::prn::kReportPart;
    add(report, tr::rep::kCodeLabel, d.code);
    add(report, tr::kTitleField, d.title);
    if (d.submitted_at) add(report, tr::kSentOn, format_display_datetime(*d.submitted_at));
    if (d.reporter) add(report, tr::rep::kReporter, d.reporter->name);
    add(report, tr::kCategory, d.category_name);
    add(report, tr::kPlacePrefix, place_of(d.address, d.commune_name));
    add(report, tr::kStatus, std::string(label(d.status)));
    if (d.lead_unit) add(report, tr::rep::kUnit, d.lead_unit->name);
    if (d.deadline && is_open(d.status)) add(report, tr::rep::kDeadline, format_display_datetime(*d.deadline));
    add(report, tr::kAttachments, file_names(d.attachments));
    doc.sections.push_back(std::move(report));
    doc.sections.push_back(text_section(tr::kReportContent, d.content));
    if (d.result && d.result->approved_at) {
        PrintSection result = text_section(tr::kResult, d.result->text);
        add(result, tr::rep::kAnsweredOn, format_display_datetime(*d.result->approved_at));
        doc.sections.push_back(std::move(result));
    }
    if (!d.code.empty()) doc.sections.push_back(text_section("", tr::prn::kKeepCode));
    doc.footer = print_footer(std::string(origin) + "/phan-anh/" + std::to_string(d.id), now);
    return doc;
}

// [SECTION] the officer's file

PrintDocument officer_file_document(const ReportDetail& d, std::string_view origin, UnixSeconds now) {
    PrintDocument doc = titled(tr::prn::kFileTitle, d.title);
    PrintSection report;
    report.heading = tr::prn::kReportPart;
    add(report, tr::rep::kCodeLabel, d.code);
    add(report, tr::kStatus, std::string(label(d.status)) + (d.is_published ? std::string(" • ") + tr::kPublished : ""));
    if (d.priority) add(report, tr::off::kPriority, std::string(priority_label(*d.priority)));
    if (d.submitted_at) add(report, tr::kSentOn, format_display_datetime(*d.submitted_at));
    add(report, tr::kChannelPrefix, std::string(choice_label(channels(), d.channel)));
    add(report, tr::kCategory, d.category_name.empty() ? std::string(tr::off::kUnclassified) : d.category_name);
    add(report, tr::kCommune, d.commune_name);
    add(report, tr::kPlacePrefix, d.address);
    if (d.lat && d.lon) {
        char coordinates[64];
        std::snprintf(coordinates, sizeof coordinates, "%.6f, %.6f", *d.lat, *d.lon);
        add(report, tr::kCoordinatesPrefix, coordinates);
    }
    if (d.lead_unit) add(report, tr::off::kLeadUnit, d.lead_unit->name);
    add(report, tr::off::kHandlerLabel, d.assignee_name);
    add(report, tr::kCoUnitsPrefix, units_text(d.co_units));
    if (d.deadline && is_open(d.status))
        add(report, tr::off::kDeadline,
            format_display_datetime(*d.deadline) + (d.time_left.empty() ? "" : " (" + d.time_left + ")"));
    report.paragraphs.emplace_back(d.is_public ? tr::off::kConsentPublic : tr::off::kNoConsent);
    doc.sections.push_back(std::move(report));

    if (d.reporter) {
        PrintSection people;
        people.heading = tr::off::kReporter;
        if (d.reporter->deleted) people.paragraphs.emplace_back(tr::off::kDeletedAccount);
        add(people, tr::off::kName, d.reporter->name);
        add(people, tr::kPhonePrefix, d.reporter->phone);
        add(people, tr::kEmailPrefix, d.reporter->email);
        add(people, tr::off::kIdNumber, d.reporter->id_number);
        doc.sections.push_back(std::move(people));
    }

    PrintSection content = text_section(tr::off::kContent, d.content);
    add(content, tr::kAttachments, file_names(d.attachments));
    doc.sections.push_back(std::move(content));

    if (d.result) {
        PrintSection result = text_section(d.result->approved_at ? tr::kResult : tr::prn::kAnswerDraft, d.result->text);
        if (d.result->approved_at) add(result, tr::rep::kAnsweredOn, format_display_datetime(*d.result->approved_at));
        add(result, tr::kAttachments, file_names(d.result->attachments));
        if (d.rating) {
            add(result, tr::off::kRating, std::string(label(d.rating->level)));
            if (!d.rating->comment.empty()) result.paragraphs.push_back("“" + d.rating->comment + "”");
        }
        doc.sections.push_back(std::move(result));
    }

    PrintSection timeline;
    timeline.heading = tr::kTimeline;
    timeline.table_columns = {tr::prn::kWhen, tr::prn::kStep, tr::prn::kActor, tr::prn::kNote};
    for (const Event& e : d.events)
        timeline.table_rows.push_back(timeline_row(e));
    doc.sections.push_back(std::move(timeline));
    doc.footer = print_footer(std::string(origin) + "/can-bo/phan-anh/" + std::to_string(d.id), now);
    return doc;
}

// [SECTION] the published answer

PrintDocument published_report_document(const PublicReport& r, std::string_view origin, UnixSeconds now) {
    PrintDocument doc = titled(tr::prn::kPublishedTitle, r.title);
    PrintSection report;
    report.heading = tr::prn::kReportPart;
    add(report, tr::pub::kCode, r.code);
    if (r.submitted_at) add(report, tr::pub::kSubmittedAt, format_display_datetime(*r.submitted_at));
    add(report, tr::pub::kReporter, r.reporter_name);
    add(report, tr::pub::kPlace, place_of(r.address, r.commune_name));
    add(report, tr::pub::kCategoryKV, r.category_name);
    add(report, tr::pub::kUnit, r.unit_name);
    add(report, tr::kStatus, std::string(label(r.status)));
    doc.sections.push_back(std::move(report));
    doc.sections.push_back(text_section(tr::kReportContent, r.content));
    PrintSection result;
    result.heading = tr::kResult;
    if (r.result) {
        if (r.result->approved_at) add(result, tr::pub::kResultAt, format_display_datetime(*r.result->approved_at));
        result.paragraphs = paragraphs_of(r.result->text);
    } else {
        result.paragraphs.emplace_back(tr::pub::kNoResult);
    }
    add(result, tr::pub::kRating, r.rating ? std::string(label(*r.rating)) : std::string(tr::pub::kNoRating));
    doc.sections.push_back(std::move(result));
    doc.footer = print_footer(std::string(origin) + "/cong-khai/" + std::to_string(r.id), now);
    return doc;
}

// [SECTION] any screen

PrintDocument screen_document(std::string_view title, const std::vector<WidgetInfo>& widgets, std::string_view origin,
                              std::string_view path, UnixSeconds now) {
    PrintDocument doc;
    doc.header = print_header();
    doc.title = std::string(title);
    PrintSection text;
    for (const WidgetInfo& w : widgets) {
        std::string line = w.label;
        if (w.has_value && !w.value.empty()) line += (line.empty() ? "" : ": ") + w.value;
        if (!w.error.empty()) line += (line.empty() ? "" : " — ") + w.error;
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        if (!text.paragraphs.empty() && text.paragraphs.back() == line) continue;  // a widget and its twin
        text.paragraphs.push_back(std::move(line));
    }
    doc.sections.push_back(std::move(text));
    doc.footer = print_footer(std::string(origin) + std::string(path), now);
    return doc;
}

}  // namespace pakn::client::ui
