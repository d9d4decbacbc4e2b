"""Qt translations: the app's own (resources/translations/*.qm, compiled from .ts at build) and Qt's."""

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.options import LANGUAGES

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install(app: QApplication, language: str = "") -> str:
    """Load the translations for `language` ("" means the system's); returns the language used."""
    for old in getattr(app, "_pa_translators", []):
        app.removeTranslator(old)
    chosen = language or QLocale.system().name().split("_")[0]
    if chosen not in LANGUAGES:
        chosen = "en"
    # Numbers and dates follow the language: 1 234,56 and 18.11.2026 in Russian; 1,234.56 and 18/11/2026.
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
        if chosen == "ru"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    translators = []
    if chosen != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / f"personal_account_{chosen}.qm")):
            app.installTranslator(ours)
            translators.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            translators.append(qt)
    app._pa_translators = translators  # type: ignore[attr-defined]
    return chosen
