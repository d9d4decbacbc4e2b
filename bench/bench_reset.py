"""Password reset: how long the answer takes for a login that exists and for one that does not (the
difference would tell an attacker which logins exist). Live delivery to a real SMTP server on loopback,
argon2 at its standard cost. Prints medians; asserts nothing.

    python bench/bench_reset.py [--runs 50] [--database-url URL]
"""

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import report
from server.config import Settings
from tests.support.live_server import Api, running, seeded
from tests.support.mail import smtp_server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="pa-bench-")
    url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
    settings = Settings(database_url=url, fixed_now=datetime.now(UTC), expose_captcha_answers=True)
    seeded(settings, 12, 3)
    kind = url.split(":")[0].split("+")[0]
    with smtp_server() as (inbox, port), running(settings) as server:
        settings.delivery, settings.smtp_port = "live", port
        api = Api(server.url)

        def once(who: str) -> float:
            captcha_id = api.post("/api/v1/auth/captcha").json()["captcha_id"]
            body = {"login_or_account": who, "captcha_id": captcha_id}
            body["captcha_answer"] = server.captcha_answer(captcha_id)
            started = time.perf_counter()
            response = api.post("/api/v1/auth/password-reset", json=body)
            elapsed = time.perf_counter() - started
            assert response.status_code == 200, response.text
            return elapsed * 1000

        existing, unknown = [], []
        for index in range(args.runs):  # interleaved, so a slow moment of the machine hits both alike
            existing.append(once("ivanova"))
            unknown.append(once(f"nobody{index}"))
        inbox.wait_for_message(args.runs)
        known_ms, unknown_ms = statistics.median(existing), statistics.median(unknown)
    report(f"reset ({kind}): existing login, median of {args.runs}", known_ms, "ms")
    report(
        f"reset ({kind}): unknown login, median of {args.runs}",
        unknown_ms,
        "ms",
        baseline=known_ms,
        baseline_what="the existing login's",
    )


if __name__ == "__main__":
    main()
