"""Reminders while the app runs: a tray notification on the window's first day and two days before
it closes, if a meter has no reading for the month; never on other days, never twice. The offscreen
platform has no system tray, so the notifier's `notified` signal is what is seen; the in-window notice
stands in for the tray there."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.options import Options, parse
from tests.support.live_server import LiveServer
from tests.support.ui import assert_named, close, log_in
from ui import theme
from ui.application import Controller
from ui.main_window import MainWindow
from ui.tray import Tray


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 4, 14))


@pytest.fixture
def app(qapp: QApplication, server: LiveServer, tmp_path: Path, clock: Clock) -> Iterator[Controller]:
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    controller = Controller(qapp, options, today=clock)
    yield controller
    close(controller)


def seen(tray: Tray) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: shown.append((title, text)))
    return shown


def checked(qtbot: QtBot, tray: Tray) -> None:
    """One check, its worker done."""
    with qtbot.waitSignal(tray.checked, timeout=10000):
        tray.check()


def test_notified_on_the_first_day_and_two_days_before_the_close_once_each(
    qtbot: QtBot, app: Controller, clock: Clock
) -> None:
    main = log_in(qtbot, app)
    tray = app.tray
    assert tray is not None and tray.session is app.session
    shown = seen(tray)
    for day in (14, 16, 22, 24, 25, 26):  # the day before, inside, the last days, after
        clock.day = date(2026, 4, day)
        checked(qtbot, tray)
    assert shown == []
    clock.day = date(2026, 4, 15)
    with qtbot.waitSignal(tray.notified, timeout=10000):
        tray.check()
    assert shown[0][0] == "Time to send meter readings"
    assert shown[0][1].startswith("Readings are taken from 15 April to 25 April.")
    assert "Meters without a reading this month: " in shown[0][1]
    checked(qtbot, tray)  # the hourly check, later that day
    main.sync_now()  # and the check after a sync
    qtbot.waitUntil(lambda: "Online" in main.state_label.text(), timeout=10000)
    checked(qtbot, tray)
    assert len(shown) == 1
    clock.day = date(2026, 4, 23)
    with qtbot.waitSignal(tray.notified, timeout=10000):
        tray.check()
    assert shown[1][0] == "Two days left to send meter readings"
    assert shown[1][1].startswith("Readings are taken until 25 April.")
    checked(qtbot, tray)
    assert len(shown) == 2
    if not tray.in_tray:  # offscreen: the same words in a notice on the window
        assert tray.notice is not None and tray.notice.isVisible()
        assert tray.notice.parent() is main
        assert "Two days left" in tray.notice.text()
        assert tray.notice.accessibleName() == "Reminder"


def test_a_restart_on_the_same_day_does_not_remind_again(
    qtbot: QtBot, qapp: QApplication, server: LiveServer, tmp_path: Path
) -> None:
    clock = Clock(date(2026, 4, 15))
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    first = Controller(qapp, options, today=clock)
    try:
        log_in(qtbot, first)
        assert first.tray is not None
        # At log-in the check runs at once: the reminder comes with no timer or sync needed.
        tray = first.tray
        qtbot.waitUntil(
            lambda: tray.in_tray or (tray.notice is not None and tray.notice.isVisible()), timeout=10000
        )
    finally:
        close(first)
    again = Controller(qapp, options, today=clock)
    try:
        again.start()
        qtbot.waitUntil(
            lambda: isinstance(again.window, MainWindow) and again.tray is not None, timeout=15000
        )
        assert again.tray is not None
        shown = seen(again.tray)
        checked(qtbot, again.tray)
        assert shown == []
    finally:
        close(again)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "systemTrayWindowChanged")
def test_the_tray_menu_opens_the_window_and_quits(qtbot: QtBot, app: Controller) -> None:
    main = log_in(qtbot, app)
    tray = Tray(app.tasks, use_tray=True)  # the tray's own parts, whether or not this desktop has one
    try:
        assert tray.icon is not None and tray.icon.contextMenu() is not None
        names = [a.text() for a in tray.icon.contextMenu().actions()]
        assert names == ["&Open", "&Quit"]
        tray.open_requested.connect(app.open_window)
        main.showMinimized()
        tray.icon.contextMenu().actions()[0].trigger()
        qtbot.waitUntil(lambda: main.isVisible() and not main.isMinimized(), timeout=5000)
        quits: list[bool] = []
        tray.quit_requested.connect(lambda: quits.append(True))
        tray.icon.contextMenu().actions()[1].trigger()
        assert quits == [True]
    finally:
        tray.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_started_minimised(qtbot: QtBot, qapp: QApplication, server: LiveServer, tmp_path: Path) -> None:
    assert parse(["--minimised"]).minimised and parse(["--minimized"]).minimised
    assert not parse([]).minimised
    options = Options(
        server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12, minimised=True
    )
    controller = Controller(qapp, options, today=lambda: date(2026, 3, 18))
    try:
        main = log_in(qtbot, controller)
        assert controller.tray is not None
        if controller.tray.in_tray:
            assert not main.isVisible()
        else:
            assert main.isMinimized() or main.windowState() & main.windowState().WindowMinimized
        controller.open_window()
        qtbot.waitUntil(lambda: main.isVisible() and not main.isMinimized(), timeout=5000)
    finally:
        close(controller)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_notice_in_the_window_fits_takes_no_focus_and_closes_by_keyboard(
    qtbot: QtBot, qapp: QApplication, app: Controller, clock: Clock, scale: float
) -> None:
    clock.day = date(2026, 4, 15)
    try:
        main = log_in(qtbot, app)
        theme.apply(qapp, scale, False)  # after the log-in, which applies the saved size
        main.resize(1024, 768)
        tray = app.tray
        assert tray is not None
        if tray.in_tray:
            pytest.skip("this desktop has a tray: the notice is the tray's")
        qtbot.waitUntil(lambda: tray.notice is not None and tray.notice.isVisible(), timeout=10000)
        notice = tray.notice
        assert notice is not None and notice.parentWidget() is main
        assert QApplication.activeWindow() is main  # a child of the window: nothing else in front
        assert_named(notice)
        inside = main.rect()
        qtbot.waitUntil(lambda: inside.contains(notice.geometry()), timeout=5000)
        for label in (notice.title, notice.body):
            assert label.height() >= label.heightForWidth(label.width())  # nothing cut off
        main.resize(800, 600)
        qtbot.waitUntil(lambda: main.rect().contains(notice.geometry()), timeout=5000)
        notice.close_button.setFocus()
        qtbot.keyClick(notice.close_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    finally:
        theme.apply(qapp, 1.0, False)
