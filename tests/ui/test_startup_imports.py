"""Start-up imports only what the first windows need: documents, printing and charts load when used."""

import subprocess
import sys

from tests.support.paths import ROOT


def loaded_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of `modules` (or their submodules) a fresh interpreter holds after running `code`."""
    check = (
        f"{code}\nimport sys\n"
        f"print(*sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in {modules!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def test_documents_and_printing_are_not_imported_at_start() -> None:
    code = "import ui.application, ui.main_window, ui.round.page, ui.charts, ui.bills.page"
    documents = (
        "openpyxl",
        "reportlab",
        "pypdf",
        "PySide6.QtPdf",
        "PySide6.QtPrintSupport",
        "PySide6.QtCharts",
    )
    assert loaded_after(code, documents) == []


def test_the_first_window_needs_no_database_http_or_schemas() -> None:
    """ui.startup shows the main window's frame (or "Starting…") before these are imported."""
    heavy = (
        "sqlalchemy",
        "requests",
        "pydantic",
        "keyring",
        "alembic",
        "desktop_app.session",
        "desktop_app.embedded",
        "desktop_app.home",
        "models.db",
        "sync.engine",
        "sync.client",
        "sync.tokens",
        "ui.application",
        "ui.home",
        "ui.readings",
        "ui.round",
        "ui.bills",
        "ui.settings",
    )
    loaded = loaded_after("import ui.startup, ui.main_window", (*heavy, "desktop_app"))
    # Only the Qt-free options, which are read before any window: nothing heavy, nothing else (the log
    # is set up just after the window is shown).
    assert loaded == ["desktop_app", "desktop_app.options"]


def test_http_waits_for_the_first_request() -> None:
    """requests loads on the network worker at the first sync, not while the pages are built."""
    code = (
        "import ui.application, ui.main_window\n"
        "from desktop_app.session import AppSession\n"
        "from sync.client import ApiClient\n"
        "ApiClient('http://127.0.0.1:9').close()"
    )
    assert loaded_after(code, ("requests", "urllib3")) == []
