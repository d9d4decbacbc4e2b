"""News from the supplier, newest first."""

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop_app import news as service
from desktop_app.news import NewsItem
from desktop_app.session import AppSession
from ui.tasks import TaskManager
from ui.widgets import heading


class NewsPage(QWidget):
    def __init__(self, tasks: TaskManager, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.tasks = tasks
        self.cache = session.cache
        self.setAccessibleName(self.tr("News"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("News"))
        self.view.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("<h2>News</h2>")))
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.tasks.run_db(lambda: service.news(self.cache), self.show_news)

    def show_news(self, items: list[NewsItem]) -> None:
        if not items:
            self.view.setHtml(html.escape(self.tr("No news yet.")))
            return
        parts = [
            f"<h3>{html.escape(item.title)}</h3><p><i>{item.published_at.astimezone():%d.%m.%Y}</i></p>"
            f"<p>{html.escape(item.body)}</p>"
            for item in items
        ]
        self.view.setHtml("".join(parts))
