"""protocol.window: the submission window's rules the server judges by and the app speaks from."""

from datetime import date

import pytest

from protocol.window import (
    DEFAULT_END_DAY,
    DEFAULT_GRACE_DAYS,
    DEFAULT_START_DAY,
    VERIFICATION_WARNING_DAYS,
    Phase,
    judge_taken,
    month_window,
    period_of,
    verification_state,
    window_state,
)

DAYS = (DEFAULT_START_DAY, DEFAULT_END_DAY)


def test_the_defaults_are_the_suppliers_usual_ones() -> None:
    assert (DEFAULT_START_DAY, DEFAULT_END_DAY, DEFAULT_GRACE_DAYS) == (15, 25, 5)


def test_period_of_a_day() -> None:
    assert period_of(date(2026, 3, 1)) == "2026-03"
    assert period_of(date(2026, 12, 31)) == "2026-12"


@pytest.mark.parametrize(
    ("day", "start_day", "end_day", "window"),
    [
        (date(2026, 3, 18), 15, 25, (date(2026, 3, 15), date(2026, 3, 25))),
        (date(2026, 2, 10), 15, 31, (date(2026, 2, 15), date(2026, 2, 28))),  # end 31 in February
        (date(2028, 2, 10), 15, 31, (date(2028, 2, 15), date(2028, 2, 29))),  # ... of a leap year
        (date(2026, 2, 10), 30, 31, (date(2026, 2, 28), date(2026, 2, 28))),  # both past its end
        (date(2026, 4, 10), 1, 31, (date(2026, 4, 1), date(2026, 4, 30))),
        (date(2026, 3, 10), 20, 10, (date(2026, 3, 20), date(2026, 3, 20))),  # an end before the start
        (date(2026, 3, 10), 0, 5, (date(2026, 3, 1), date(2026, 3, 5))),  # a start before the 1st
    ],
)
def test_month_window(day: date, start_day: int, end_day: int, window: tuple[date, date]) -> None:
    assert month_window(day, start_day, end_day) == window


@pytest.mark.parametrize(
    ("today", "phase", "start", "end", "days", "closed_on"),
    [
        (date(2026, 3, 2), Phase.BEFORE, date(2026, 3, 15), date(2026, 3, 25), 13, None),
        (date(2026, 3, 14), Phase.BEFORE, date(2026, 3, 15), date(2026, 3, 25), 1, None),
        (date(2026, 3, 15), Phase.OPEN, date(2026, 3, 15), date(2026, 3, 25), 10, None),
        (date(2026, 3, 24), Phase.OPEN, date(2026, 3, 15), date(2026, 3, 25), 1, None),
        (date(2026, 3, 25), Phase.LAST_DAY, date(2026, 3, 15), date(2026, 3, 25), 0, None),
        (date(2026, 3, 26), Phase.AFTER, date(2026, 4, 15), date(2026, 4, 25), 20, date(2026, 3, 25)),
        (date(2026, 12, 31), Phase.AFTER, date(2027, 1, 15), date(2027, 1, 25), 15, date(2026, 12, 25)),
    ],
)
def test_window_state_on_each_side(
    today: date, phase: Phase, start: date, end: date, days: int, closed_on: date | None
) -> None:
    state = window_state(today, *DAYS)
    assert (state.phase, state.start, state.end, state.days, state.closed_on) == (
        phase,
        start,
        end,
        days,
        closed_on,
    )
    assert state.is_open is (phase in (Phase.OPEN, Phase.LAST_DAY))


def test_window_state_of_a_window_to_the_months_end_in_february() -> None:
    last = window_state(date(2026, 2, 28), 20, 31)
    assert (last.phase, last.end, last.days) == (Phase.LAST_DAY, date(2026, 2, 28), 0)
    after = window_state(date(2026, 3, 1), 20, 31)  # March's opens on the 20th
    assert (after.phase, after.start, after.end, after.days) == (
        Phase.BEFORE,
        date(2026, 3, 20),
        date(2026, 3, 31),
        19,
    )


@pytest.mark.parametrize(
    ("taken", "today", "code"),
    [
        (date(2026, 3, 14), date(2026, 3, 14), "outside_window"),  # before the window
        (date(2026, 3, 15), date(2026, 3, 15), None),  # its first day
        (date(2026, 3, 25), date(2026, 3, 25), None),  # its last day
        (date(2026, 3, 25), date(2026, 3, 26), None),  # sent the day after, within the grace
        (date(2026, 3, 25), date(2026, 3, 30), None),  # the grace's last day
        (date(2026, 3, 25), date(2026, 3, 31), "too_late"),  # after the grace
        (date(2026, 3, 26), date(2026, 3, 26), "outside_window"),  # taken the day after
        (date(2026, 3, 19), date(2026, 3, 18), "future_date"),  # a clock a day ahead
        (date(2026, 3, 30), date(2026, 3, 18), "future_date"),  # the future is told first
    ],
)
def test_judge_taken_on_each_side(taken: date, today: date, code: str | None) -> None:
    verdict = judge_taken(taken, today, *DAYS, DEFAULT_GRACE_DAYS)
    assert (verdict.ok, verdict.code) == (code is None, code)
    assert verdict.period == period_of(taken)
    assert verdict.window == (date(taken.year, taken.month, 15), date(taken.year, taken.month, 25))
    assert verdict.last_arrival == date(taken.year, taken.month, 30)
    if code is not None:
        assert f"{taken:%d.%m.%Y}" in verdict.message


def test_the_grace_may_run_into_the_next_month_and_the_period_stays() -> None:
    verdict = judge_taken(date(2026, 2, 25), date(2026, 3, 2), *DAYS, DEFAULT_GRACE_DAYS)
    assert verdict.ok and verdict.period == "2026-02" and verdict.last_arrival == date(2026, 3, 2)
    late = judge_taken(date(2026, 2, 25), date(2026, 3, 3), *DAYS, DEFAULT_GRACE_DAYS)
    assert late.code == "too_late" and "02.03.2026" in late.message and "03.03.2026" in late.message


def test_end_day_31_in_february_and_no_grace() -> None:
    verdict = judge_taken(date(2026, 2, 28), date(2026, 2, 28), 15, 31, 0)
    assert verdict.ok and verdict.window == (date(2026, 2, 15), date(2026, 2, 28))
    assert judge_taken(date(2026, 2, 28), date(2026, 3, 1), 15, 31, 0).code == "too_late"
    assert judge_taken(date(2026, 2, 28), date(2026, 2, 28), 15, 31, -3).last_arrival == date(2026, 2, 28)


def test_outside_window_names_the_window() -> None:
    verdict = judge_taken(date(2026, 3, 2), date(2026, 3, 2), *DAYS, DEFAULT_GRACE_DAYS)
    assert (
        "02.03.2026" in verdict.message
        and "15.03.2026" in verdict.message
        and "25.03.2026" in verdict.message
    )


@pytest.mark.parametrize(
    ("due", "today", "days", "soon", "overdue"),
    [
        (None, date(2026, 3, 18), None, False, False),
        (date(2026, 7, 1), date(2026, 3, 18), 105, False, False),
        (date(2026, 5, 17), date(2026, 3, 18), 60, True, False),  # the warning's first day
        (date(2026, 5, 18), date(2026, 3, 18), 61, False, False),  # the day before it
        (date(2026, 3, 18), date(2026, 3, 18), 0, True, False),  # the date itself
        (date(2026, 3, 17), date(2026, 3, 18), -1, False, True),  # past it
    ],
)
def test_verification_state(
    due: date | None, today: date, days: int | None, soon: bool, overdue: bool
) -> None:
    state = verification_state(due, today)
    assert (state.due, state.days, state.soon, state.overdue) == (due, days, soon, overdue)
    assert VERIFICATION_WARNING_DAYS == 60
