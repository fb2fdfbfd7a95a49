// The working calendar in force: office hours, holidays (statutory rules plus
// the admin's overrides) and the SLA policy. Built once and rebuilt when an
// admin changes it; readers get an immutable snapshot.
#pragma once

#include <memory>
#include <mutex>

#include "pakn/deadline.h"

namespace pakn::server::services {

struct WorkingCalendar {
    WorkSchedule schedule;
    SlaPolicy policy;
};

class CalendarService {
public:
    // `year` anchors the range of holiday years built (year-3 .. year+5).
    explicit CalendarService(int year);
    std::shared_ptr<const WorkingCalendar> current() const;
    void replace(std::shared_ptr<const WorkingCalendar> next);
    // Builds the calendar around `year`: `base`'s weekdays and office hours,
    // the statutory holidays with `overrides`, and `policy`. The admin
    // service rebuilds it from the database (holiday corrections, category
    // deadlines, settings) at start and after each change.
    static std::shared_ptr<const WorkingCalendar> build(int year, const HolidayOverrides& overrides,
                                                        const SlaPolicy& policy = {},
                                                        const WorkSchedule& base = {});

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const WorkingCalendar> current_;
};

}  // namespace pakn::server::services
