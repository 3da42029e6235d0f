"""Working-day deadlines on the official Chinese calendar (国务院办公厅 holiday notices, as
shipped in the ``chinese-calendar`` package): statutory holidays are not working days, and the
adjusted working days (调休, e.g. a Saturday worked before National Day) are.

The secrecy office answers within N working days (3 by default) of the day a request is filed:
the filing day itself does not count, the Nth working day after it is the due date, and a
request is overdue from the day after the due date.

For a year the package has no data for (the State Council publishes each year's calendar in
the preceding autumn), the count falls back to Monday to Friday; ``calendar_known`` says so.
"""

from __future__ import annotations

import datetime

__all__ = [
    "add_working_days",
    "calendar_known",
    "is_overdue",
    "is_working_day",
    "working_days_left",
]


def calendar_known(day: datetime.date) -> bool:
    import chinese_calendar

    try:
        chinese_calendar.is_workday(day)
    except NotImplementedError:
        return False
    return True


def is_working_day(day: datetime.date) -> bool:
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def add_working_days(filed: datetime.date, days: int) -> datetime.date:
    """The ``days``-th working day after ``filed`` (``days`` >= 1)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    day, left = filed, days
    while left:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def is_overdue(due: datetime.date, today: datetime.date) -> bool:
    return today > due


def working_days_left(due: datetime.date, today: datetime.date) -> int:
    """Working days from ``today`` to ``due``: 0 on the due date itself, negative (the
    working days past it) once overdue."""
    if today == due:
        return 0
    step = 1 if due > today else -1
    day, count = today, 0
    while day != due:
        day += datetime.timedelta(days=step)
        if is_working_day(day):
            count += step
    return count
