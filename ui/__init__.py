"""Qt widgets, item models and workers of the desktop app (issue 4)."""
