"""The app's command line. Qt-free and light: it is read before any window is shown."""

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = {"en": "English", "ru": "Русский"}
DEMO_KEY = "demo"  # the demo server's address changes at every start, so profiles name it "demo"


@dataclass(frozen=True)
class Options:
    server_url: str | None
    data_dir: Path | None
    language: str
    demo_flats: int
    exit_when_shown: bool = False
    demo_login: str = ""
    minimised: bool = False  # start to the tray (or minimised where there is none): autostart uses it


def parse(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(
        prog="personal-account", description="Personal account of an electricity supplier"
    )
    parser.add_argument(
        "--server", help="the supplier's server address; without it, the demo server starts here"
    )
    parser.add_argument("--data-dir", type=Path, help="where profiles and settings are kept")
    parser.add_argument("--language", default="", choices=["", *LANGUAGES], help="en or ru")
    parser.add_argument("--demo-flats", type=int, default=240, help=argparse.SUPPRESS)
    # For the start-up benchmark and the frozen app's smoke test: print SHOWN and quit once the login
    # or the main window is on screen.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # For the smoke test too: in demo mode, log in as this demo login instead of waiting for a person.
    parser.add_argument("--demo-login", default="", help=argparse.SUPPRESS)
    parser.add_argument(
        "--minimised",
        "--minimized",
        action="store_true",
        help="start in the system tray (or minimised), as when started with the system",
    )
    args = parser.parse_args(argv)
    return Options(
        args.server,
        args.data_dir,
        args.language,
        args.demo_flats,
        args.exit_when_shown,
        args.demo_login,
        args.minimised,
    )
