"""Start the frozen app (dist/personal-account) in demo mode with a temporary profile, offscreen; let it
log in as a demo household (its embedded server seeds the data, the login goes over HTTP, the profile's
cache is created by its migrations and the first sync runs), wait for the main window and fail on any
error output. Run by `make dist`.

    python tools/smoke_frozen.py dist/personal-account
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KNOWN_NOISE = ("This plugin does not support propagateSizeHints()",)


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/personal-account")
    executable = folder / ("personal-account-debug.exe" if os.name == "nt" else "personal-account-debug")
    if not executable.exists():
        print(f"no frozen app at {executable}", file=sys.stderr)
        return 1
    data = Path(tempfile.mkdtemp(prefix="pa-frozen-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    run = subprocess.run(
        [
            str(executable),
            *("--data-dir", str(data), "--demo-flats", "6", "--demo-login", "ivanova", "--exit-when-shown"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    seconds = time.perf_counter() - started
    errors = [line for line in run.stderr.splitlines() if line.strip() and not line.startswith(KNOWN_NOISE)]
    if run.returncode != 0 or "SHOWN main" not in run.stdout or errors:
        print(f"the frozen app failed (exit {run.returncode}):\n{run.stdout}\n{run.stderr}", file=sys.stderr)
        return 1
    print(f"the frozen app started its demo server, logged in and showed its main window in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
