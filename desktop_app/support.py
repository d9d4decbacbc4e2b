"""A support report: what a person sends the supplier's help desk when something went wrong.

A zip of the app's log files and a page of versions (app, protocol, Python, Qt, system, the data
folder's profiles and their sizes). No cache file, no token and no password goes in: the log holds
none (see `desktop_app.logs`), and each line is passed through the same filter once more on the way in.
"""

import platform
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import protocol
from desktop_app import logs


def versions(data_dir: Path, qt_version: str = "") -> dict[str, str]:
    found = {
        "app": logs.app_version(),
        "protocol": str(protocol.VERSION),
        "python": sys.version.split()[0],
        "qt": qt_version,
        "system": platform.platform(),
        "frozen": str(bool(getattr(sys, "frozen", False))),
        "made": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    profiles = sorted(p for p in data_dir.glob("profiles/*/cache.sqlite3") if p.is_file())
    found["profiles"] = str(len(profiles))
    for index, cache in enumerate(profiles, 1):
        found[f"profile {index} cache bytes"] = str(cache.stat().st_size)
    return found


def write_report(target: Path, data_dir: Path, qt_version: str = "") -> Path:
    """Write the zip to `target` (written beside it first, then renamed, so no half zip is left)."""
    partial = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as report:
            page = "".join(f"{key}: {value}\n" for key, value in versions(data_dir, qt_version).items())
            report.writestr("versions.txt", page)
            for log_file in sorted(logs.folder(data_dir).glob(logs.LOG_NAME + "*")):
                text = log_file.read_text(encoding="utf-8", errors="replace")
                report.writestr(f"logs/{log_file.name}", "".join(map(logs.redact, text.splitlines(True))))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
