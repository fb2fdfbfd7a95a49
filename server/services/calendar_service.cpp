#include "services/calendar_service.h"

namespace pakn::server::services {

CalendarService::CalendarService(int year) : current_(build(year, {})) {}

std::shared_ptr<const WorkingCalendar> CalendarService::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

void CalendarService::replace(std::shared_ptr<const WorkingCalendar> next) {
    std::lock_guard lock(mutex_);
    current_ = std::move(next);
}

std::shared_ptr<const WorkingCalendar> CalendarService::build(int year, const HolidayOverrides& overrides,
                                                              const SlaPolicy& policy, const WorkSchedule& base) {
    auto cal = std::make_shared<WorkingCalendar>();
    cal->schedule = base;
    cal->schedule.holidays = HolidayCalendar::build(year - 3, year + 5, overrides);
    cal->policy = policy;
    return cal;
}

}  // namespace pakn::server::services
