"""Python's cycle collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate past its threshold: a database
worker, the network pool, the embedded server. If the garbage it finds holds a window or a widget (a closed
login window kept alive by a lambda connected to its own signal is such a cycle), Qt destroys that widget
off the GUI thread and the process dies with a segmentation fault, at a moment unrelated to its cause. So the
automatic collector is switched off and this timer, living in the GUI thread, does its work: it looks at the
allocation counts twice a second and collects the generations that are due, as Python would have, and
the youngest one in any case: counts are allocations net of frees, so a worker that allocates and frees a
lot would otherwise leave a cycle made meanwhile waiting for a long time.
"""

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
"""Often enough that garbage never piles up between looks; a look that collects only the youngest
generation costs microseconds."""


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("GuiThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()
        app.aboutToQuit.connect(self.collect_due)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, else the youngest; how many
        objects were unreachable."""
        counts = gc.get_count()
        for generation in (2, 1):
            if self.thresholds[generation] and counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return gc.collect(0) if counts[0] else 0


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The app's collector, created with the app the first time and the same one after."""
    found = app.findChild(GuiThreadCollector, "GuiThreadCollector")
    if isinstance(found, GuiThreadCollector):
        return found
    return GuiThreadCollector(app)
