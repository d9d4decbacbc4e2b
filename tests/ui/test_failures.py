"""Failures that are seen: a job failing with nobody to put it in words is logged and shown; a full disk
while a caretaker types says so in words; a support report carries the log and no secret."""

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app import logs
from desktop_app.options import Options
from protocol import VERSION as PROTOCOL_VERSION
from sync.tokens import TokenStore
from tests.support.disk import fill_round_cells, page_count, stop_growing
from tests.support.live_server import LiveServer
from tests.support.round import open_round, type_into_grid
from tests.support.ui import TODAY, keys, log_in
from ui import i18n
from ui.application import Controller
from ui.login.window import LoginWindow


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = logs.setup(tmp_path / "app")
    yield Path(handler.baseFilename)
    logs.remove(handler)


FAILED = "[MainThread] background job broken_job failed"


def broken_job() -> None:
    raise KeyError("a bug in a background job")


def test_a_job_failing_with_no_handler_is_logged_and_shown_in_russian(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path, log_file: Path
) -> None:
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="ru", demo_flats=12)
    controller = Controller(qapp, options, today=lambda: TODAY)
    try:
        controller.start()
        controller.tasks.run_db(broken_job)
        qtbot.waitUntil(lambda: controller.problems.box is not None and controller.problems.box.isVisible())
        box = controller.problems.box
        assert box is not None
        assert box.text() == "Что-то пошло не так. Введённое сохранено; пожалуйста, попробуйте ещё раз."
        assert box.windowTitle() == "Что-то пошло не так"
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert f"ERROR ui.tasks {FAILED}" in text
        assert "Traceback" in text and "KeyError: 'a bug in a background job'" in text
        # A second failure changes the box's text rather than piling up boxes.
        controller.tasks.run_db(broken_job)
        qtbot.waitUntil(lambda: log_file.read_text(encoding="utf-8").count(f"ERROR ui.tasks {FAILED}") == 2)
        assert controller.problems.box is box
    finally:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()
        i18n.install(qapp, "en")


def test_a_full_disk_while_typing_a_cell_shows_words_not_sql(qtbot: QtBot, controller: Controller) -> None:
    _main, page = open_round(qtbot, controller)
    model = page.model
    for row in range(3):
        type_into_grid(qtbot, page, str(int(model.rows[row].previous or 0) + 10))
    stop_growing(page.cache)
    fill_round_cells(page.cache, page_count(page.cache))
    saved: set[int] = set()
    page.cell_saved.connect(saved.add)
    failed_row = None
    for row in range(3, len(model.rows)):
        digits = str(int(model.rows[row].previous or 0) + 10)
        page.view.setFocus()
        keys(qtbot, digits)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row: row in saved or row in model.problems, timeout=5000)
        if row in model.problems:
            failed_row = row
            break
    assert failed_row is not None, "the cache never filled up"
    status = model.status_text(failed_row)
    assert status == (
        "Not saved: The disk of this computer is full, so this could not be saved. Please free some space "
        "(empty the Recycle Bin, delete old files) and type it again."
    )
    assert "sqlite" not in status.lower() and "INSERT" not in status
    assert model.typed[failed_row] == digits  # the digits stay in the cell, to try again
    # What was saved before the disk filled up is still there.
    assert all(model.rows[row].entered for row in range(failed_row))


def test_a_support_report_has_the_log_and_versions_and_no_secret(
    qtbot: QtBot, controller: Controller, server: LiveServer, tmp_path: Path, log_file: Path
) -> None:
    main = log_in(qtbot, controller)
    session = main.session
    assert session is not None
    token = TokenStore(session.server_key, session.identity).get()
    assert token
    # A library that logs a header or a password must not put them into the report.
    logging.getLogger("somewhere").warning("sent Authorization: Bearer %s, password=demo-2026", token)
    page = main.settings
    main.open_page(page)
    target = tmp_path / "report.zip"
    page.choose_report_path = lambda _suggested: str(target)
    page.save_report()
    qtbot.waitUntil(lambda: page.report_result.text().startswith("Saved to"), timeout=5000)
    with zipfile.ZipFile(target) as report:
        names = report.namelist()
        assert "versions.txt" in names and "logs/personal-account.log" in names
        versions = report.read("versions.txt").decode()
        assert f"protocol: {PROTOCOL_VERSION}" in versions
        assert "python: 3." in versions and "qt: 6." in versions
        everything = b"".join(report.read(name) for name in names)
    assert b"sent Authorization: Bearer ***" in everything
    assert token.encode() not in everything and b"demo-2026" not in everything
    assert not any(name.endswith(".sqlite3") for name in names)


def test_a_damaged_data_file_is_told_once_when_the_app_opens(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    first = Controller(qapp, options, today=lambda: TODAY)
    main = log_in(qtbot, first)
    assert main.session is not None
    cache_path = main.session.cache.path
    first.shutdown()
    main.close()
    for side in ("-wal", "-shm"):
        cache_path.with_name(cache_path.name + side).unlink(missing_ok=True)
    cache_path.write_bytes(b"scribbled over by a failing disk " * 200)

    again = Controller(qapp, options, today=lambda: TODAY)
    try:
        again.start()  # the login is remembered: straight to the main window
        qtbot.waitUntil(lambda: getattr(again.window, "repair_box", None) is not None, timeout=10000)
        box = again.window.repair_box  # type: ignore[union-attr]
        assert box.isVisible() and box.windowTitle() == "Your data was repaired"
        assert "was damaged. A copy was kept at " in box.text() and ".damaged-" in box.text()
        assert "0 entries not yet sent were recovered" in box.text()
    finally:
        again.shutdown()
        if again.window is not None:
            again.window.close()


def test_the_problem_box_outlives_the_window_it_was_shown_on(qapp: QApplication, qtbot: QtBot) -> None:
    """The controller replaces its window (login -> main) and deletes the old one, box and all."""
    from PySide6.QtWidgets import QWidget

    from ui.problems import ProblemBox

    problems = ProblemBox()
    first, second = QWidget(), QWidget()
    try:
        first.show()
        problems.show(first, "one")
        first.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(first))
        box = problems.show(second, "two")
        assert box.isVisible() and box.text() == "two" and box.parent() is second
        assert not box.isModal()
    finally:  # nothing of this test is left for the next one to trip over
        problems.close()
        second.close()
        second.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(second))


def test_a_password_longer_than_any_is_refused_in_words_and_not_logged(
    qtbot: QtBot, controller: Controller, log_file: Path
) -> None:
    controller.start()
    window = controller.window
    assert isinstance(window, LoginWindow)
    password = "Secr3t Passw0rd! " * 12  # longer than the wire's limit
    qtbot.keyClicks(window.login_edit, "ivanova")
    window.password_edit.setText(password)
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10000)
    assert window.error.text() == "The login or password is wrong."
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Passw0rd" not in (log_file.read_text(encoding="utf-8") if log_file.exists() else "")
