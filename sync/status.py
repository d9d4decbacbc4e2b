"""What the sync engine says about itself: a small module with no database or HTTP imports, so the
main window can show its status bar before those libraries are loaded."""

import enum
from dataclasses import dataclass
from datetime import datetime


class State(enum.Enum):
    OFFLINE = "offline"
    ONLINE = "online"
    SYNCING = "syncing"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True)
class Status:
    state: State
    message: str = ""
    last_sync: datetime | None = None
    waiting: int = 0
    rejected: int = 0  # readings and applications the server did not accept
    # Contact changes an older app queued, refused by the server (`password_needed`): the person is led
    # to Settings, where contacts now change online with the password.
    contacts_refused: int = 0
    needs_login: bool = False  # the server no longer knows the token: ask for the password again
    # What stopped the last sync; the UI says it in the person's language (ui.messages.sync_problem),
    # `message` is the same in English for logs.
    error: Exception | None = None
