"""The logged-in person's profile: password, login, contacts."""

from fastapi import APIRouter

from protocol import schemas as s
from server import auth, contacts
from server import serialize as out
from server.deps import Database, Db, Me, Settings, Token

router = APIRouter(prefix="/api/v1/me", tags=["me"])


@router.get("", response_model=s.ProfileOut)
def me(customer: Me) -> s.ProfileOut:
    return out.profile_out(customer)


@router.post("/password", response_model=s.MessageOut)
def change_password(
    body: s.ChangePasswordIn, sess: Db, settings: Settings, customer: Me, token: Token
) -> s.MessageOut:
    auth.change_password(sess, settings, customer, body.old_password, body.new_password, token)
    return s.MessageOut(message="The password has been changed.")


@router.post("/login", response_model=s.ProfileOut)
def change_login(body: s.ChangeLoginIn, sess: Db, settings: Settings, customer: Me) -> s.ProfileOut:
    auth.change_login(sess, settings, customer, body.password, body.new_login)
    return out.profile_out(customer)


# Its own steps (not the request's Db): argon2 and the notices run outside any write transaction.
@router.put("/contacts", response_model=s.ProfileOut)
def change_contacts(body: s.ContactsIn, database: Database, settings: Settings, token: Token) -> s.ProfileOut:
    return contacts.change_contacts(database, settings, token, body.password, body.email, body.phone)
