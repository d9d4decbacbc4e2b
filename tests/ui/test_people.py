"""For the people who use it: Russian complete, larger text, high contrast, names for screen readers."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
)
from pytestqt.qtbot import QtBot

from tests.support.live_server import LiveServer
from tests.support.paths import ROOT
from tests.support.ui import access_keys, app_in, assert_named, home_text, log_in, submit_login
from ui import theme
from ui.application import Controller
from ui.login.window import LoginWindow

TS = ROOT / "resources" / "translations" / "personal_account_ru.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_russian_translation_is_finished() -> None:
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-silent"], check=True, cwd=ROOT)
    assert set(messages(fresh)) == set(messages(TS))


def test_the_russian_interface(qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path) -> None:
    with app_in(qapp, server.url, tmp_path / "ru", "ru") as controller:
        controller.start()
        window = controller.window
        assert isinstance(window, LoginWindow)
        assert window.windowTitle() == "Личный кабинет — вход"
        assert_named(window)
        assert window.button.text() == "&Войти"
        qtbot.keyClicks(window.login_edit, "ivanova")
        qtbot.keyClicks(window.password_edit, "wrong")
        qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.error.text() == "Неверный логин или пароль.", timeout=10000)


def test_larger_text_and_high_contrast(qapp: QApplication, qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    size = qapp.font().pointSizeF()
    for _ in range(4):
        main.actions_by_name["larger"].trigger()
    assert qapp.font().pointSizeF() == 2 * theme.BASE_POINT_SIZE
    assert controller.prefs.text_scale == 2.0
    main.actions_by_name["larger"].trigger()
    assert controller.prefs.text_scale == 2.0  # 200% is the most
    main.actions_by_name["smaller"].trigger()
    assert qapp.font().pointSizeF() > size
    main.actions_by_name["contrast"].trigger()
    palette = qapp.palette()
    for text, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        assert theme.contrast_ratio(palette.color(text), palette.color(background)) >= 7
    assert controller.prefs.high_contrast
    main.actions_by_name["contrast"].trigger()
    theme.apply(qapp, 1.0, False)


def test_every_control_has_a_name_and_every_label_a_buddy(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    assert "Account 10100001" in home_text(main)
    assert_named(main)
    main.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: bool(main.readings.inputs), timeout=10000)
    assert_named(main)


def test_buttons_are_at_least_44_pixels_high(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    for row in range(main.nav.count()):
        main.nav.setCurrentRow(row)
        page = main.pages.currentWidget()
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not isinstance(button, QCheckBox):
                assert button.sizeHint().height() >= 44, button.text()


def test_a_burst_of_sync_events_makes_one_refresh(qtbot: QtBot) -> None:
    from sync.engine import State, Status
    from ui.sync_bridge import SyncBridge

    bridge = SyncBridge()
    seen: list[Status] = []
    bridge.status_changed.connect(seen.append)
    for waiting in range(10):
        bridge.post(Status(State.SYNCING, waiting=waiting))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    assert seen[0].waiting == 9  # the latest one wins
    with qtbot.assertNotEmitted(bridge.status_changed, wait=300):
        pass


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("login", ["ivanova", "petrov", "sidorova", "caretaker"])
def test_no_two_controls_share_an_access_key(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path, language: str, login: str
) -> None:
    """Alt and a letter must reach one control: with two, Qt only cycles the focus between them."""
    with app_in(qapp, server.url, tmp_path / "app", language) as controller:
        main = submit_login(qtbot, controller, login)
        if main.caretaker:
            qtbot.waitUntil(lambda: main.round.model.rowCount() > 0, timeout=15000)
        else:
            qtbot.waitUntil(lambda: "1010000" in home_text(main), timeout=15000)
        for row in range(main.nav.count()):
            main.nav.setCurrentRow(row)
            page = main.pages.currentWidget()
            if page is getattr(main, "readings", None):
                qtbot.waitUntil(lambda: bool(main.readings.inputs), timeout=10000)
            shared = {key: texts for key, texts in access_keys(main, page).items() if len(texts) > 1}
            assert not shared, (main.nav.item(row).text(), shared)
