"""Help: the six steps of using the personal account."""

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ui.widgets import heading


class HelpPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Help"))
        steps = [
            (
                self.tr("Log in"),
                self.tr(
                    "Use the login and password the supplier sent you by e-mail or SMS. "
                    "The app remembers you on this computer."
                ),
            ),
            (
                self.tr("Look at the home page"),
                self.tr("It shows your accounts, what is to pay, and the days when readings are taken."),
            ),
            (
                self.tr("Submit readings"),
                self.tr(
                    "Type the numbers from the meter, each zone in its own box. The app shows the "
                    "consumption and the preliminary cost, and keeps the reading even without a connection."
                ),
            ),
            (
                self.tr("Check the answer"),
                self.tr(
                    "A reading shows as waiting, then accepted. If it was not accepted, the reason is "
                    "written beside it: correct it and save it again."
                ),
            ),
            (
                self.tr("Pay"),
                self.tr(
                    "On the Bills and payments page the amount due is filled in; the bank's page opens "
                    "in your browser, and the payment shows here when it is done."
                ),
            ),
            (
                self.tr("Write to the supplier"),
                self.tr(
                    "On the Feedback page: an application, a complaint or a request to call you back. "
                    "Its status shows on the same page."
                ),
            ),
        ]
        items = "".join(f"<li><b>{html.escape(title)}.</b> {html.escape(text)}</li>" for title, text in steps)
        tips = self.tr("Text too small? Press Ctrl and +. Hard to see? View, then High contrast.")
        view = QTextBrowser()
        view.setAccessibleName(self.tr("How to use the personal account"))
        view.setHtml(f"<ol>{items}</ol><p>{html.escape(tips)}</p>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("<h2>How to use the personal account</h2>")))
        layout.addWidget(view, 1)

    def refresh(self) -> None:
        """Nothing to load: the help is the same for everyone."""
