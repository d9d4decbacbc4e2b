"""Log in, see the home screen, enter readings (also offline), see them sent and answered."""

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from server.demo import demo_access_code
from tests.support.live_server import LiveServer
from tests.support.ui import home_text, log_in
from ui.application import Controller
from ui.login.window import LoginWindow


def test_a_wrong_password_says_so(qtbot: QtBot, controller: Controller) -> None:
    controller.start()
    window = controller.window
    assert isinstance(window, LoginWindow)
    qtbot.keyClicks(window.login_edit, "ivanova")
    qtbot.keyClicks(window.password_edit, "wrong-password")
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error.isVisibleTo(window), timeout=10000)
    assert window.error.text() == "The login or password is wrong."
    assert isinstance(controller.window, LoginWindow)


def test_log_in_and_see_accounts_meters_and_balance(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    text = home_text(main)
    assert "Account 20500017" in text
    assert "Meter SE-101-4471" in text and "Last reading:" in text
    assert "Readings are taken until 25 March. 7 days left." in text
    assert "Last verified: 26 November 2025. Next verification: 26 November 2041." in text
    # The code on the receipt, for a family member to add the account: the demo's are derived from the number.
    code = demo_access_code("20500017")
    assert f"Access code for the app: {code[:4]}-{code[4:]}" in text
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=10000)
    assert main.sync_label.text().startswith("Updated")


def test_enter_a_reading_see_the_cost_and_the_answer(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    choice = page.current_choice()
    assert choice is not None and choice.zones == ("single",)
    previous = choice.previous["single"]
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 150))
    qtbot.waitUntil(lambda: "Preliminary cost" in page.summary.text(), timeout=5000)
    assert "Consumption: 150 kWh" in page.summary.text()
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)


def test_letters_and_a_lower_reading_are_explained(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    qtbot.keyClicks(page.inputs["single"], "12a4")
    qtbot.waitUntil(lambda: page.hints["single"].text() == "Please type digits only.", timeout=5000)
    page.inputs["single"].clear()
    qtbot.keyClicks(page.inputs["single"], "5")
    qtbot.waitUntil(lambda: "less than the previous" in page.hints["single"].text(), timeout=5000)
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not saved" in page.status.text(), timeout=5000)
    assert page.model.rowCount() == 0


def test_entered_offline_then_sent(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    # The connection goes: the client now points at a port where nothing answers.
    url = main.session.client.base_url
    main.session.client.base_url = "http://127.0.0.1:9"
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 40))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Offline"), timeout=15000)
    assert page.model.data(page.model.index(0, 3)) == "Waiting to be sent"
    assert "waiting to be sent: 1" in main.state_label.text()
    main.session.client.base_url = url
    qtbot.mouseClick(main.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)
    assert Decimal(page.model.entries[0].values["single"]) == previous + 40


def test_the_entries_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, controller: Controller
) -> None:  # type: ignore[no-untyped-def]
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    qtmodeltester.check(main.readings.model)


def test_a_rejected_reading_shows_why_and_can_be_corrected(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    # The supplier's clock says the window and its five days of grace have passed; this computer's
    # calendar still says the 18th (inside the window), so the reading is saved and sent.
    assert server.settings.fixed_now is not None
    real_now = server.settings.fixed_now
    server.settings.fixed_now = real_now.replace(day=31)
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 60))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.entries[0].state == "rejected", timeout=15000)
    # The server judging by the day taken says too_late; one judging by the day of arrival, outside_window.
    shown = {
        "too_late": "Not accepted: The reading was taken on 18 March 2026, but it reached the supplier "
        "after 30 March, the last day for readings of that month.",
        "outside_window": "Not accepted: The reading was taken on 18 March 2026. That month readings are "
        "taken from 15 to 25 March only.",
    }
    code = page.model.entries[0].code
    assert code in shown and page.model.data(page.model.index(0, 3)) == shown[code]
    assert page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == shown[code]
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Needs attention"), timeout=10000)
    server.settings.fixed_now = real_now
    page.table.selectRow(0)
    assert page.correct_button.isEnabled()
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert page.inputs["single"].text() == f"{int(previous) + 60}"
    page.inputs["single"].clear()
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 65))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [e.state for e in page.model.entries] == ["accepted"], timeout=15000)
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=10000)


def test_a_far_jump_asks_before_saving(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    asked: list[str] = []

    def answer_no(_title: str, question: str) -> bool:
        asked.append(question)
        return False

    page.confirm = answer_no
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 4000))
    qtbot.waitUntil(lambda: "much more than usual" in page.hints["single"].text(), timeout=5000)
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert page.model.rowCount() == 0 and page.status.text().startswith("Not saved")
    page.confirm = lambda _title, _question: True  # "Yes, it is right"
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: page.model.data(page.model.index(0, 3)) == "Accepted, to be checked", timeout=15000
    )


def test_an_ended_session_asks_for_the_password_and_then_sends_what_waited(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    from sqlalchemy import delete

    from server.schema import SessionToken

    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    with server.db.session() as session:
        session.execute(delete(SessionToken))  # the supplier ended every session
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 30))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.login_again_button.isVisibleTo(main), timeout=15000)
    assert "log in again" in main.state_label.text()
    assert page.model.data(page.model.index(0, 3)) == "Waiting to be sent"
    main.ask_password = lambda: "demo-2026"
    qtbot.mouseClick(main.login_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)
    qtbot.waitUntil(lambda: not main.login_again_button.isVisibleTo(main), timeout=10000)


def test_an_accepted_reading_is_the_last_reading_everywhere(qtbot: QtBot, controller: Controller) -> None:
    """17,400 accepted: the home page's last reading is 17,400, not the 17,190 it is measured from, and
    the readings page says this month's is in (a new one would replace it)."""
    from PySide6.QtWidgets import QLabel

    main = log_in(qtbot, controller)
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    typed = int(previous) + 210
    qtbot.keyClicks(page.inputs["single"], str(typed))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)
    shown = f"{typed:,}"
    qtbot.waitUntil(lambda: f"Last reading: {shown}" in home_text(main), timeout=15000)
    said = f"this month: {shown}, a new one replaces it"
    qtbot.waitUntil(lambda: any(said in label.text() for label in page.findChildren(QLabel)), timeout=15000)
    assert page.current_choice().previous["single"] == previous  # type: ignore[union-attr]
