"""Captcha, registration, password reset, log-in and log-out."""

from fastapi import APIRouter, BackgroundTasks

from protocol import schemas as s
from server import auth, captcha, delivery, throttle
from server import serialize as out
from server.deps import Address, CaptchaAnswers, Database, Db, Settings, Token

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/captcha", response_model=s.CaptchaOut)
def new_captcha(sess: Db, settings: Settings, answers: CaptchaAnswers) -> s.CaptchaOut:
    return captcha.offer(sess, settings.now(), answers)


# Registration and reset open their own sessions: the captcha is used up in a transaction of its own
# first, on SQLite a request-wide writer would hold the lock that transaction needs, and argon2 runs
# before their write transactions.
@router.post("/register", response_model=s.RegisterOut)
def register(body: s.RegisterIn, database: Database, settings: Settings, where: Address) -> s.RegisterOut:
    captcha.solve(database, body.captcha_id, body.captcha_answer, settings.now())
    # Throttled per account number and per address, together with linking (the same access code).
    keys = throttle.register_keys(settings, body.account_number, where)
    throttle.guard(database, settings, keys)
    login, channel, sent_to = auth.register(
        database, settings, body.account_number, body.surname, body.access_code, body.email, body.phone
    )
    throttle.passed(database, settings, keys)
    return s.RegisterOut(login=login, channel=channel, sent_to=sent_to)


@router.post("/password-reset", response_model=s.MessageOut)
def password_reset(
    body: s.PasswordResetIn, database: Database, settings: Settings, where: Address, after: BackgroundTasks
) -> s.MessageOut:
    captcha.solve(database, body.captcha_id, body.captcha_answer, settings.now())
    # Every reset counts (each may cost an SMS), per login or account asked for and per address.
    throttle.guard(database, settings, throttle.reset_keys(settings, body.login_or_account, where))
    message = auth.reset_password(database, settings, body.login_or_account)
    if message is not None:  # sent after the answer: how long SMTP takes must not tell the login exists
        after.add_task(delivery.send_later, database, settings, message)
    return s.MessageOut(
        message="If this login exists, a new password has been sent to its e-mail or phone."
        " The old password keeps working until the new one is used."
    )


@router.post("/login", response_model=s.LoginOut)
def login(body: s.LoginIn, database: Database, settings: Settings, where: Address) -> s.LoginOut:
    token, expires, customer = auth.log_in_or_refuse(database, settings, body.login, body.password, where)
    return s.LoginOut(token=token, expires_at=expires, profile=out.profile_out(customer))


@router.post("/logout", response_model=s.MessageOut)
def logout(sess: Db, token: Token) -> s.MessageOut:
    auth.log_out(sess, token)
    return s.MessageOut(message="Logged out.")
