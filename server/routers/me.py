"""The logged-in person's profile: password, login, contacts."""

from fastapi import APIRouter

from protocol import schemas as s
from server import auth, contacts, reminders
from server import serialize as out
from server.deps import Database, Me, Settings, Token

router = APIRouter(prefix="/api/v1/me", tags=["me"])


@router.get("", response_model=s.ProfileOut)
def me(customer: Me) -> s.ProfileOut:
    return out.profile_out(customer)


# These three ask for the current password: their own steps (not the request's Db), so argon2 (and the
# notices) run outside any write transaction, and wrong passwords are throttled per login.
@router.post("/password", response_model=s.MessageOut)
def change_password(
    body: s.ChangePasswordIn, database: Database, settings: Settings, token: Token
) -> s.MessageOut:
    auth.change_password(database, settings, token, body.old_password, body.new_password)
    return s.MessageOut(message="The password has been changed.")


@router.post("/login", response_model=s.ProfileOut)
def change_login(body: s.ChangeLoginIn, database: Database, settings: Settings, token: Token) -> s.ProfileOut:
    return auth.change_login(database, settings, token, body.password, body.new_login)


@router.put("/contacts", response_model=s.ProfileOut)
def change_contacts(body: s.ContactsIn, database: Database, settings: Settings, token: Token) -> s.ProfileOut:
    return contacts.change_contacts(database, settings, token, body.password, body.email, body.phone)


@router.put("/reminders", response_model=s.ProfileOut)
def change_reminders(
    body: s.RemindersIn, database: Database, settings: Settings, token: Token
) -> s.ProfileOut:
    """Opt in or out of the window's reminders (e-mail, SMS); a channel needs its contact on file."""
    return reminders.change(database, settings, token, email=body.email, sms=body.sms)
