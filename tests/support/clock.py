"""The test server's clock: a fixed moment inside the default submission window (15th-25th)."""

from datetime import UTC, datetime

# The seed closes the three months before this one.
TEST_NOW = datetime(2026, 3, 18, 10, 0, tzinfo=UTC)
TODAY = TEST_NOW.date()
