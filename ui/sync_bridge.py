"""Sync status from the worker thread to the GUI, coalesced: a burst of events makes one refresh."""

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sync.status import Status

COALESCE_MS = 150


class SyncBridge(QObject):
    status_changed = Signal(object)  # Status, at most once per COALESCE_MS
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: Status | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._keep)

    def post(self, status: Status) -> None:
        """Callable from any thread."""
        self._arrived.emit(status)

    @Slot(object)
    def _keep(self, status: Status) -> None:
        self._latest = status
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _flush(self) -> None:
        if self._latest is not None:
            self.status_changed.emit(self._latest)
