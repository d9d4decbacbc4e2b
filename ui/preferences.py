"""The user's preferences, in an INI file in the app's data folder (QSettings)."""

from pathlib import Path

from PySide6.QtCore import QSettings

MIN_SCALE, MAX_SCALE, STEP = 1.0, 2.0, 0.25


class Preferences:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def text_scale(self) -> float:
        try:
            return min(MAX_SCALE, max(MIN_SCALE, float(self._get("text_scale", "1.0"))))
        except ValueError:
            return MIN_SCALE

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self.store.setValue("text_scale", str(min(MAX_SCALE, max(MIN_SCALE, value))))

    @property
    def high_contrast(self) -> bool:
        return self._get("high_contrast", "false") == "true"

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.store.setValue("high_contrast", "true" if value else "false")

    @property
    def language(self) -> str:
        """ "" means the system's language."""
        return self._get("language", "")

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value)

    @property
    def last_login(self) -> tuple[str, str] | None:
        """(server key, identity) of the person who stayed logged in."""
        key, identity = self._get("last_server_key", ""), self._get("last_identity", "")
        return (key, identity) if key and identity else None

    @property
    def last_login_name(self) -> str:
        return self._get("last_login", "")

    @property
    def last_role(self) -> str:
        """Which sections the main window has, known before the profile is opened."""
        return self._get("last_role", "customer")

    @property
    def token_kept(self) -> bool:
        """Whether the last login's token is in the keyring, so the next start opens the main window at
        once; without a keyring (or after a login offline) it shows the login window instead."""
        return self._get("token_kept", "true") == "true"

    @property
    def keyring_notice_told(self) -> bool:
        """The person was told once that this PC cannot keep them logged in."""
        return self._get("keyring_notice_told", "false") == "true"

    @keyring_notice_told.setter
    def keyring_notice_told(self, value: bool) -> None:
        self.store.setValue("keyring_notice_told", "true" if value else "false")

    def remember_login(
        self, server_key: str, identity: str, login: str, role: str = "customer", token_kept: bool = True
    ) -> None:
        self.store.setValue("last_server_key", server_key)
        self.store.setValue("last_identity", identity)
        self.store.setValue("last_login", login)
        self.store.setValue("last_role", role)
        self.store.setValue("token_kept", "true" if token_kept else "false")

    def forget_login(self) -> None:
        self.store.remove("last_identity")

    def sync(self) -> None:
        self.store.sync()
