"""The HTTP client: requests with timeouts, TLS verification on, retries with backoff where it is safe.

GET, PUT and DELETE are retried on connection errors and 502/503/504. POST is retried only for the push,
where each item's UUID makes a repeat harmless.

requests (with urllib3, idna, charset_normalizer, certifi: about 50 ms) is imported by the first request,
on the network worker, not while the app opens its window.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from protocol import VERSION, VERSION_HEADER
from protocol import schemas as s
from sync.errors import BadAnswer, LoginRequired, Offline, Outdated, Refused, ServerTrouble

if TYPE_CHECKING:
    import requests

T = TypeVar("T", bound=BaseModel)
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
USER_AGENT = "personal-account-desktop/1"


IDEMPOTENT = frozenset({"GET", "PUT", "DELETE", "HEAD"})


def _session(retries: int, methods: frozenset[str] = IDEMPOTENT) -> "requests.Session":
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=0.5,
        status_forcelist=(502, 503, 504),
        allowed_methods=methods,
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    session.headers[VERSION_HEADER] = str(VERSION)
    session.verify = True
    return session


class ApiClient:
    """One server, one login. `token` is read through a callable so a new login is seen at once."""

    def __init__(
        self,
        base_url: str,
        token: Callable[[], str | None] = lambda: None,
        *,
        retries: int = 2,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self._http: requests.Session | None = None
        self._push_http: requests.Session | None = None

    @property
    def http(self) -> "requests.Session":
        if self._http is None:
            self._http = _session(self.retries)
        return self._http

    @property
    def push_http(self) -> "requests.Session":
        """UUIDs make a repeated push harmless, so it is the one POST retried."""
        if self._push_http is None:
            self._push_http = _session(self.retries, IDEMPOTENT | {"POST"})
        return self._push_http

    def close(self) -> None:
        for http in (self._http, self._push_http):
            if http is not None:
                http.close()

    # ---- the one place answers are turned into models or errors ----------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        http: "requests.Session | None" = None,
    ) -> "requests.Response":
        import requests

        headers = {}
        token = self.token() if auth else None
        if auth and not token:
            raise LoginRequired("no token")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        try:
            response = (http or self.http).request(
                method, self.base_url + path, json=json, params=params, headers=headers, timeout=self.timeout
            )
        except requests.exceptions.SSLError as exc:
            raise Offline(f"TLS: {exc}") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise Offline(str(exc)) from exc
        except requests.RequestException as exc:
            raise Offline(str(exc)) from exc
        if response.status_code == 401 and auth:
            raise LoginRequired(_code(response) or "401")
        if response.status_code == 426:
            raise Outdated(_code(response) or "426")
        if response.status_code >= 500:
            raise ServerTrouble(f"{response.status_code} from {path}")
        if response.status_code >= 400:
            detail = _detail(response)
            if detail is None:
                raise BadAnswer(f"{response.status_code} without a reason from {path}")
            retry_after = response.headers.get("Retry-After")
            raise Refused(
                response.status_code,
                detail.code,
                detail.message,
                int(retry_after) if retry_after and retry_after.isdigit() else None,
            )
        return response

    def _parse(self, response: "requests.Response", model: type[T]) -> T:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise BadAnswer(f"{response.request.path_url}: {exc.error_count()} problems") from exc

    # ---- the API ----------------------------------------------------------------------------------

    def login(self, login: str, password: str) -> s.LoginOut:
        body = s.LoginIn(login=login, password=password).model_dump()
        return self._parse(self._call("POST", "/api/v1/auth/login", json=body, auth=False), s.LoginOut)

    def logout(self) -> None:
        self._call("POST", "/api/v1/auth/logout")

    def push(self, items: list[dict[str, Any]]) -> s.PushOut:
        answer = self._parse(
            self._call("POST", "/api/v1/sync/push", json={"items": items}, http=self.push_http), s.PushOut
        )
        if [r.uuid for r in answer.results] != [str(i["uuid"]) for i in items]:
            raise BadAnswer("the push answer does not match the items sent")
        return answer

    def pull(self, cursor: str, limit: int = 1000) -> s.PullOut:
        response = self._call("GET", "/api/v1/sync/pull", params={"cursor": cursor, "limit": limit})
        return self._parse(response, s.PullOut)

    def captcha(self) -> s.CaptchaOut:
        return self._parse(self._call("POST", "/api/v1/auth/captcha", auth=False), s.CaptchaOut)

    def register(self, body: s.RegisterIn) -> s.RegisterOut:
        response = self._call("POST", "/api/v1/auth/register", json=body.model_dump(mode="json"), auth=False)
        return self._parse(response, s.RegisterOut)

    def create_payment(self, account_id: int, amount: Decimal) -> s.PaymentOut:
        """Not retried: a repeated POST would make a second payment (the user can simply try again)."""
        body = s.PaymentIn(account_id=account_id, amount=amount).model_dump(mode="json")
        return self._parse(self._call("POST", "/api/v1/payments", json=body), s.PaymentOut)

    def payment(self, payment_id: int) -> s.PaymentOut:
        return self._parse(self._call("GET", f"/api/v1/payments/{payment_id}"), s.PaymentOut)

    def change_password(self, old: str, new: str) -> None:
        body = s.ChangePasswordIn(old_password=old, new_password=new).model_dump()
        self._call("POST", "/api/v1/me/password", json=body)

    def change_login(self, password: str, new_login: str) -> s.ProfileOut:
        body = s.ChangeLoginIn(password=password, new_login=new_login).model_dump()
        return self._parse(self._call("POST", "/api/v1/me/login", json=body), s.ProfileOut)

    def change_contacts(self, password: str, email: str | None, phone: str | None) -> s.ProfileOut:
        """New contacts (None: as they are). The server asks the password and tells the previous ones."""
        body = s.ContactsIn(password=password, email=email, phone=phone).model_dump()
        return self._parse(self._call("PUT", "/api/v1/me/contacts", json=body), s.ProfileOut)

    def set_reminders(self, email: bool, sms: bool) -> s.ProfileOut:
        """Which reminders of the submission window the server sends this login (e-mail, SMS)."""
        body = s.RemindersIn(email=email, sms=sms).model_dump()
        return self._parse(self._call("PUT", "/api/v1/me/reminders", json=body), s.ProfileOut)

    def set_e_receipt(self, account_id: int, subscribed: bool, email: str | None) -> s.AccountOut:
        body = s.EReceiptIn(subscribed=subscribed, email=email).model_dump()
        return self._parse(
            self._call("PUT", f"/api/v1/accounts/{account_id}/e-receipt", json=body), s.AccountOut
        )

    def link_account(self, number: str, surname: str, access_code: str) -> s.AccountOut:
        body = s.LinkIn(account_number=number, surname=surname, access_code=access_code).model_dump()
        return self._parse(self._call("POST", "/api/v1/accounts/link", json=body), s.AccountOut)

    def unlink_account(self, account_id: int) -> None:
        self._call("DELETE", f"/api/v1/accounts/{account_id}/link")

    def password_reset(self, login_or_account: str, captcha_id: str, captcha_answer: str) -> str:
        body = s.PasswordResetIn(
            login_or_account=login_or_account, captcha_id=captcha_id, captcha_answer=captcha_answer
        ).model_dump()
        response = self._call("POST", "/api/v1/auth/password-reset", json=body, auth=False)
        return self._parse(response, s.MessageOut).message


def _detail(response: "requests.Response") -> s.ErrorOut | None:
    try:
        return s.ErrorEnvelope.model_validate_json(response.content).detail
    except ValidationError:
        return None


def _code(response: "requests.Response") -> str | None:
    detail = _detail(response)
    return detail.code if detail else None
