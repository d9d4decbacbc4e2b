"""Watching a card payment: asks the server every few seconds until the bank has answered, then says
so once; gives up (and says so) after ten minutes."""

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.bills import payments as service
from desktop_app.bills.payments import CardPayment
from desktop_app.session import AppSession
from ui.tasks import TaskManager

log = logging.getLogger(__name__)

POLL_MS = 3000
POLL_LIMIT = 200  # ten minutes of waiting for the bank


class PaymentWatcher(QObject):
    answered = Signal(object)  # CardPayment, succeeded or declined
    gave_up = Signal()

    def __init__(self, tasks: TaskManager, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = session
        self.pending: CardPayment | None = None
        self.polls = 0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def watch(self, payment: CardPayment) -> None:
        self.pending = payment
        self.polls = 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.pending = None

    def _poll(self) -> None:
        if self.pending is None:
            self.timer.stop()
            return
        self.polls += 1
        if self.polls > POLL_LIMIT:
            self.stop()
            self.gave_up.emit()
            return
        session, payment_id = self.session, self.pending.id
        # A failed poll is not news: the next one asks again.
        self.tasks.run_net(lambda: service.status(session, payment_id), self._checked, self._poll_failed)

    def _poll_failed(self, error: Exception) -> None:
        log.info("a payment poll failed; the next one asks again", exc_info=error)

    def _checked(self, payment: CardPayment) -> None:
        if self.pending is None or payment.id != self.pending.id or not payment.answered:
            return
        self.stop()
        self.answered.emit(payment)
