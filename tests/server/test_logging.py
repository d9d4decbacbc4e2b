"""The server's own log: a bug in a request is logged with its traceback and answered in the envelope;
the served server writes a rotating file when told to."""

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from server import cli, reference
from server.config import Settings
from server.main import LOGGED
from tests.support.live_server import Api, LiveServer


def test_an_unexpected_error_is_logged_and_answered_in_the_envelope(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(reference, "tariffs", broken)
    with caplog.at_level(logging.ERROR, logger="server"):
        response = Api(server.url).get("/api/v1/tariffs")
    assert response.status_code == 500
    assert response.json()["detail"]["code"] == "internal"
    assert "a bug" not in response.text  # people get words, the log gets the details
    (logged,) = [r for r in caplog.records if r.name.startswith("server")]
    assert logged.exc_info is not None and str(logged.exc_info[1]) == "a bug"
    assert "GET /api/v1/tariffs" in logged.getMessage()


def test_the_served_server_logs_to_a_rotating_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PA_SERVER_LOG_FILE", str(tmp_path / "server.log"))
    settings = Settings.from_env()
    assert settings.log_file == str(tmp_path / "server.log")
    # As in a fresh `python -m server serve`, where uvicorn configures no logging of its own; the live
    # servers of other tests have.
    monkeypatch.setattr(logging.getLogger("uvicorn"), "propagate", True)
    root = logging.getLogger()
    level = root.level
    handler = cli.configure_logging(settings)
    try:
        assert isinstance(handler, RotatingFileHandler)
        logging.getLogger("server.test").info("hello")
        # uvicorn's second traceback of an error the app has logged is left out; others are kept.
        seen, unseen = RuntimeError("seen"), RuntimeError("unseen")
        setattr(seen, LOGGED, True)
        for error in (seen, unseen):
            logging.getLogger("uvicorn.error").error("Exception in ASGI application", exc_info=error)
        handler.flush()
        text = (tmp_path / "server.log").read_text(encoding="utf-8")
        assert "INFO server.test: hello" in text
        assert "RuntimeError: unseen" in text and "RuntimeError: seen" not in text
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        logging.getLogger("uvicorn.error").removeFilter(cli._not_logged_twice)
        handler.close()


def test_without_a_log_file_the_served_server_logs_to_stderr() -> None:
    handler = cli.configure_logging(Settings())
    try:
        assert isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger("uvicorn.error").removeFilter(cli._not_logged_twice)


def test_the_servers_log_names_no_payment_token_header_or_password() -> None:
    """uvicorn's access log names the acquirer page's path, which is the payment's token."""
    formatter = cli._Redacting("%(message)s")
    token = "Xq3_vN8kLp2aZ7mR4tY9wE1uI6oP0sDf"  # token_urlsafe(24): 32 characters
    lines = {
        f'127.0.0.1:5000 - "POST /pay/{token} HTTP/1.1" 200': '127.0.0.1:5000 - "POST /pay/*** HTTP/1.1" 200',
        "Authorization: Bearer abc.def": "Authorization: Bearer ***",
        'body {"password": "correct horse battery"}': 'body {"password": ***}',
    }
    for line, expected in lines.items():
        record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, line, None, None)
        assert formatter.format(record) == expected
