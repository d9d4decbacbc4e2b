"""One folder for the documents the app makes only to show or print (receipts, round sheets).

Made on first use inside the system's temporary folder and removed when the app exits, so a month of
printing does not leave a pile of PDFs behind. Documents the user saves go where the user says.
"""

import tempfile
from pathlib import Path

_folder: tempfile.TemporaryDirectory[str] | None = None


def scratch_file(name: str) -> Path:
    """A path for `name` in a fresh subfolder (two receipts of the same month never collide)."""
    global _folder
    if _folder is None:
        # Removed at exit; on Windows a PDF still open in a viewer is left rather than failing the exit.
        _folder = tempfile.TemporaryDirectory(prefix="personal-account-", ignore_cleanup_errors=True)
    return Path(tempfile.mkdtemp(dir=_folder.name)) / name
