"""Start-up imports only what the first windows need: documents, printing and charts load when used."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_documents_and_printing_are_not_imported_at_start() -> None:
    code = (
        "import sys, ui.application, ui.main_window, ui.pages.round, ui.pages.charts, ui.pages.bills; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'reportlab', 'pypdf') "
        "or m in ('PySide6.QtPdf', 'PySide6.QtPrintSupport', 'PySide6.QtCharts', 'PySide6.QtPdfWidgets')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_first_window_needs_no_database_http_or_schemas() -> None:
    """ui.startup shows the main window's frame (or "Starting…") before these are imported."""
    code = (
        "import sys, ui.startup, ui.main_window; "
        "heavy = {'sqlalchemy', 'requests', 'pydantic', 'keyring', 'alembic', 'desktop_app', 'models.db', "
        "'sync.engine', 'sync.client', 'sync.tokens', 'ui.pages'}; "
        "print(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_http_waits_for_the_first_request() -> None:
    """requests loads on the network worker at the first sync, not while the pages are built."""
    code = (
        "import sys, ui.application, ui.main_window; "
        "from desktop_app.session import AppSession; from sync.client import ApiClient; "
        "ApiClient('http://127.0.0.1:9').close(); "
        "print(sorted(m for m in ('requests', 'urllib3') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
