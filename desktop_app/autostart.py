"""Start with the system, minimised (opt-in, in Settings). Qt-free.

Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/personal-account.desktop` (~/.config when
unset), its Exec the command that runs this app plus `--minimised`. Windows: a value under
HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run. macOS: not supported (a login item needs a
signed app bundle), and Settings says so.
"""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from models.profiles import data_root

NAME = "personal-account"
WINDOWS_VALUE = "PersonalAccount"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MINIMISED = "--minimised"


def supported(platform: str | None = None) -> bool:
    return (platform or sys.platform) != "darwin"


def app_command(server_url: str | None = None, data_dir: Path | None = None) -> list[str]:
    """The command that starts this app as it runs now, with its server and data folder (when they are
    not the defaults), started minimised."""
    frozen = getattr(sys, "frozen", False)  # the PyInstaller build: the executable is the app
    command = [sys.executable] if frozen else [sys.executable, "-m", "ui"]
    if server_url:
        command += ["--server", server_url]
    if data_dir is not None and data_dir.resolve() != data_root().resolve():
        command += ["--data-dir", str(data_dir.resolve())]
    return [*command, MINIMISED]


# ---- XDG ----------------------------------------------------------------------------------------------


def desktop_file() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(configured) if configured and Path(configured).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{NAME}.desktop"


def _exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry Specification says."""
    argument = argument.replace("%", "%%")
    if not argument or any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        return f'"{escaped}"'
    return argument


def desktop_entry(command: Sequence[str]) -> str:
    # A newline would end the Exec key and start another; the spec has no quoting for control characters.
    if any(ord(c) < 32 or ord(c) == 127 for argument in command for c in argument):
        raise OSError("the app's path or options hold a control character: no autostart entry can name it")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Personal account\n"
        "Comment=Personal account of an electricity supplier: reminders of the readings window\n"
        f"Exec={' '.join(_exec_argument(a) for a in command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# ---- the one switch -----------------------------------------------------------------------------------


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _windows_value() is not None
    if not supported():
        return False
    return desktop_file().is_file()


def enable(command: Sequence[str]) -> None:
    """Start `command` with the system from now on. Raises OSError (a folder not writable, a registry
    refused), which Settings says in words."""
    if sys.platform == "win32":
        _set_windows_value(subprocess.list2cmdline(list(command)))
        return
    if not supported():
        raise OSError("starting with the system is not supported here")
    path = desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(desktop_entry(command), encoding="utf-8")
    os.replace(temporary, path)


def disable() -> None:
    if sys.platform == "win32":
        _delete_windows_value()
        return
    desktop_file().unlink(missing_ok=True)


# ---- Windows (HKCU Run), only ever called there ------------------------------------------------------


def _windows_value() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, WINDOWS_VALUE)
    except FileNotFoundError:
        return None
    return str(value)


def _set_windows_value(command_line: str) -> None:
    if sys.platform != "win32":
        raise OSError("the Windows registry is only there on Windows")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, WINDOWS_VALUE, 0, winreg.REG_SZ, command_line)


def _delete_windows_value() -> None:
    if sys.platform != "win32":
        return
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, WINDOWS_VALUE)
    except FileNotFoundError:
        pass
