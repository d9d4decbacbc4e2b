"""Personal data: what the cache knows of the person and their accounts, and the changes they ask for.

A new password, a new login, new contacts, e-receipts, reminders and linking accounts ask the server at
once, because the answer is the point (reminders are a setting kept on the server, which sends them: not
data typed, so nothing is queued). Contacts are where a password reset goes, so they change only online,
with the current password (older versions queued them offline; the server now refuses those with
`password_needed`, and the page offers to make them again). What the wire models refuse comes out as
`FormProblem`.
"""

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.forms import checked
from desktop_app.session import AppSession
from models.entries import settle_contact_changes
from models.schema import REJECTED, Account, LocalContactChange, Profile
from protocol import schemas


@dataclass(frozen=True)
class PersonalData:
    login: str
    surname: str
    first_name: str
    email: str | None
    phone: str | None
    accounts: list[tuple[int, str, str, bool, str | None]]  # id, number, address, e-receipt, its e-mail
    # The latest contact change an older version queued and the server refused (e-mail, phone), if any
    refused_contacts: tuple[str | None, str | None] | None = None
    remind_by_email: bool = False  # the server reminds of the submission window by e-mail / SMS
    remind_by_sms: bool = False


def personal_data(session: AppSession) -> PersonalData:
    with session.cache.session(write=False) as db:
        profile = db.scalars(select(Profile)).first()
        accounts = [
            (a.id, a.number, a.address, a.e_receipt, a.e_receipt_email)
            for a in db.scalars(select(Account).order_by(Account.id))
        ]
        refused = db.scalars(
            select(LocalContactChange)
            .where(LocalContactChange.state == REJECTED)
            .order_by(LocalContactChange.entered_at.desc())
        ).first()
    earlier = (refused.email, refused.phone) if refused is not None else None
    if profile is None:
        return PersonalData(session.login, "", "", None, None, accounts, earlier)
    return PersonalData(
        profile.login,
        profile.surname,
        profile.first_name,
        profile.email,
        profile.phone,
        accounts,
        earlier,
        bool(profile.remind_by_email),
        bool(profile.remind_by_sms),
    )


def change_contacts(session: AppSession, password: str, email: str, phone: str) -> schemas.ProfileOut:
    """New contacts on the server (an empty field: as it is), then in the cache at once."""
    with checked():
        profile = session.client.change_contacts(password, email or None, phone or None)
    with session.cache.session() as db:
        db.merge(Profile(**profile.model_dump()))
        settle_contact_changes(db)  # what an older version queued is done with now
    return profile


def set_reminders(session: AppSession, email: bool, sms: bool) -> schemas.ProfileOut:
    """Reminders of the window by e-mail and/or SMS, on the server (which sends them), then in the cache.
    Refused (`no_email`, `no_phone`) when the profile has no such contact."""
    profile = session.client.set_reminders(email, sms)
    with session.cache.session() as db:
        db.merge(Profile(**profile.model_dump()))
    return profile


def forget_refused_contacts(session: AppSession) -> None:
    """The person lets go of a contact change an older version queued and the server refused."""
    with session.cache.session() as db:
        settle_contact_changes(db)


def change_password(session: AppSession, old: str, new: str) -> None:
    with checked():
        session.client.change_password(old, new)


def change_login(session: AppSession, password: str, new_login: str) -> schemas.ProfileOut:
    with checked():
        profile = session.client.change_login(password, new_login)
    session.remember_login(profile.login)
    return profile


def set_e_receipt(session: AppSession, account_id: int, subscribed: bool, email: str | None) -> None:
    with checked():
        session.client.set_e_receipt(account_id, subscribed, email or None)


def link_account(session: AppSession, number: str, surname: str, access_code: str) -> schemas.AccountOut:
    with checked():
        return session.client.link_account(number.replace(" ", ""), surname, access_code)


def unlink_account(session: AppSession, account_id: int) -> None:
    session.client.unlink_account(account_id)
