"""Profiles: one folder, one cache file per person on a server, in the user's data directory.

A household and a caretaker sharing a PC never see each other's data. A profile is named by who the
server says the person is (their customer id), not by the login they typed, so changing the login
keeps the cache and whatever waits in its outbox. The folder also holds a small profile.json (server,
identity and the login last used, never a token).
"""

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "personal-account"


def data_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Profile:
    server_url: str
    identity: str  # e.g. "customer-17"
    folder: Path

    @property
    def cache_path(self) -> Path:
        return self.folder / "cache.sqlite3"


def _slug(server_url: str, identity: str) -> str:
    readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{identity}@{server_url.split('://')[-1]}")[:60]
    digest = hashlib.sha256(f"{server_url.rstrip('/')}|{identity}".encode()).hexdigest()[:10]
    return f"{readable}-{digest}"


def profile_for(server_url: str, identity: str, root: Path | None = None) -> Profile:
    """The profile of a person on a server, created on first use."""
    folder = (root or data_root()) / "profiles" / _slug(server_url, identity)
    folder.mkdir(parents=True, exist_ok=True)
    card = folder / "profile.json"
    if not card.exists():
        card.write_text(
            json.dumps({"server_url": server_url.rstrip("/"), "identity": identity}), encoding="utf-8"
        )
    return Profile(server_url.rstrip("/"), identity, folder)


def known_profiles(root: Path | None = None) -> list[Profile]:
    profiles = []
    base = (root or data_root()) / "profiles"
    if not base.exists():
        return []
    for card in sorted(base.glob("*/profile.json")):
        try:
            data = json.loads(card.read_text(encoding="utf-8"))
            profiles.append(Profile(str(data["server_url"]), str(data["identity"]), card.parent))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged card: the profile is simply not offered
    return profiles
