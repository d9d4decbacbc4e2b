"""The theme's colours: every pair a person reads is measured, in light and high contrast."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui import theme


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_hint_in_an_empty_field_is_readable_and_never_looks_typed(
    qapp: QApplication, high_contrast: bool
) -> None:
    theme.apply(qapp, 1.0, high_contrast)
    try:
        palette = qapp.palette()
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        typed = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        assert hint != typed
        if high_contrast:  # Fusion's own light palette is left as Qt draws it
            assert theme.contrast_ratio(hint, base) >= 4.5
    finally:
        theme.apply(qapp, 1.0, False)
