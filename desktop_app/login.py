"""Someone without a session: logging in is `AppSession.log_in`; this is registration, the picture code
and a new password, each one request to the server (run on the network worker)."""

import base64
from dataclasses import dataclass

from desktop_app.forms import FormProblem, checked
from protocol import schemas
from sync.client import ApiClient

__all__ = ["Captcha", "FormProblem", "Registered", "Registration", "registration"]


@dataclass(frozen=True)
class Captcha:
    captcha_id: str
    png: bytes


@dataclass(frozen=True)
class Registered:
    login: str
    channel: str  # "email" or "sms"
    sent_to: str  # the address or number, partly hidden


def registration(
    account_number: str,
    surname: str,
    access_code: str,
    email: str,
    phone: str,
    captcha_id: str,
    captcha_answer: str,
) -> schemas.RegisterIn:
    """The registration as it will be sent, checked here first; raises FormProblem."""
    with checked():
        return schemas.RegisterIn(
            account_number=account_number.replace(" ", ""),
            surname=surname,
            access_code=access_code,
            email=email.strip() or None,
            phone=phone.strip() or None,
            captcha_id=captcha_id,
            captcha_answer=captcha_answer,
        )


class Registration:
    """One dialog's conversation with the server; `close` when the dialog closes."""

    def __init__(self, server_url: str) -> None:
        self.client = ApiClient(server_url)

    def captcha(self) -> Captcha:
        answer = self.client.captcha()
        return Captcha(answer.captcha_id, base64.b64decode(answer.image_png_base64))

    def register(self, body: schemas.RegisterIn) -> Registered:
        answer = self.client.register(body)
        return Registered(answer.login, answer.channel, answer.sent_to)

    def password_reset(self, who: str, captcha_id: str, answer: str) -> None:
        with checked():
            self.client.password_reset(who, captcha_id, answer)

    def close(self) -> None:
        self.client.close()
