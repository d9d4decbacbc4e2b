"""The app, typing a caretaker's round by keyboard until it is killed with SIGKILL. It prints
CONFIRMED <meter> <zone> <value> once a cell is kept (what the caretaker would see as saved).

    python -m tests.support.round_child DATA_DIR SERVER_URL SEED
"""

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.options import Options
from tests.support.clock import TODAY
from tests.support.file_keyring import FileKeyring
from ui.application import Controller
from ui.main_window import MainWindow


def wait(app: QApplication, condition: object) -> None:
    while not condition():  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main() -> None:
    data_dir, url, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    keyring.set_keyring(FileKeyring())
    app = QApplication([])
    controller = Controller(app, Options(url, data_dir, "en", 12), today=lambda: TODAY)
    controller.start()
    wait(app, lambda: isinstance(controller.window, MainWindow) and controller.window.round.model.rowCount())
    window = controller.window
    assert isinstance(window, MainWindow)
    page = window.round
    saved: list[int] = []
    page.cell_saved.connect(saved.append)
    print("READY", flush=True)
    while True:
        row = page.model.next_empty(page.view.source_row(page.view.currentIndex().row()) - 1)
        if row is None:
            print("DONE", flush=True)
            return
        page.view.go_to(page.view.view_row(row))
        page.view.setFocus()
        entry = page.model.rows[row]
        value = str(int(entry.previous or 0) + rng.randint(1, 90))
        for char in value:
            QTest.keyClick(QApplication.focusWidget(), char)
        before = len(saved)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        wait(app, lambda before=before: len(saved) > before)
        print("CONFIRMED", entry.meter_id, entry.zone, value, flush=True)


if __name__ == "__main__":
    main()
