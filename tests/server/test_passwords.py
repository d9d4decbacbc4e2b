"""Password hashes: the settings choose the cost of new ones, and every argon2 hash still verifies."""

from server.config import Settings
from server.security import hash_password, verify_password

STANDARD, TEST = Settings(), Settings(password_hash_cost="test")


def test_the_test_cost_is_cheap_and_the_standard_one_is_not() -> None:
    assert "$m=8,t=1,p=1$" in hash_password(TEST, "secret-1")
    assert "$m=65536,t=3,p=4$" in hash_password(STANDARD, "secret-1")


def test_a_hash_of_either_cost_verifies_under_the_other() -> None:
    for made_with, checked_with in ((STANDARD, TEST), (TEST, STANDARD)):
        stored = hash_password(made_with, "secret-1")
        assert verify_password(checked_with, stored, "secret-1")
        assert not verify_password(checked_with, stored, "secret-2")
        assert not verify_password(checked_with, None, "secret-1")
        assert not verify_password(checked_with, "not a hash", "secret-1")
