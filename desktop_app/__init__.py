"""Composition root and application services of the desktop app (issue 4)."""
