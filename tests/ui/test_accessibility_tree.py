"""The app as a screen reader sees it: the real app on a virtual X screen, its accessibility tree read
over at-spi (the bus Orca listens on) by Debian's pyatspi, every page included.

Every control a person can use must say what it is (a role), what it is for (a name) and how to use it
(an action, or editable text): a button Orca reads as "button" with no name is a button a blind person
cannot use. Needs xvfb, dbus, at-spi2-core and python3-pyatspi (.ci/run installs them).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = ROOT / "tests" / "support" / "atspi_session.sh"
# Roles a person acts on, and what acting on them takes.
PRESSED = {"push button", "check box", "radio button", "toggle button", "menu item", "page tab"}
TYPED = {"text", "password text", "spin button", "entry"}
CHOSEN = {"combo box", "list", "table", "tree", "tree table"}


def _can_walk() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    found = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    return "" if found.returncode == 0 else "python3-pyatspi is not installed"


def walk(tmp_path: Path, login: str, language: str, display: str) -> list[dict[str, Any]]:
    missing = _can_walk()
    if missing:
        pytest.skip(missing)
    output = tmp_path / "tree.jsonl"
    env = {key: value for key, value in os.environ.items() if key != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            str(SESSION),
            display,
            str(tmp_path / "data"),
            login,
            language,
            str(output),
            sys.executable,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    log = tmp_path / "data.log"
    assert done.returncode == 0, done.stderr[-2000:] + (log.read_text()[-2000:] if log.exists() else "")
    return [json.loads(line) for line in output.read_text().splitlines() if line.strip()]


def usable(node: dict[str, Any]) -> bool:
    """A control a person can reach now or after choosing its page: enabled (hidden pages count)."""
    return "enabled" in node["states"] or "sensitive" in node["states"]


def problems(tree: list[dict[str, Any]]) -> list[str]:
    found = []
    for node in tree:
        role, name = node["role"], node["name"].strip()
        if not usable(node) or role not in PRESSED | TYPED | CHOSEN:
            continue
        where = " / ".join(node["path"][-3:])
        if not name:
            found.append(f"{role} with no name: {where}")
        if role in PRESSED and not node["actions"]:
            found.append(f"{role} {name!r} with no action: {where}")
        if role in TYPED and not (node["editable"] or "focusable" in node["states"]):
            found.append(f"{role} {name!r} can neither be typed in nor focused: {where}")
        if role in CHOSEN and not (node["actions"] or "focusable" in node["states"]):
            found.append(f"{role} {name!r} cannot be reached: {where}")
    return found


@pytest.mark.slow
def test_a_household_is_fully_named_for_a_screen_reader(tmp_path: Path) -> None:
    tree = walk(tmp_path, "petrov", "en", ":87")
    frames = [node for node in tree if node["role"] == "frame"]
    assert any(node["name"] == "Personal account — petrov" for node in frames)
    sections = [node for node in tree if node["path"][-2:-1] == ["list:Sections"]]
    assert [node["name"] for node in sections][:3] == ["Home", "Submit readings", "Readings history"]
    roles = {node["role"] for node in tree}
    assert {"push button", "text", "combo box", "table", "menu item"} <= roles
    assert problems(tree) == []


@pytest.mark.slow
def test_a_caretaker_is_fully_named_in_russian(tmp_path: Path) -> None:
    tree = walk(tmp_path, "caretaker", "ru", ":88")
    assert any(node["role"] == "frame" and node["name"].startswith("Личный кабинет") for node in tree)
    assert any(node["role"] == "table" for node in tree)
    assert problems(tree) == []
