"""The app's log: a rotating file in the data folder that a support report can carry.

Everything the app and its embedded server log goes there, with uncaught exceptions from any thread.
Nothing secret is written: the app never logs a password or a token, and a filter blanks anything that
looks like one (a bearer header, a long random string) in case a library does.
Only the standard library is imported, and the file handler (with the socket and pickle modules it
brings) only when the log is set up, just after the first window is on screen.
"""

import logging
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "personal-account.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # four files of a megabyte at most
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_SECRETS = [
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s'\"]+"), r"\1 ***"),
    # password=..., "password": "...", input_value='...' (pydantic's echo of what was typed), quoted
    # values whole, commas and spaces included
    (
        re.compile(r"(?i)(password|token|secret|input_value)([\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,}]+)"),
        r"\1\2***",
    ),
    (re.compile(r"/pay/[^\s\"'?]+"), "/pay/***"),  # a payment page's path is its token
    (re.compile(r"\b[A-Za-z0-9_\-]{32,}\b"), "***"),  # session tokens are 43 characters, payment 32
]

log = logging.getLogger("desktop_app")


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class _Redacting(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def app_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("personal-account")
    except metadata.PackageNotFoundError:  # the frozen app carries no package metadata
        return "unknown"


def folder(data_dir: Path) -> Path:
    return data_dir / "logs"


def setup(data_dir: Path, level: int = logging.INFO) -> "RotatingFileHandler":
    """Log to `<data_dir>/logs/personal-account.log` (rotated); returns the handler, so a test can take
    it away again. A second call for the same file returns the handler already installed."""
    from logging.handlers import RotatingFileHandler

    path = folder(data_dir) / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path.resolve():
            return handler
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(_Redacting(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    # A line per request of the embedded server, or per Alembic plugin at every start, would push what
    # matters out of the file.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return handler


def remove(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


def install_hooks() -> None:
    """Uncaught exceptions, on the main thread or any other, go to the log before Python's own hook."""
    previous = sys.excepthook

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    previous_thread = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
