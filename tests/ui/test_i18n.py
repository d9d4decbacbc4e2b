"""Qt's own words (the file dialog, the context menus) come in the person's language too."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import i18n


def test_qts_own_dialogs_speak_russian(qapp: QApplication) -> None:
    try:
        assert i18n.install(qapp, "ru") == "ru"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Типы файлов:"
        assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Копировать"
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
