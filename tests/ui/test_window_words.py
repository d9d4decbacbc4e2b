"""The window and verification dates in the person's language: Russian takes the genitive after a day."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from protocol.window import verification_state, window_state
from ui import i18n
from ui.window_words import day_month, long_date, month_year, verification_sentence, window_sentence


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


@pytest.mark.usefixtures("russian")
def test_russian_dates_take_the_genitive_after_a_day() -> None:
    assert QLocale().language() == QLocale.Language.Russian
    assert day_month(date(2026, 12, 25)) == "25 декабря"
    assert long_date(date(2027, 2, 12)) == "12 февраля 2027"
    assert month_year("2026-11") == "ноябрь 2026"  # "the bill for November": the month on its own


def test_each_side_of_the_window_in_words(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    say = {
        day: window_sentence(window_state(day, 15, 25))
        for day in (date(2026, 12, 2), date(2026, 12, 14), date(2026, 12, 15), date(2026, 12, 22))
    }
    assert say[date(2026, 12, 2)] == "Readings are taken from 15 to 25 December. That is in 13 days."
    assert say[date(2026, 12, 14)] == "Readings are taken from 15 to 25 December. That is tomorrow."
    assert say[date(2026, 12, 15)] == "Readings are taken until 25 December. 10 days left."
    assert say[date(2026, 12, 22)] == "Readings are taken until 25 December. 3 days left."
    assert window_sentence(window_state(date(2026, 12, 25), 15, 25)) == (
        "Today, 25 December, is the last day to send readings."
    )
    assert window_sentence(window_state(date(2026, 12, 26), 15, 25)) == (
        "This month's readings were taken until 25 December. The next ones are taken from 15 to 25 January."
    )
    # February has no 30th: the window ends on its last day.
    assert window_sentence(window_state(date(2027, 2, 3), 20, 30)) == (
        "Readings are taken from 20 to 28 February. That is in 17 days."
    )


def test_verification_from_sixty_days_before_and_past_it(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    due = date(2027, 2, 12)
    assert verification_sentence(verification_state(due, date(2026, 12, 1)), True) == (
        "Next verification: 12 February 2027."
    )
    assert verification_sentence(verification_state(due, date(2026, 12, 29)), True) == (
        "Verification is due on 12 February 2027: in 45 days. Please order it in advance."
    )
    assert verification_sentence(verification_state(due, date(2027, 2, 11)), True) == (
        "Verification is due tomorrow, 12 February 2027. Please order it in advance."
    )
    assert verification_sentence(verification_state(due, date(2027, 2, 13)), False) == (
        "The verification date, 12 February 2027, has passed. Please order a verification of this meter."
    )
    assert verification_sentence(verification_state(None, date(2027, 2, 13)), True) == ""
