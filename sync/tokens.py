"""Login tokens live in the operating system's keyring, never in a file of ours.

If the system has no usable keyring, the token is kept in memory for this run only and `remembered`
says so, so the app can tell the user they will be asked to log in next time.
"""

import contextlib

import keyring
from keyring.errors import KeyringError

SERVICE = "personal-account"


class TokenStore:
    def __init__(self, server_url: str, login: str) -> None:
        self.key = f"{server_url.rstrip('/')}|{login}"
        self._memory: str | None = None
        self.remembered = True

    def get(self) -> str | None:
        if self._memory is not None:
            return self._memory
        try:
            return keyring.get_password(SERVICE, self.key)
        except KeyringError:
            self.remembered = False
            return None

    def set(self, token: str) -> None:
        self._memory = token
        try:
            keyring.set_password(SERVICE, self.key, token)
            self.remembered = True
        except KeyringError:
            self.remembered = False

    def clear(self) -> None:
        self._memory = None
        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE, self.key)
