#include "ui/frame_record.h"

#include <cstring>
#include <type_traits>

namespace pakn::client::ui {
namespace {

template <typename T>
void put(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
void put_all(std::string& out, const ImVector<T>& items) {
    put(out, items.Size);
    out.append(reinterpret_cast<const char*>(items.Data), sizeof(T) * static_cast<std::size_t>(items.Size));
}

}  // namespace

bool FrameRecord::unchanged(const ImDrawData& data, ImU32 clear) {
    current_.clear();
    put(current_, clear);
    put(current_, data.DisplayPos);
    put(current_, data.DisplaySize);
    put(current_, data.FramebufferScale);
    put(current_, data.CmdListsCount);
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        put_all(current_, list.VtxBuffer);  // ImDrawVert: pos, uv, col; no padding
        put_all(current_, list.IdxBuffer);
        put(current_, list.CmdBuffer.Size);
        // Field by field: ImDrawCmd has padding, whose bytes are unspecified.
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            put(current_, cmd.ClipRect);
            put(current_, cmd.TextureId);  // a new image or font atlas is a new GL name
            put(current_, cmd.VtxOffset);
            put(current_, cmd.IdxOffset);
            put(current_, cmd.ElemCount);
            put(current_, cmd.UserCallback);
            put(current_, cmd.UserCallbackData);
        }
    }
    const bool same = current_ == last_;
    last_.swap(current_);
    return same;
}

void FrameRecord::forget() { last_.clear(); }

}  // namespace pakn::client::ui
