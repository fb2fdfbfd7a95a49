// Widgets of the report screens: images loaded from the API as textures (a
// cache and a modal viewer), attachment tiles, the upload list of a form
// (pre-checks, per-file progress, thumbnails, removal) and the timeline.
// Officer screens use them too (result files, the report's history).
//
// [SECTION] index: images, attachments, uploads, timeline, small helpers.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"
#include "pakn/files.h"
#include "platform/platform.h"

namespace pakn::client::ui {

// [SECTION] images

// Textures of images fetched by URL (attachments), kept while the app runs
// so that returning to a screen does not download them again.
class ImageCache {
public:
    // The texture of `url` decoded to at most `max_side` px; loading starts
    // on the first ask. Its id is 0 while loading (and `failed` set on error).
    const platform::Texture& get(const std::string& url, int max_side);
    // True while `url` at `max_side` is still on its way.
    bool loading(const std::string& url, int max_side) const;
    // Frees every texture; answers still on their way are freed on arrival.
    void clear();

private:
    struct Entry {
        platform::Texture texture;
        bool loading = true;
    };
    std::map<std::string, Entry> entries_;
    int generation_ = 0;
};

// The full-size image dialog with previous/next over a report's images.
struct ImageViewer {
    bool open = false;
    std::vector<AttachmentInfo> images;
    std::size_t index = 0;
};

// Opens the viewer on image `id` among the images of `files`.
void open_viewer(ImageViewer& viewer, const std::vector<AttachmentInfo>& files, std::int64_t id);
// Draws the viewer while it is open (call every frame).
void image_viewer(ImageViewer& viewer, ImageCache& cache);

// [SECTION] attachments

// The download URL of an attachment.
std::string attachment_url(std::int64_t id);

// Files as tiles: images as thumbnails (a click opens the viewer), videos
// and documents as labelled tiles (a click opens the file in a new tab).
// Each tile is registered for tests under its file name.
void attachment_tiles(const char* id, const std::vector<AttachmentInfo>& files, ImageCache& cache, ImageViewer& viewer);

// [SECTION] uploads

// One file of a form: picked in the browser and sent at once, or already on
// the server (a saved draft).
struct UploadItem {
    // waiting: not on the server yet and not moving; the network was lost
    // (lost), or the file was read back from the device after a reload.
    enum class Phase { uploading, done, failed, waiting };
    int file_id = 0;  // the browser's handle; 0 for a file already on the server (or still being read back)
    std::string stash_key;  // its bytes kept on the device (IndexedDB) until stored; "" for none
    bool lost = false;      // waiting because this page's upload lost the network
    std::string name;
    std::int64_t size = 0;
    std::string type;  // what the browser claims
    FileKind kind = FileKind::document;
    Phase phase = Phase::uploading;
    std::int64_t sent = 0;
    std::optional<AttachmentInfo> info;  // once stored
    std::string error;                   // Vietnamese, when failed
    platform::Texture thumb;             // picked images: decoded in the browser
    bool thumb_requested = false;
};

// The files of one form. Callbacks find their item by file id, so the list
// may change while uploads run.
struct UploadList {
    std::vector<UploadItem> items;
    std::string notice;  // e.g. files beyond the limit were left out
    int revision = 0;    // bumped whenever the stored files change (a draft saves then)
    int generation = 0;  // answers for a cleared list are dropped
};

// Opens the file chooser (call while handling a click) for images, videos,
// PDF, DOCX and XLSX; checks each file's type and size as the browser
// reports them (the server decides again from the bytes) and uploads the
// accepted ones, up to `max_files` in the list.
void pick_and_upload(UploadList& list, int max_files = kMaxAttachmentsPerReport);
// Draws the list: thumbnail or type, name, size, a progress bar while
// sending, the error, and "Xóa" (which cancels a running upload).
void upload_list(const char* id, UploadList& list, ImageCache& cache);
// Adds a file already stored (restoring a draft).
void add_uploaded(UploadList& list, const AttachmentInfo& info);
// Cancels running uploads and forgets every file.
void clear_uploads(UploadList& list);
bool uploads_busy(const UploadList& list);
// The files that take one of the form's places: a failed upload does not
// (it stays listed with its reason until removed).
int files_in_use(const UploadList& list);
bool uploads_failed(const UploadList& list);
// Ids of the stored files, in order.
std::vector<std::int64_t> uploaded_ids(const UploadList& list);

// [SECTION] uploads on a weak network: a picked file's bytes are kept on
// the device (platform::stash_file) until the server has stored it; an
// upload that loses the network waits instead of failing, and goes again
// (chunked ones from their last acknowledged byte) when resumed.

// A file of a report kept on the device, as listed in the form's saved
// copy: waiting until its bytes are read back (then ready to resume), or
// failed when the device no longer has them.
void add_stashed(UploadList& list, const std::string& name, std::int64_t size, const std::string& type,
                 const std::string& stash_key);
// Starts again every waiting file whose bytes are here; how many.
int resume_uploads(UploadList& list);
// Forgets the device's copies of the list's files (the report was sent, or
// its form discarded).
void drop_stashes(UploadList& list);
struct UploadCounts {
    int total = 0;    // files that take a place (not failed)
    int done = 0;     // stored on the server
    int waiting = 0;  // lost with the network on this page
    int ready = 0;    // read back from the device, not yet tried
    int moving = 0;   // uploading, or being read back
    bool refused = false;
    std::int64_t bytes_sent = 0;  // of the files uploading now
};
UploadCounts upload_counts(const UploadList& list);

// The type a file claims (browser MIME type, else its extension) for the
// pre-check; nullopt when it is none of the accepted types.
std::optional<FileType> claimed_type(std::string_view name, std::string_view mime);

// [SECTION] timeline

// The report's history, oldest first: what happened (the action's label),
// when, by whom, the new status and the note.
void timeline(const std::vector<Event>& events);

// [SECTION] small helpers

// Two columns side by side (fields that belong together: latitude and
// longitude, a search box and its filter), one under the other on phones.
void two_columns(const char* id, const std::function<void()>& left, const std::function<void()>& right);
// A report's title as a wrapped, clickable link (bold); registered for
// tests under the title. True when clicked.
bool title_link(const std::string& title, std::int64_t id);
// "820 KB", "1,5 MB".
std::string file_size_text(std::int64_t bytes);
// "12.23880, 109.19670".
std::string coordinates_text(double lat, double lon);

}  // namespace pakn::client::ui
