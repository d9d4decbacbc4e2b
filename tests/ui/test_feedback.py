"""News, help, and writing to the supplier."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from server.schema import Application
from tests.support.live_server import LiveServer
from tests.support.ui import column, log_in
from ui.application import Controller


def test_news_and_help(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.news)
    qtbot.waitUntil(lambda: "Новые тарифы с 1 июля" in main.news.view.toPlainText(), timeout=10000)
    text = main.news.view.toPlainText()
    assert text.index("Приём показаний") < text.index("Плановые работы")  # newest first
    main.open_page(main.help)
    assert main.help.findChild(type(main.news.view)).toHtml().count("<li") == 6


def test_send_a_complaint_and_order_a_callback(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.feedback)
    page = main.feedback
    qtbot.waitUntil(lambda: "Phone: +74951234567" in page.contacts.text(), timeout=10000)
    page.kind.setCurrentIndex(1)  # complaint
    page.subject.insert("Мигает свет")  # Cyrillic comes through the input method, not key by key
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Please write what it is about."
    page.body.insertPlainText("Каждый вечер мигает свет в подъезде.")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(page.model, 2) == ["Мигает свет"], timeout=5000)
    qtbot.waitUntil(lambda: column(page.model, 3) == ["Received"], timeout=15000)
    page.kind.setCurrentIndex(2)  # callback
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Please give a phone number to call you back."
    qtbot.keyClicks(page.phone, "call me")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "phone number should be digits" in page.result.text(), timeout=5000)
    page.phone.clear()
    qtbot.keyClicks(page.phone, "+79161234501")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(page.model, 3) == ["Received", "Received"], timeout=15000)
    with server.db.session(write=False) as session:
        kinds = sorted(session.scalars(select(Application.kind)))
    assert kinds == ["callback", "complaint"]


def test_the_applications_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, controller: Controller
) -> None:  # type: ignore[no-untyped-def]
    main = log_in(qtbot, controller)
    main.open_page(main.feedback)
    qtmodeltester.check(main.feedback.model)
