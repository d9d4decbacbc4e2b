"""Separate profiles for separate logins on one PC."""

from decimal import Decimal
from pathlib import Path

from models.db import Cache
from models.entries import enter_reading
from models.profiles import known_profiles, profile_for
from models.schema import LocalReading


def test_two_logins_keep_separate_caches(tmp_path: Path) -> None:
    household = profile_for("http://127.0.0.1:8765", "ivanova", tmp_path)
    caretaker = profile_for("http://127.0.0.1:8765/", "caretaker", tmp_path)
    assert household.cache_path != caretaker.cache_path
    first = Cache(household.cache_path)
    enter_reading(first, 1, {"single": Decimal(5)})
    first.close()
    second = Cache(caretaker.cache_path)
    with second.session(write=False) as session:
        assert session.query(LocalReading).count() == 0
    second.close()
    assert profile_for("http://127.0.0.1:8765", "ivanova", tmp_path) == household
    assert {(p.identity, p.server_url) for p in known_profiles(tmp_path)} == {
        ("ivanova", "http://127.0.0.1:8765"),
        ("caretaker", "http://127.0.0.1:8765"),
    }


def test_a_damaged_profile_card_is_skipped(tmp_path: Path) -> None:
    profile = profile_for("http://x", "a", tmp_path)
    (profile.folder / "profile.json").write_text("{broken")
    assert known_profiles(tmp_path) == []
