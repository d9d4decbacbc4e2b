"""Start with the system, minimised: the XDG autostart entry written and removed (a temporary
XDG_CONFIG_HOME), its Exec line the command that runs this app."""

import shlex
import sys
from pathlib import Path

import pytest

from desktop_app import autostart
from desktop_app.options import parse

xdg = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG desktop entry")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@xdg
def test_written_and_removed_under_xdg_config_home(config_home: Path) -> None:
    assert autostart.supported() and not autostart.is_enabled()
    command = autostart.app_command()
    autostart.enable(command)
    entry = config_home / "autostart" / "personal-account.desktop"
    assert autostart.desktop_file() == entry and entry.is_file() and autostart.is_enabled()
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [sys.executable, "-m", "ui", "--minimised"]
    assert parse(shlex.split(exec_line)[3:]).minimised  # what the app reads back from it
    assert not list(entry.parent.glob("*.tmp"))
    autostart.enable(command)  # again: still one entry
    assert [p.name for p in entry.parent.iterdir()] == ["personal-account.desktop"]
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing to remove: no error


@xdg
def test_the_server_and_data_folder_go_with_it_quoted(config_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "my data $HOME"
    command = autostart.app_command("https://lk.example.ru/", data)
    assert command[-5:] == [
        "--server",
        "https://lk.example.ru/",
        "--data-dir",
        str(data.resolve()),
        "--minimised",
    ]
    autostart.enable(command)
    exec_line = next(
        line for line in autostart.desktop_file().read_text().splitlines() if line.startswith("Exec=")
    )
    assert '"' + str(data.resolve()).replace("$", "\\$") + '"' in exec_line
    options = parse(shlex.split(exec_line.removeprefix("Exec=").replace("\\$", "$"))[3:])
    assert options.server_url == "https://lk.example.ru/" and options.minimised
    assert options.data_dir == data.resolve()


@xdg
def test_the_default_data_folder_is_not_named(config_home: Path) -> None:
    from models.profiles import data_root

    assert "--data-dir" not in autostart.app_command(None, data_root())


@xdg
def test_a_relative_xdg_config_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.desktop_file() == tmp_path / ".config" / "autostart" / "personal-account.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert autostart.desktop_file() == tmp_path / ".config" / "autostart" / "personal-account.desktop"


def test_percent_signs_are_doubled_and_macos_is_not_supported() -> None:
    assert autostart.desktop_entry(["/opt/app", "50%"]).count("Exec=/opt/app 50%%\n") == 1
    assert not autostart.supported("darwin")
    assert autostart.supported("linux") and autostart.supported("win32")


@xdg
def test_a_folder_that_cannot_be_written_raises_oserror(config_home: Path) -> None:
    config_home.mkdir()
    (config_home / "autostart").write_text("a file where the folder should be")
    with pytest.raises(OSError):
        autostart.enable(autostart.app_command())


@pytest.mark.skipif(sys.platform != "win32", reason="the Windows registry")
def test_the_run_value_on_windows() -> None:
    was = autostart._windows_value()
    try:
        autostart.enable([sys.executable, "-m", "ui", "--minimised"])
        assert autostart.is_enabled()
        value = autostart._windows_value()
        assert value is not None and value.endswith("-m ui --minimised")
        autostart.disable()
        assert not autostart.is_enabled()
    finally:
        if was is not None:
            autostart._set_windows_value(was)


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_the_windows_paths_do_nothing_elsewhere() -> None:
    assert autostart._windows_value() is None
    autostart._delete_windows_value()
    with pytest.raises(OSError):
        autostart._set_windows_value("x")


def test_macos_says_not_supported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not autostart.supported() and not autostart.is_enabled()
    with pytest.raises(OSError):
        autostart.enable(autostart.app_command())
    assert not (tmp_path / "config").exists()


def test_a_newline_in_a_path_is_refused_not_written_as_a_second_key() -> None:
    with pytest.raises(OSError):
        autostart.desktop_entry(["/opt/app", "--data-dir", "/tmp/x\nExec=/bin/evil"])
