"""Server settings: from the environment (PA_SERVER_*) or given directly by tests and the CLI."""

import ipaddress
import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from protocol.window import DEFAULT_END_DAY, DEFAULT_GRACE_DAYS, DEFAULT_START_DAY


def _flag(raw: str) -> bool:
    """An environment switch: 1/true/yes/on or 0/false/no/off; anything else stops the server at start."""
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"not a yes or no: {raw!r}")


REMINDERS_EVERY = 3600.0  # a deployed server's reminder runs, seconds apart (each sends only what is due)

# How hard argon2 works on a new password hash. "test" is the cheapest the algorithm allows, for suites
# that log in thousands of times; never for real passwords.
PasswordCost = Literal["standard", "test"]


@dataclass
class Settings:
    database_url: str = "sqlite:///personal-account-server.sqlite3"
    public_url: str = "http://127.0.0.1:8000"  # where the acquirer page is reached from outside
    # Where passwords go: "demo" keeps them in the outgoing_message table only (the demo mailbox);
    # "live" sends e-mail over SMTP and SMS through the HTTP gateway.
    delivery: str = "demo"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_sender: str = "cabinet@energosbyt.example"
    smtp_timeout: float = 10.0
    sms_gateway_url: str | None = None
    sms_timeout: float = 10.0
    sms_inbound_secret: str | None = None  # the gateway sends it with each incoming message
    window_start_day: int = DEFAULT_START_DAY
    window_end_day: int = DEFAULT_END_DAY
    # Readings are judged by the day they were taken: one taken inside its month's window is accepted
    # if it arrives at most this many days after the window closed (and before the month is billed).
    # The monthly close of a month waits until its grace has passed.
    grace_days: int = DEFAULT_GRACE_DAYS
    # The supplier's rule on a meter past its next verification date (поверка): refuse its readings
    # (and bill the month by estimate) until it is verified again.
    refuse_unverified: bool = True
    # How often (seconds) the server's background task sends the window's reminders (server/reminders.py);
    # 0: never (tests and the app's embedded server; `python -m server reminders` sends them once).
    # A deployed server (`from_env`) runs it every REMINDERS_EVERY seconds unless told otherwise.
    reminders_interval: float = 0
    token_lifetime: timedelta = field(default_factory=lambda: timedelta(days=30))
    # How long a reset's new password waits to be used; the old password works all along.
    reset_password_lifetime: timedelta = field(default_factory=lambda: timedelta(hours=24))
    # For this long after a reset's password was sent, another reset changes nothing and sends nothing:
    # a stranger asking again cannot spoil the message the owner is about to read.
    reset_password_hold: timedelta = field(default_factory=lambda: timedelta(minutes=15))
    # Throttling of guessable routes (server/throttle.py): a key (a login, an address, an account ...) has
    # its first `free` failures free; then each further attempt waits 1, 2, 4, ... seconds after the last,
    # at most throttle_max_delay. A delay that grows, never a lockout: every wait ends. A key's failures are
    # forgotten throttle_decay after its last one.
    throttle_max_delay: timedelta = field(default_factory=lambda: timedelta(minutes=15))
    throttle_decay: timedelta = field(default_factory=lambda: timedelta(hours=24))
    # A login that succeeded from an address within this long is a known pair: strangers' failures on
    # the login or from elsewhere do not slow its owner there, only the pair's own failures do.
    throttle_known_for: timedelta = field(default_factory=lambda: timedelta(days=90))
    throttle_free_pair: int = 5  # wrong passwords for one login from one address
    throttle_free_login: int = 50  # ... for one login from any address (a spray from many addresses)
    throttle_free_address: int = 30  # ... for any login from one address
    throttle_free_link: int = 10  # wrong account proofs of one household login (POST /accounts/link)
    throttle_free_account: int = 10  # wrong proofs for one account number, by linking or registering
    throttle_free_proof_address: int = 30  # wrong account proofs from one address
    throttle_free_reset: int = 3  # password resets asked for one login or account number (each counts)
    throttle_free_reset_address: int = 10  # password resets asked from one address
    # wrong current passwords given by one login's sessions (changing the password, login or contacts):
    # a stolen token must not be a way to guess the password that guards the contacts
    throttle_free_password: int = 5
    # Reverse proxies (addresses or networks, PA_SERVER_TRUSTED_PROXIES="10.0.0.5,10.1.0.0/16") whose
    # X-Forwarded-For is believed: for a request from one of them the client is the right-most entry that
    # is not itself a trusted proxy. Empty: the peer's own address, whatever the header says.
    trusted_proxies: tuple[str, ...] = ()
    key_rate_percent: Decimal = Decimal(16)
    # Apps that send an older protocol version than this are answered 426 `outdated_client`.
    min_client_version: int = 2  # 2: registration and linking ask for the access code
    # A request body larger than this is answered 413 and never held in memory whole (a push of 200
    # readings is about 60 KB).
    max_body_bytes: int = 1024 * 1024
    # Tests only: keep each captcha's answer in app.state so a test can solve it. Never from the environment.
    expose_captcha_answers: bool = False
    # Tests only, never from the environment: see PasswordCost.
    password_hash_cost: PasswordCost = "standard"  # noqa: S105 - the name of a cost, not a password
    # The deployed server's own log (rotated); None means stderr. The embedded one logs to the app's.
    log_file: str | None = None
    # Tests and demos pin "now"; None means the real clock.
    fixed_now: datetime | None = None

    def now(self) -> datetime:
        return self.fixed_now if self.fixed_now is not None else datetime.now(UTC)

    def today(self) -> date:
        return self.now().date()

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        env = os.environ
        settings = cls(reminders_interval=REMINDERS_EVERY)
        for name, cast in (
            ("database_url", str),
            ("public_url", str),
            ("delivery", str),
            ("smtp_host", str),
            ("smtp_port", int),
            ("smtp_sender", str),
            ("sms_gateway_url", str),
            ("sms_inbound_secret", str),
            ("window_start_day", int),
            ("window_end_day", int),
            ("grace_days", int),
            ("refuse_unverified", _flag),
            ("reminders_interval", float),
            ("min_client_version", int),
            ("max_body_bytes", int),
            ("log_file", str),
        ):
            raw = env.get(f"PA_SERVER_{name.upper()}")
            if raw is not None:
                setattr(settings, name, cast(raw))
        proxies = env.get("PA_SERVER_TRUSTED_PROXIES")
        if proxies is not None:
            settings.trusted_proxies = tuple(p.strip() for p in proxies.split(",") if p.strip())
            for entry in settings.trusted_proxies:
                ipaddress.ip_network(entry, strict=False)  # a typo stops the server at start, not per request
        for name, value in overrides.items():
            if not hasattr(settings, name):
                raise TypeError(f"unknown setting {name}")
            setattr(settings, name, value)
        return settings
