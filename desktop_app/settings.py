"""Personal data: what the cache knows of the person and their accounts, and the changes they ask for.

Contacts go through the outbox (they work offline); a new password, a new login, e-receipts and
linking accounts ask the server at once, because the answer is the point. What the wire models refuse
comes out as `FormProblem`.
"""

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.forms import checked
from desktop_app.session import AppSession
from models.entries import enter_contact_change
from models.schema import Account, Profile
from protocol import schemas


@dataclass(frozen=True)
class PersonalData:
    login: str
    surname: str
    first_name: str
    email: str | None
    phone: str | None
    accounts: list[tuple[int, str, str, bool, str | None]]  # id, number, address, e-receipt, its e-mail


def personal_data(session: AppSession) -> PersonalData:
    with session.cache.session(write=False) as db:
        profile = db.scalars(select(Profile)).first()
        accounts = [
            (a.id, a.number, a.address, a.e_receipt, a.e_receipt_email)
            for a in db.scalars(select(Account).order_by(Account.id))
        ]
    if profile is None:
        return PersonalData(session.login, "", "", None, None, accounts)
    return PersonalData(
        profile.login, profile.surname, profile.first_name, profile.email, profile.phone, accounts
    )


def change_contacts(session: AppSession, email: str | None, phone: str | None) -> str:
    with checked():
        return enter_contact_change(session.cache, email=email or None, phone=phone or None).uuid


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
