// Who reads which steps of a report's timeline: the ONE table, next to the
// workflow table (workflow.h), of what the public, the reporter and officers
// see of each kind of step (action) and of its note. The server shapes every
// timeline it sends by it (and the notices it sends the reporter); the
// browser only draws what arrives.
//
// [SECTION] index: audiences, what is shown, the table, queries.
//
// Pure: no I/O, nothing throws.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "pakn/workflow.h"

namespace pakn {

// [SECTION] audiences -----------------------------------------------------------

// Who reads a timeline. `public_` is spelled "public" on the wire.
enum class Audience : std::uint8_t {
    public_,   // Công khai: a visitor or another citizen, on a published report
    reporter,  // Người phản ánh: the report's own author
    officer,   // Cán bộ: an officer who may see the report (center, units in scope, leaders)
};

inline constexpr std::array<Audience, 3> kAllAudiences = {Audience::public_, Audience::reporter, Audience::officer};

// The wire spelling ("public", "reporter", "officer").
std::string_view to_string(Audience a) noexcept;

// [SECTION] what is shown ---------------------------------------------------------

// How much of one step an audience reads. The note is the step's free text:
// a reason, a request, a progress note, an internal note, and for
// propose_result the draft answer itself.
enum class Shown : std::uint8_t {
    nothing,        // the step is left out of the timeline
    step,           // the step (what, when, by which unit, status change) without its note
    step_and_note,  // everything
};

// One line of the table: what each audience reads of one kind of step.
struct EventVisibilityRule {
    Action action;
    Shown public_;
    Shown reporter;
    Shown officer;
};

// [SECTION] the table ---------------------------------------------------------------

// The whole table, one line per action in Action order (see event_visibility.cpp).
std::span<const EventVisibilityRule> event_visibility_rules() noexcept;

// [SECTION] queries -----------------------------------------------------------------

// What `audience` reads of a step of kind `action`.
Shown shown_to(Action action, Audience audience) noexcept;
// True when `audience` sees the step at all.
bool step_shown(Action action, Audience audience) noexcept;
// True when `audience` also reads the step's note.
bool note_shown(Action action, Audience audience) noexcept;
// True for steps only officers see (Nội bộ): the Event's `internal` flag.
bool officers_only(Action action) noexcept;

}  // namespace pakn
