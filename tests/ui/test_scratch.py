"""Receipts and round sheets made only to show or print leave nothing behind when the app exits."""

import os
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def test_documents_made_to_show_are_removed_at_exit(tmp_path: Path) -> None:
    code = (
        "from ui.scratch import scratch_file\n"
        "first, second = scratch_file('receipt.pdf'), scratch_file('receipt.pdf')\n"
        "assert first != second\n"
        "first.write_bytes(b'%PDF'); second.write_bytes(b'%PDF')\n"
        "print(first)\n"
    )
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    made = Path(out.strip())
    assert made.is_relative_to(temp)
    assert not made.exists()
    assert list(temp.iterdir()) == []
