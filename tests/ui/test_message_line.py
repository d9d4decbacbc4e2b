"""The one message widget: its words readable in every theme, measured from what is drawn."""

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui import theme
from ui.message_line import Kind, MessageLine
from ui.widgets import combo


def drawn_contrast(line: MessageLine) -> float:
    """The contrast of the words against their background in a grab of the text: the background is the
    commonest colour, the words' colour the one furthest from it (anti-aliasing only softens edges)."""
    image = line.grab(line.label.geometry()).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    back = QColor.fromRgb(background)
    return max(theme.contrast_ratio(p, back) for p in pixels)


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_is_readable(qapp: QApplication, qtbot: QtBot, kind: Kind, high_contrast: bool) -> None:
    theme.apply(qapp, 1.0, high_contrast)
    try:
        line = MessageLine("Result")
        qtbot.addWidget(line)
        getattr(line, kind.value)("Wrong login or password.")
        line.show()
        qtbot.waitExposed(line)
        assert line.kind is kind and line.isVisible()
        assert drawn_contrast(line) >= 4.5
        assert line.accessibleDescription() == "Wrong login or password."
    finally:
        theme.apply(qapp, 1.0, False)


def test_an_error_marks_its_field_until_the_next_message(qtbot: QtBot) -> None:
    field = QLineEdit()
    line = MessageLine("Result")
    for widget in (field, line):
        qtbot.addWidget(widget)
    line.error("Please type digits only.", field)
    assert field.property("invalid") is True
    assert field.accessibleDescription() == "Please type digits only."
    line.success("Saved.")
    assert field.property("invalid") is False and field.accessibleDescription() == ""
    line.clear()
    assert line.isHidden() and line.text() == ""


def test_keep_space_holds_its_line_when_empty(qtbot: QtBot) -> None:
    line = MessageLine("Result", keep_space=True)
    qtbot.addWidget(line)
    line.show()
    empty = line.sizeHint().height()
    line.info("Saved here.")
    assert line.isVisible() and abs(line.sizeHint().height() - empty) <= 8


def test_a_long_message_in_a_narrow_column_is_never_cut(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply(qapp, 2.0, False)
    try:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLineEdit())
        line = MessageLine("Result")
        layout.addWidget(line)
        layout.addStretch(1)
        qtbot.addWidget(page)
        page.resize(320, 1200)
        page.show()
        qtbot.waitExposed(page)
        line.error("The reading is lower than the last accepted one, 17,190 kWh on 18 November. " * 3)
        qtbot.waitUntil(lambda: line.label.height() >= line.label.heightForWidth(line.label.width()))
        assert line.label.heightForWidth(line.label.width()) > 4 * line.fontMetrics().height()
    finally:
        theme.apply(qapp, 1.0, False)


def test_the_wheel_over_a_drop_down_scrolls_the_page_not_the_choice(qtbot: QtBot) -> None:
    page = QWidget()
    box = combo()
    box.addItems(["Flat", "Dacha"])
    layout = QVBoxLayout(page)
    for _ in range(20):
        layout.addWidget(QLineEdit())
    layout.addWidget(box)
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.resize(300, 200)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    wheel = QWheelEvent(
        QPoint(5, 5).toPointF(),
        box.mapToGlobal(QPoint(5, 5)).toPointF(),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, wheel)
    assert box.currentIndex() == 0
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QApplication.sendEvent(box, wheel)
    assert box.currentIndex() == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_a_question_defaults_to_keeping(qtbot: QtBot, key: Qt.Key) -> None:
    from ui.questions import question_box

    parent = QWidget()
    qtbot.addWidget(parent)
    box, go = question_box(parent, "Send?", "7,810 kWh is much more than usual.", "Send 7,810", "Check again")
    box.open()
    qtbot.waitExposed(box)
    assert box.defaultButton().text() == "Check again"
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)
    assert box.clickedButton() is not go and box.clickedButton().text() == "Check again"


def test_a_dialog_is_never_bigger_than_its_screen(qtbot: QtBot) -> None:
    from ui.questions import fit_to_screen

    dialog = QWidget()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 90000, 90000)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
