"""Reminders of the monthly submission window, for logins that opted in (PUT /me/reminders).

`change` records a login's choice; sending is added below.
"""

from sqlalchemy.orm import Session

from protocol import schemas as s
from server import auth
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import Customer


def change(database: Database, settings: Settings, token: str, *, email: bool, sms: bool) -> s.ProfileOut:
    """Set which reminders the login wants. E-mail needs an e-mail on file, SMS a phone: refused (400,
    nothing changed) otherwise. Concurrent calls each apply whole, one after the other (the login's row
    is locked), so the last one stands and the answer is always a state that was stored."""

    def write(session: Session) -> s.ProfileOut:
        found = auth.customer_for_token(session, settings, token)
        customer = session.get(Customer, found.id, with_for_update=True, populate_existing=True)
        if customer is None:  # deleted meanwhile: the token went with it
            raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
        if email and not customer.email:
            raise ApiError(
                400,
                "no_email",
                "There is no e-mail in your profile to send reminders to. Add one under contacts first.",
            )
        if sms and not customer.phone:
            raise ApiError(
                400,
                "no_phone",
                "There is no phone number in your profile to send reminders to. Add one under contacts"
                " first.",
            )
        if (customer.remind_by_email, customer.remind_by_sms) != (email, sms):
            customer.remind_by_email = email
            customer.remind_by_sms = sms
            log_change(session, "profile", customer.id, customer_id=customer.id)
        return out.profile_out(customer)

    return database.retried(write)
