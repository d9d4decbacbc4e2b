"""Where the repository is, for tests that start a fresh interpreter or read files beside the code."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
