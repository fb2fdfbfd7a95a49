#include "ui/report_widgets.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <utility>

#include "app/strings_common.h"
#include "app/strings_follow.h"
#include "app/strings_reports.h"
#include "net/api.h"
#include "net/pending_send.h"
#include "pakn/messages.h"
#include "pakn/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::ui {
namespace txt = tr::rep;

namespace {

constexpr int kThumbSide = 240;    // device px of a decoded thumbnail
constexpr int kViewerSide = 1600;  // device px of an image in the viewer

ImTextureID texture_id(const platform::Texture& t) {
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(t.id));
}

std::string cache_key(const std::string& url, int max_side) {
    return url + "#" + std::to_string(max_side);
}

// Draws `t` inside the box at `min` of size `box`, keeping its aspect ratio
// ("contain"); nothing when it has no texture.
void draw_fitted(ImDrawList* dl, const platform::Texture& t, ImVec2 min, ImVec2 box) {
    if (t.id == 0 || t.width <= 0 || t.height <= 0) return;
    const float s = std::min(box.x / static_cast<float>(t.width), box.y / static_cast<float>(t.height));
    const ImVec2 size(static_cast<float>(t.width) * s, static_cast<float>(t.height) * s);
    const ImVec2 at(min.x + (box.x - size.x) * 0.5f, min.y + (box.y - size.y) * 0.5f);
    dl->AddImage(texture_id(t), at, ImVec2(at.x + size.x, at.y + size.y));
}

// The short type word on a tile without a picture: "PDF", "DOCX", "▶ MP4".
std::string type_badge(std::string_view mime, std::string_view name, FileKind kind) {
    std::string ext;
    if (auto dot = name.rfind('.'); dot != std::string_view::npos) ext = std::string(name.substr(dot + 1));
    for (auto& c : ext)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (ext.empty() || ext.size() > 5)
        ext = mime.empty() ? std::string(txt::kDocument) : std::string(mime.substr(mime.find('/') + 1));
    return kind == FileKind::video ? "▶ " + ext : ext;
}

FileKind kind_of(std::string_view kind) {
    if (kind == "image") return FileKind::image;
    if (kind == "video") return FileKind::video;
    return FileKind::document;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
    return true;
}

UploadItem* find_item(UploadList& list, int file_id) {
    for (auto& item : list.items)
        if (item.file_id == file_id) return &item;
    return nullptr;
}

void start_upload(UploadList& list, int file_id) {
    UploadList* l = &list;  // lives in App's view state, which outlives every request
    const int generation = list.generation;
    platform::upload_file(
        file_id,
        [l, file_id, generation](platform::UploadProgress p) {
            if (generation != l->generation) return;
            if (UploadItem* item = find_item(*l, file_id)) item->sent = p.sent;
        },
        [l, file_id, generation](platform::HttpResult result) {
            if (generation != l->generation) return;
            UploadItem* item = find_item(*l, file_id);
            if (!item) return;
            const auto body = nlohmann::json::parse(result.body, nullptr, false);
            AttachmentInfo info;
            FieldErrors errors;
            if (result.status == 201 && !body.is_discarded()) from_json(body, info, errors, std::string());
            if (result.status == 0) {
                // The network, not the file: keep the file (and its bytes on
                // the device) and wait to send it again.
                item->phase = UploadItem::Phase::waiting;
                item->lost = true;
                ++l->revision;
                return;
            }
            if (!item->stash_key.empty()) {
                platform::drop_stash(item->stash_key);
                item->stash_key.clear();
                ++l->revision;
            }
            if (result.status == 201 && !body.is_discarded() && errors.empty()) {
                item->info = info;
                item->kind = kind_of(info.kind);
                item->phase = UploadItem::Phase::done;
                item->sent = item->size;
                ++l->revision;
            } else {
                const ApiError e = net::error_from_reply(result.status == 201 ? 502 : result.status, body);
                // The file's own problem (type, size) reads better than "invalid data".
                item->error = e.fields.empty() ? e.message : e.fields.front().message;
                item->phase = UploadItem::Phase::failed;
            }
            platform::release_file(file_id);
        });
}

std::string new_stash_key() {
    static std::random_device device;
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(device());
    return "file-" + net::uuid_v4(bytes);
}

UploadItem* find_stashed(UploadList& list, const std::string& key) {
    for (auto& item : list.items)
        if (item.stash_key == key) return &item;
    return nullptr;
}

}  // namespace

// ---------------------------------------------------------------- images
const platform::Texture& ImageCache::get(const std::string& url, int max_side) {
    const std::string key = cache_key(url, max_side);
    auto it = entries_.find(key);
    if (it != entries_.end()) return it->second.texture;
    it = entries_.emplace(key, Entry{}).first;
    ImageCache* self = this;  // the cache lives in App's view state
    const int generation = generation_;
    platform::load_image_url(url, max_side, [self, key, generation](platform::Texture t) {
        auto found = self->entries_.find(key);
        if (generation != self->generation_ || found == self->entries_.end()) {
            if (t.id) platform::free_texture(t.id);
            return;
        }
        found->second.texture = t;
        found->second.loading = false;
    });
    return it->second.texture;
}

bool ImageCache::loading(const std::string& url, int max_side) const {
    auto it = entries_.find(cache_key(url, max_side));
    return it == entries_.end() || it->second.loading;
}

void ImageCache::clear() {
    for (auto& [key, e] : entries_)
        if (e.texture.id) platform::free_texture(e.texture.id);
    entries_.clear();
    ++generation_;
}

void open_viewer(ImageViewer& viewer, const std::vector<AttachmentInfo>& files, std::int64_t id) {
    viewer.images.clear();
    viewer.index = 0;
    for (const auto& f : files) {
        if (f.kind != "image") continue;
        if (f.id == id) viewer.index = viewer.images.size();
        viewer.images.push_back(f);
    }
    viewer.open = !viewer.images.empty();
}

void image_viewer(ImageViewer& viewer, ImageCache& cache) {
    if (!viewer.open && !ImGui::IsPopupOpen(txt::kViewerTitle)) return;
    if (viewer.images.empty()) viewer.open = false;
    modal(txt::kViewerTitle, viewer.open, [&] {
        if (viewer.images.empty()) return;
        viewer.index = std::min(viewer.index, viewer.images.size() - 1);
        const AttachmentInfo& f = viewer.images[viewer.index];
        const std::string url = attachment_url(f.id);
        const platform::Texture& t = cache.get(url, kViewerSide);
        subheading(f.name);
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float w = ImGui::GetContentRegionAvail().x;
        const float h = std::max(px(160), std::min(vp->Size.y * 0.6f, w * 0.75f));
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(w, h));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), IM_COL32(32, 36, 42, 255), px(6));
        if (t.id) {
            draw_fitted(dl, t, ImVec2(min.x + px(4), min.y + px(4)), ImVec2(w - px(8), h - px(8)));
        } else {
            const char* text = t.failed ? txt::kImageFailed : tr::kLoading;
            const ImVec2 ts = ImGui::CalcTextSize(text);
            dl->AddText(ImVec2(min.x + (w - ts.x) * 0.5f, min.y + (h - ts.y) * 0.5f), IM_COL32_WHITE, text);
            if (!t.failed) request_animation_frame();
        }
        muted(file_size_text(f.size));
        if (viewer.images.size() > 1) {
            ImGui::BeginDisabled(viewer.index == 0);
            if (secondary_button(txt::kPrevious)) --viewer.index;
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ui::text(std::to_string(viewer.index + 1) + "/" + std::to_string(viewer.images.size()));
            ImGui::SameLine();
            ImGui::BeginDisabled(viewer.index + 1 >= viewer.images.size());
            if (secondary_button(txt::kNext)) ++viewer.index;
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
        if (secondary_button(txt::kOpenOriginal)) platform::open_url(url);
        ImGui::SameLine();
        if (primary_button(txt::kClose)) viewer.open = false;
    });
}

// ---------------------------------------------------------------- attachments
std::string attachment_url(std::int64_t id) {
    return "/api/v1/attachments/" + std::to_string(id);
}

void attachment_tiles(const char* id, const std::vector<AttachmentInfo>& files, ImageCache& cache,
                      ImageViewer& viewer) {
    ImGui::PushID(id);
    const float side = px(is_compact() ? 96 : 120);
    const float label_h = ImGui::GetTextLineHeight() * 0.9f;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float x_used = 0;
    const float avail = ImGui::GetContentRegionAvail().x;
    for (const auto& f : files) {
        if (x_used > 0 && x_used + side <= avail)
            ImGui::SameLine(0, spacing);
        else
            x_used = 0;
        x_used += side + spacing;
        ImGui::PushID(static_cast<int>(f.id));
        const ImVec2 min = ImGui::GetCursorScreenPos();
        // The tile is one button named after the file (tests click it by name).
        const std::string button = f.name + "##tile";
        const bool clicked = ImGui::InvisibleButton(button.c_str(), ImVec2(side, side + label_h + px(4)));
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetTooltip("%s (%s)", f.name.c_str(), file_size_text(f.size).c_str());
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 box_max(min.x + side, min.y + side);
        dl->AddRectFilled(min, box_max, IM_COL32(236, 240, 245, 255), px(6));
        const FileKind kind = kind_of(f.kind);
        bool drawn = false;
        if (kind == FileKind::image) {
            const platform::Texture& t = cache.get(attachment_url(f.id), kThumbSide);
            if (t.id) {
                draw_fitted(dl, t, ImVec2(min.x + px(2), min.y + px(2)), ImVec2(side - px(4), side - px(4)));
                drawn = true;
            } else if (!t.failed) {
                request_animation_frame();  // the picture is on its way
            }
        }
        if (!drawn) {
            const std::string badge = type_badge(f.mime, f.name, kind);
            ImGui::PushFont(fonts().bold);
            const ImVec2 ts = ImGui::CalcTextSize(badge.c_str());
            dl->AddText(ImVec2(min.x + (side - ts.x) * 0.5f, min.y + (side - ts.y) * 0.5f), color::kPrimary,
                        badge.c_str());
            ImGui::PopFont();
        }
        dl->AddRect(min, box_max, hovered ? color::kPrimary : color::kBorder, px(6), 0, px(hovered ? 2 : 1));
        // The name under the tile, cut to its width.
        ImGui::PushFont(fonts().small);
        std::string name = f.name;
        while (name.size() > 4 && ImGui::CalcTextSize(name.c_str()).x > side)
            name = truncate_chars(name, char_count(name) - 2);
        if (name != f.name) name += "…";
        dl->AddText(ImVec2(min.x, box_max.y + px(2)), color::kMuted, name.c_str());
        ImGui::PopFont();
        if (clicked) {
            if (kind == FileKind::image)
                open_viewer(viewer, files, f.id);
            else
                platform::open_url(attachment_url(f.id));
        }
        ImGui::PopID();
    }
    ImGui::PopID();
}

// ---------------------------------------------------------------- uploads
std::optional<FileType> claimed_type(std::string_view name, std::string_view mime) {
    struct Known {
        std::string_view ext, mime;
        FileKind kind;
    };
    static constexpr Known kKnown[] = {
        {".jpg", "image/jpeg", FileKind::image},
        {".jpeg", "image/jpeg", FileKind::image},
        {".png", "image/png", FileKind::image},
        {".webp", "image/webp", FileKind::image},
        {".heic", "image/heic", FileKind::image},
        {".heif", "image/heif", FileKind::image},
        {".mp4", "video/mp4", FileKind::video},
        {".mov", "video/quicktime", FileKind::video},
        {".pdf", "application/pdf", FileKind::document},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind::document},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKind::document},
    };
    for (const auto& k : kKnown)
        if (!mime.empty() && mime == k.mime) return FileType{k.mime, k.ext, k.kind};
    for (const auto& k : kKnown)
        if (ends_with_ci(name, k.ext)) return FileType{k.mime, k.ext, k.kind};
    return std::nullopt;
}

void pick_and_upload(UploadList& list, int max_files) {
    UploadList* l = &list;
    const int generation = list.generation;
    platform::pick_files("image/*,video/mp4,video/quicktime,.pdf,.docx,.xlsx", true,
                         [l, max_files, generation](std::vector<platform::PickedFile> files) {
                             if (generation != l->generation) {
                                 for (const auto& f : files)
                                     platform::release_file(f.id);
                                 return;
                             }
                             l->notice.clear();
                             for (auto& f : files) {
                                 if (files_in_use(*l) >= max_files) {
                                     l->notice = txt::kTooManyPicked;
                                     platform::release_file(f.id);
                                     continue;
                                 }
                                 UploadItem item;
                                 item.file_id = f.id;
                                 item.name = f.name;
                                 item.size = f.size;
                                 item.type = f.type;
                                 const auto type = claimed_type(f.name, f.type);
                                 if (type) item.kind = type->kind;
                                 // Refuse at once what the server would refuse anyway.
                                 if (auto code = check_upload(type, f.size); !code.empty()) {
                                     item.phase = UploadItem::Phase::failed;
                                     item.error = std::string(message_for(code));
                                     platform::release_file(f.id);
                                     item.file_id = -f.id;  // no longer a browser handle
                                     l->items.push_back(std::move(item));
                                     continue;
                                 }
                                 // Its bytes stay on the device until the server has them.
                                 item.stash_key = new_stash_key();
                                 platform::stash_file(f.id, item.stash_key);
                                 l->items.push_back(std::move(item));
                                 start_upload(*l, f.id);
                             }
                         });
}

void upload_list(const char* id, UploadList& list, ImageCache& cache) {
    ImGui::PushID(id);
    if (!list.notice.empty()) muted(list.notice);
    const float thumb = px(56);
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        UploadItem& item = list.items[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImGui::Dummy(ImVec2(thumb, thumb));
        dl->AddRectFilled(min, ImVec2(min.x + thumb, min.y + thumb), IM_COL32(236, 240, 245, 255), px(4));
        // A picture of the file when it is an image: decoded in the browser
        // before it is sent, or fetched back for a file already stored.
        const platform::Texture* picture = nullptr;
        if (item.kind == FileKind::image) {
            if (item.file_id > 0 && !item.thumb_requested) {
                item.thumb_requested = true;
                UploadList* l = &list;
                const int file_id = item.file_id;
                const int generation = list.generation;
                platform::load_file_thumbnail(file_id, kThumbSide, [l, file_id, generation](platform::Texture t) {
                    UploadItem* it = generation == l->generation ? find_item(*l, file_id) : nullptr;
                    if (!it) {
                        if (t.id) platform::free_texture(t.id);
                        return;
                    }
                    it->thumb = t;
                });
            }
            if (item.thumb.id)
                picture = &item.thumb;
            else if (item.info && item.file_id == 0)
                picture = &cache.get(attachment_url(item.info->id), kThumbSide);
        }
        if (picture && picture->id) {
            draw_fitted(dl, *picture, ImVec2(min.x + px(2), min.y + px(2)), ImVec2(thumb - px(4), thumb - px(4)));
        } else {
            const std::string badge = type_badge(item.type, item.name, item.kind);
            ImGui::PushFont(fonts().small);
            const ImVec2 ts = ImGui::CalcTextSize(badge.c_str());
            dl->AddText(ImVec2(min.x + (thumb - ts.x) * 0.5f, min.y + (thumb - ts.y) * 0.5f), color::kPrimary,
                        badge.c_str());
            ImGui::PopFont();
        }
        ImGui::SameLine();
        ImGui::BeginGroup();
        const float right = ImGui::CalcTextSize(txt::kRemoveFile).x + px(40);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(px(80), ImGui::GetContentRegionAvail().x - right));
        ui::paragraph(item.name);
        ImGui::PopTextWrapPos();
        ImGui::PushFont(fonts().small);
        switch (item.phase) {
            case UploadItem::Phase::uploading: {
                const float fraction =
                    item.size > 0 ? static_cast<float>(static_cast<double>(item.sent) / static_cast<double>(item.size))
                                  : 0.0f;
                ui::text_colored(color::kMuted, std::string(txt::kUploading) +
                                                    std::to_string(std::lround(fraction * 100)) + "% – " +
                                                    file_size_text(item.size));
                ImGui::PushStyleColor(ImGuiCol_PlotHistogram, color::kPrimary);
                ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f),
                                   ImVec2(std::max(px(80), ImGui::GetContentRegionAvail().x - right), px(6)), "");
                ImGui::PopStyleColor();
                request_animation_frame();
                break;
            }
            case UploadItem::Phase::done:
                ui::text_colored(color::kSuccess, std::string("✔ ") + txt::kUploaded + " – " +
                                                      file_size_text(item.info ? item.info->size : item.size));
                break;
            case UploadItem::Phase::waiting:
                ui::text_colored(color::kWarning, std::string(txt::kUploadWaiting) + " – " + file_size_text(item.size));
                break;
            case UploadItem::Phase::failed:
                ImGui::PushStyleColor(ImGuiCol_Text, color::kDanger);
                ui::paragraph(std::string("⚠ ") + txt::kUploadFailed + ": " + item.error);
                ImGui::PopStyleColor();
                break;
        }
        ImGui::PopFont();
        ImGui::EndGroup();
        // "✕ Xóa" at the right edge (tests tell the files apart by the hidden name).
        const std::string remove_label = std::string(txt::kRemoveFile) + "##" + item.name;
        const float button_w = ImGui::CalcTextSize(remove_label.c_str(), nullptr, true).x + px(32);
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button_w));
        if (secondary_button(remove_label.c_str())) remove = i;
        ImGui::Dummy(ImVec2(0, px(2)));
        ImGui::PopID();
    }
    if (remove) {
        UploadItem& item = list.items[*remove];
        if (item.phase == UploadItem::Phase::uploading && item.file_id > 0) platform::cancel_upload(item.file_id);
        if ((item.phase == UploadItem::Phase::uploading || item.phase == UploadItem::Phase::waiting) &&
            item.file_id > 0)
            platform::release_file(item.file_id);
        if (!item.stash_key.empty()) platform::drop_stash(item.stash_key);
        if (item.thumb.id) platform::free_texture(item.thumb.id);
        const bool stored = item.phase == UploadItem::Phase::done || !item.stash_key.empty();
        list.items.erase(list.items.begin() + static_cast<std::ptrdiff_t>(*remove));
        list.notice.clear();
        if (stored) ++list.revision;
    }
    ImGui::PopID();
}

void add_uploaded(UploadList& list, const AttachmentInfo& info) {
    UploadItem item;
    item.name = info.name;
    item.size = info.size;
    item.type = info.mime;
    item.kind = kind_of(info.kind);
    item.phase = UploadItem::Phase::done;
    item.sent = info.size;
    item.info = info;
    list.items.push_back(std::move(item));
}

void clear_uploads(UploadList& list) {
    for (auto& item : list.items) {
        if (item.phase == UploadItem::Phase::uploading && item.file_id > 0) platform::cancel_upload(item.file_id);
        if (item.file_id > 0) platform::release_file(item.file_id);
        if (item.thumb.id) platform::free_texture(item.thumb.id);
    }
    list.items.clear();
    list.notice.clear();
    ++list.generation;
    ++list.revision;
}

void add_stashed(UploadList& list, const std::string& name, std::int64_t size, const std::string& type,
                 const std::string& stash_key) {
    UploadItem item;
    item.name = name;
    item.size = size;
    item.type = type;
    if (const auto t = claimed_type(name, type)) item.kind = t->kind;
    item.phase = UploadItem::Phase::waiting;
    item.stash_key = stash_key;
    list.items.push_back(std::move(item));
    UploadList* l = &list;
    const int generation = list.generation;
    platform::unstash_file(stash_key, [l, generation, stash_key](std::vector<platform::PickedFile> files) {
        UploadItem* kept = generation == l->generation ? find_stashed(*l, stash_key) : nullptr;
        if (!kept) {
            for (const auto& f : files) platform::release_file(f.id);
            return;
        }
        if (files.empty()) {
            kept->phase = UploadItem::Phase::failed;
            kept->error = txt::kUploadGone;
            kept->stash_key.clear();
            ++l->revision;
            return;
        }
        kept->file_id = files.front().id;
        kept->lost = false;
    });
}

int resume_uploads(UploadList& list) {
    int started = 0;
    for (auto& item : list.items) {
        if (item.phase != UploadItem::Phase::waiting || item.file_id <= 0) continue;
        item.phase = UploadItem::Phase::uploading;
        item.lost = false;
        start_upload(list, item.file_id);
        ++started;
    }
    return started;
}

void drop_stashes(UploadList& list) {
    for (auto& item : list.items)
        if (!item.stash_key.empty()) {
            platform::drop_stash(item.stash_key);
            item.stash_key.clear();
        }
}

UploadCounts upload_counts(const UploadList& list) {
    UploadCounts c;
    for (const auto& item : list.items) {
        switch (item.phase) {
            case UploadItem::Phase::failed: c.refused = true; continue;
            case UploadItem::Phase::done: ++c.done; break;
            case UploadItem::Phase::uploading:
                ++c.moving;
                c.bytes_sent += item.sent;
                break;
            case UploadItem::Phase::waiting:
                if (item.file_id <= 0) ++c.moving;  // its bytes are being read back
                else if (item.lost) ++c.waiting;
                else ++c.ready;
                break;
        }
        ++c.total;
    }
    return c;
}

bool uploads_busy(const UploadList& list) {
    return std::any_of(list.items.begin(), list.items.end(),
                       [](const UploadItem& i) { return i.phase == UploadItem::Phase::uploading; });
}

int files_in_use(const UploadList& list) {
    return static_cast<int>(std::count_if(list.items.begin(), list.items.end(),
                                          [](const UploadItem& i) { return i.phase != UploadItem::Phase::failed; }));
}

bool uploads_failed(const UploadList& list) {
    return std::any_of(list.items.begin(), list.items.end(),
                       [](const UploadItem& i) { return i.phase == UploadItem::Phase::failed; });
}

std::vector<std::int64_t> uploaded_ids(const UploadList& list) {
    std::vector<std::int64_t> ids;
    for (const auto& item : list.items)
        if (item.phase == UploadItem::Phase::done && item.info) ids.push_back(item.info->id);
    return ids;
}

// ---------------------------------------------------------------- timeline
void timeline(const std::vector<Event>& events) {
    if (events.empty()) {
        muted(txt::kNoEvents);
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float gutter = px(26);
    const float dot = px(6);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        if (e.internal) continue;  // officers' notes (never sent to citizens anyway)
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::Indent(gutter);
        ImGui::BeginGroup();
        // What happened, then when.
        ImGui::PushFont(fonts().bold);
        const std::string_view what = label(e.action);
        ui::paragraph(what);
        ImGui::PopFont();
        std::string meta = datetime_text(e.created_at);
        if (!e.actor_name.empty())
            meta += " • " + e.actor_name;
        else if (e.actor_role && *e.actor_role == Role::system)
            meta += std::string(" • ") + tr::kSystem;
        muted(meta);
        // What changed.
        if (e.to_status && (!e.from_status || *e.from_status != *e.to_status)) status_chip(*e.to_status);
        if (auto unit = e.payload.find("unit_name");
            unit != e.payload.end() && unit->is_string() && !unit->get_ref<const std::string&>().empty())
            paragraph(std::string("→ ") + unit->get<std::string>());
        if (auto reason = e.payload.find("reason_code"); reason != e.payload.end() && reason->is_string())
            if (auto r = parse_reject_reason(reason->get<std::string>())) paragraph(std::string(label(*r)));
        if (auto rating = e.payload.find("rating"); rating != e.payload.end() && rating->is_string())
            if (auto r = parse_satisfaction(rating->get<std::string>())) paragraph(std::string(label(*r)));
        // Gộp: which report it went into, or which one came in.
        for (const auto& [key, caption] :
             {std::pair{"duplicate_of", tr::fol::kMergedInto}, std::pair{"merged_from", tr::fol::kMergedFrom}})
            if (e.action == Action::merge)
                if (auto v = e.payload.find(key); v != e.payload.end() && v->is_string())
                    paragraph(std::string(caption) + v->get<std::string>());
        // Reclassified by the center: the category and commune it has now.
        for (const auto& [key, caption] : {std::pair{"category", tr::kCategory}, std::pair{"commune", tr::kCommune}})
            if (auto v = e.payload.find(key); v != e.payload.end() && v->is_string())
                paragraph(std::string(caption) + ": " + v->get<std::string>());
        if (!e.note.empty()) paragraph(e.note);
        ImGui::EndGroup();
        ImGui::Unindent(gutter);
        const float bottom = ImGui::GetItemRectMax().y;
        // The rail: a dot per event, joined by a line to the next one.
        const ImVec2 c(top.x + gutter * 0.4f, top.y + ImGui::GetTextLineHeight() * 0.55f);
        const bool last = i + 1 == events.size();
        if (!last)
            dl->AddLine(ImVec2(c.x, c.y + dot), ImVec2(c.x, bottom + ImGui::GetStyle().ItemSpacing.y * 2),
                        color::kBorder, px(2));
        const StatusTone t = e.to_status ? tone(*e.to_status) : StatusTone::neutral;
        const ImU32 fill = t == StatusTone::success   ? color::kSuccess
                           : t == StatusTone::warning ? color::kWarning
                           : t == StatusTone::danger  ? color::kDanger
                                                      : color::kPrimary;
        dl->AddCircleFilled(c, dot, last ? fill : color::kCard);
        dl->AddCircle(c, dot, fill, 0, px(2));
        ImGui::Dummy(ImVec2(0, px(4)));
        ImGui::PopID();
    }
}

// ---------------------------------------------------------------- helpers
void two_columns(const char* id, const std::function<void()>& left, const std::function<void()>& right) {
    ImGui::PushID(id);
    if (is_compact()) {
        left();
        right();
        ImGui::PopID();
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float width = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.5f);
    // Child windows, so a field's "full width" is its column's.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    int side = 0;
    for (const auto* draw : {&left, &right}) {
        if (side) ImGui::SameLine(0, gap);
        if (ImGui::BeginChild(side ? "##right" : "##left", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                              ImGuiWindowFlags_NoScrollbar | kLayoutChildFlags)) {
            ImGui::PushTextWrapPos(0.0f);
            (*draw)();
            ImGui::PopTextWrapPos();
        }
        ImGui::EndChild();
        ++side;
    }
    ImGui::PopStyleColor();
    ImGui::PopID();
}

bool title_link(const std::string& title, std::int64_t id) {
    ImGui::PushFont(fonts().bold);
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string label = title + "##report" + std::to_string(id);
    const bool clicked = ImGui::InvisibleButton(label.c_str(), ImVec2(std::max(size.x, 1.0f), size.y));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos,
                                        hovered ? color::kPrimaryDark : color::kPrimary, title.c_str(), nullptr, wrap);
    ImGui::PopFont();
    return clicked;
}

std::string file_size_text(std::int64_t bytes) {
    char buf[32];
    if (bytes < 1024) {
        std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(bytes));
    } else if (bytes < 1024 * 1024) {
        std::snprintf(buf, sizeof buf, "%lld KB", static_cast<long long>((bytes + 1023) / 1024));
    } else {
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
        for (char* p = buf; *p; ++p)
            if (*p == '.') *p = ',';  // Vietnamese decimal comma
    }
    return buf;
}

std::string coordinates_text(double lat, double lon) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.5f, %.5f", lat, lon);
    return buf;
}

}  // namespace pakn::client::ui
