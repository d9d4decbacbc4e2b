"""The app's log blanks what could be a secret before it reaches the file or a support report."""

import pytest

from desktop_app.logs import redact

SESSION_TOKEN = "k2P9xVb7QmZr4Tn8Wy1Lc6Hd3Fs0Ga5Je_Ru-Io7Up"  # 43 characters, as the server makes them
PAYMENT_TOKEN = "Xq3_vN8kLp2aZ7mR4tY9wE1uI6oP0sDf"  # 32


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"Authorization: Bearer {SESSION_TOKEN}", "Authorization: Bearer ***"),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic ***"),
        ('{"password": "correct horse battery"}', '{"password": ***}'),
        ("password='ab,cd' and more", "password=*** and more"),
        # pydantic repeats what was typed into a field it refuses
        ("Value error [type=string_too_long, input_value='Secr3t Passw0rd!', input_type=str]",
         "Value error [type=string_too_long, input_value=***, input_type=str]"),
        (f"GET /pay/{PAYMENT_TOKEN} 200", "GET /pay/*** 200"),
        (f"a token {PAYMENT_TOKEN} alone", "a token *** alone"),
        ("synced 120 rows for customer-17 at 15:37", "synced 120 rows for customer-17 at 15:37"),
    ],
)  # fmt: skip
def test_secrets_are_blanked_and_ordinary_lines_kept(line: str, expected: str) -> None:
    assert redact(line) == expected
