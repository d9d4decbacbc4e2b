"""Errors reach people as words in their language, never as the exception's own text."""

import logging

import pytest
from PySide6.QtWidgets import QApplication

from sync.errors import Outdated
from ui import i18n
from ui.messages import sync_problem


def test_an_outdated_app_is_asked_to_update_in_russian_and_english(qapp: QApplication) -> None:
    try:
        i18n.install(qapp, "ru")
        assert sync_problem(Outdated("outdated_client")) == (
            "Эта версия программы устарела для сервера поставщика. Пожалуйста, обновите программу."
        )
        i18n.install(qapp, "en")
        assert "Please update the app" in sync_problem(Outdated("outdated_client"))
    finally:
        i18n.install(qapp, "en")


def test_an_unexpected_error_shows_words_and_goes_to_the_log(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    error = RuntimeError("(sqlite3.OperationalError) [SQL: INSERT INTO local_reading ...]")
    with caplog.at_level(logging.ERROR, logger="ui.messages"):
        text = sync_problem(error)
    assert "SQL" not in text and "sqlite" not in text
    assert text == "Something went wrong. What you entered is kept; please try again."
    assert caplog.records and caplog.records[0].exc_info is not None


def test_every_refusal_code_the_server_and_app_use_has_russian_words(qapp: QApplication) -> None:
    """The server's message is English; a code with no words would show general ones (and be logged)."""
    from sync.errors import Refused

    codes = [
        "wrong_credentials", "too_many_attempts", "not_logged_in", "token_expired", "not_found",
        "forbidden", "other_login", "wrong_password", "login_taken", "account_mismatch",
        "already_registered", "last_account", "no_email", "nothing_to_change", "captcha_wrong",
        "captcha_expired", "delivery_failed", "no_tariff", "meter_replaced", "wrong_zones",
        "too_many_digits", "outdated_client", "too_large",
    ]  # fmt: skip
    general = "Сервер не принял это. Проверьте, что вы ввели, и попробуйте ещё раз."
    try:
        i18n.install(qapp, "ru")
        for code in codes:
            text = sync_problem(Refused(400, code, "English text from the server"))
            assert text != general and "English" not in text, code
            assert any("а" <= char <= "я" for char in text.lower()), (code, text)
        assert sync_problem(Refused(400, "something_new", "English text")) == general
    finally:
        i18n.install(qapp, "en")
