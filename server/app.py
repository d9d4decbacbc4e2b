"""The FastAPI application: every route the app uses, and the test acquirer's page."""

import secrets
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session, selectinload

from protocol import VERSION_HEADER
from protocol import schemas as s
from protocol.tariff import TariffError, cost_for_meter
from server import access, auth, captcha, payments, readings
from server import push as push_service
from server import serialize as out
from server import sms_inbound as sms_inbound_service
from server.billing import balances, tariff_entries
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError, not_found
from server.pull import pull as pull_changes
from server.schema import (
    Account,
    AccountLink,
    Application,
    Bill,
    Building,
    Customer,
    Meter,
    News,
    Payment,
    Reading,
    Supplier,
    Tariff,
)

IdPath = Annotated[int, PathParam(ge=1, le=2_147_483_647)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": s.ErrorEnvelope} for code in (400, 401, 403, 404, 409, 422, 429)
}


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    database = db or Database(settings.database_url)
    app = FastAPI(title="Personal account reference server", version="1", responses=ERRORS)
    app.state.settings = settings
    app.state.db = database
    app.state.captcha_answers = {} if settings.expose_captcha_answers else None

    @app.middleware("http")
    async def _protocol_version(request: Request, call_next: Any) -> Any:
        """An app names its protocol version on every request; one too old is told to update, in a code
        it shows in words, rather than failing on answers it cannot read. Browsers (the acquirer's page)
        and scripts that send no version are served as today's protocol."""
        sent = request.headers.get(VERSION_HEADER)
        if sent is not None and not (
            sent.isascii() and sent.isdigit() and len(sent) < 7 and int(sent) >= settings.min_client_version
        ):
            return JSONResponse(
                {"detail": {"code": "outdated_client", "message": "Please update the app."}}, 426
            )
        return await call_next(request)

    @app.exception_handler(ApiError)
    def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(
            {"detail": {"code": error.code, "message": error.message}}, error.status, headers=error.headers
        )

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = error.errors()
        first = problems[0] if problems else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        message = (
            f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid input"))
        )
        return JSONResponse({"detail": {"code": "invalid_input", "message": message}}, 422)

    @app.exception_handler(DataError)
    def _data_error(_request: Request, _error: DataError) -> JSONResponse:
        return JSONResponse({"detail": {"code": "invalid_input", "message": "A value is out of range."}}, 422)

    def session(request: Request) -> Iterator[Session]:
        with database.session(write=request.method != "GET") as sess:
            yield sess

    # "function" scope: the transaction commits before the answer leaves, so "accepted" means stored.
    Db = Annotated[Session, Depends(session, scope="function")]

    def bearer(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token or len(token) > 200:
            raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
        return token.strip()

    Token = Annotated[str, Depends(bearer)]

    def current(sess: Db, token: Token) -> Customer:
        return auth.customer_for_token(sess, settings, token)

    Me = Annotated[Customer, Depends(current)]

    def household(me: Me) -> Customer:
        if me.role != "household":
            raise ApiError(403, "forbidden", "This is for household logins.")
        return me

    Household = Annotated[Customer, Depends(household)]

    def caretaker(me: Me) -> Customer:
        if me.role != "caretaker":
            raise ApiError(403, "forbidden", "This is for caretaker logins.")
        return me

    Caretaker = Annotated[Customer, Depends(caretaker)]

    def address(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    # ---- auth -------------------------------------------------------------------------------------------

    @app.post("/api/v1/auth/captcha", response_model=s.CaptchaOut, tags=["auth"])
    def new_captcha(sess: Db) -> s.CaptchaOut:
        captcha_id, answer, png, expires = captcha.issue(sess, settings.now())
        if app.state.captcha_answers is not None:
            app.state.captcha_answers[captcha_id] = answer
        return s.CaptchaOut(
            captcha_id=captcha_id, image_png_base64=captcha.as_base64(png), expires_at=expires
        )

    def solve_captcha(captcha_id: str, answer: str) -> None:
        with database.session() as sess:  # committed on its own: a captcha is used up right or wrong
            problem = captcha.consume(sess, captcha_id, answer, settings.now())
        if problem:
            raise problem

    @app.post("/api/v1/auth/register", response_model=s.RegisterOut, tags=["auth"])
    def register(body: s.RegisterIn) -> s.RegisterOut:
        solve_captcha(body.captcha_id, body.captcha_answer)
        with database.session() as sess:
            login, channel, sent_to = auth.register(
                sess, settings, body.account_number, body.surname, body.email, body.phone
            )
        return s.RegisterOut(login=login, channel=channel, sent_to=sent_to)

    @app.post("/api/v1/auth/password-reset", response_model=s.MessageOut, tags=["auth"])
    def password_reset(body: s.PasswordResetIn) -> s.MessageOut:
        solve_captcha(body.captcha_id, body.captcha_answer)
        with database.session() as sess:
            auth.reset_password(sess, settings, body.login_or_account)
        return s.MessageOut(
            message="If this login exists, a new password has been sent to its e-mail or phone."
        )

    @app.post("/api/v1/auth/login", response_model=s.LoginOut, tags=["auth"])
    def login(body: s.LoginIn, request: Request) -> s.LoginOut:
        where = address(request)
        with database.session() as sess:
            wait = auth.throttled(sess, settings, body.login, where)
            if wait is not None:
                raise ApiError(
                    429,
                    "too_many_attempts",
                    f"Too many wrong passwords. Please wait {max(1, wait // 60)} min. and try again.",
                    {"Retry-After": str(wait)},
                )
            result = auth.log_in(sess, settings, body.login, body.password, where)
            if result is not None:
                token, expires, customer = result
                return s.LoginOut(token=token, expires_at=expires, profile=out.profile_out(customer))
        raise ApiError(401, "wrong_credentials", "The login or password is wrong.")

    @app.post("/api/v1/auth/logout", response_model=s.MessageOut, tags=["auth"])
    def logout(sess: Db, token: Token) -> s.MessageOut:
        auth.log_out(sess, token)
        return s.MessageOut(message="Logged out.")

    # ---- me ---------------------------------------------------------------------------------------------

    @app.get("/api/v1/me", response_model=s.ProfileOut, tags=["me"])
    def me(customer: Me) -> s.ProfileOut:
        return out.profile_out(customer)

    @app.post("/api/v1/me/password", response_model=s.MessageOut, tags=["me"])
    def change_password(body: s.ChangePasswordIn, sess: Db, customer: Me, token: Token) -> s.MessageOut:
        auth.change_password(sess, customer, body.old_password, body.new_password, token)
        return s.MessageOut(message="The password has been changed.")

    @app.post("/api/v1/me/login", response_model=s.ProfileOut, tags=["me"])
    def change_login(body: s.ChangeLoginIn, sess: Db, customer: Me) -> s.ProfileOut:
        auth.change_login(sess, customer, body.password, body.new_login)
        return out.profile_out(customer)

    @app.put("/api/v1/me/contacts", response_model=s.ProfileOut, tags=["me"])
    def change_contacts(body: s.ContactsIn, sess: Db, customer: Me) -> s.ProfileOut:
        if body.email is None and body.phone is None:
            raise ApiError(400, "nothing_to_change", "Give a new e-mail or phone number.")
        push_service.change_contacts(sess, customer, body.email, body.phone)
        return out.profile_out(customer)

    # ---- reference data ------------------------------------------------------------------------------

    @app.get("/api/v1/supplier", response_model=s.SupplierOut, tags=["reference"])
    def supplier(sess: Db) -> s.SupplierOut:
        row = sess.scalars(select(Supplier).order_by(Supplier.id)).first()
        if row is None:
            raise not_found("supplier")
        return out.supplier_out(row)

    @app.get("/api/v1/tariffs", response_model=list[s.TariffOut], tags=["reference"])
    def tariffs(sess: Db) -> list[s.TariffOut]:
        rows = sess.scalars(
            select(Tariff).order_by(Tariff.group, Tariff.zone_count, Tariff.effective_from, Tariff.id)
        )
        return [out.tariff_out(t) for t in rows]

    @app.post("/api/v1/tariffs/quote", response_model=s.QuoteOut, tags=["reference"])
    def quote(body: s.QuoteIn, sess: Db) -> s.QuoteOut:
        try:
            cost = cost_for_meter(
                tariff_entries(sess),
                body.group,
                body.zone_count,
                body.on or settings.today(),
                body.consumption,
            )
        except TariffError as error:
            raise ApiError(400, "no_tariff", str(error)) from error
        return s.QuoteOut(
            lines=[
                s.QuoteLineOut(
                    zone=line.zone,
                    band_from_kwh=line.band_from_kwh,
                    band_upto_kwh=line.band_upto_kwh,
                    kwh=line.kwh,
                    price=line.price,
                    amount=line.amount,
                )
                for line in cost.lines
            ],
            total=cost.total,
        )

    @app.get("/api/v1/news", response_model=list[s.NewsOut], tags=["reference"])
    def news(sess: Db, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[s.NewsOut]:
        rows = sess.scalars(select(News).order_by(News.published_at.desc()).limit(limit))
        return [out.news_out(n) for n in rows]

    # ---- accounts ------------------------------------------------------------------------------------

    def accounts_of(sess: Session, customer: Customer) -> list[s.AccountOut]:
        links = sess.scalars(
            select(AccountLink).where(AccountLink.customer_id == customer.id).order_by(AccountLink.account_id)
        ).all()
        owed = balances(sess, [link.account_id for link in links])
        result = []
        for link in links:
            account = sess.get(Account, link.account_id)
            if account is not None:
                result.append(out.account_out(account, link, owed[account.id]))
        return result

    @app.get("/api/v1/accounts", response_model=list[s.AccountOut], tags=["accounts"])
    def accounts(sess: Db, customer: Household) -> list[s.AccountOut]:
        return accounts_of(sess, customer)

    @app.get("/api/v1/accounts/{account_id}", response_model=s.AccountOut, tags=["accounts"])
    def account(account_id: IdPath, sess: Db, customer: Household) -> s.AccountOut:
        link = access.link_of(sess, customer, account_id)
        row = access.account_for_household(sess, customer, account_id)
        return out.account_out(row, link, balances(sess, [account_id])[account_id])

    @app.post("/api/v1/accounts/link", response_model=s.AccountOut, tags=["accounts"])
    def link_account(body: s.LinkIn, sess: Db, customer: Household) -> s.AccountOut:
        row = auth.find_account(sess, body.account_number, body.surname)
        link = sess.get(AccountLink, (customer.id, row.id))
        if link is None:
            link = AccountLink(customer_id=customer.id, account_id=row.id, created_at=settings.now())
            sess.add(link)
            sess.flush()
        return out.account_out(row, link, balances(sess, [row.id])[row.id])

    @app.delete("/api/v1/accounts/{account_id}/link", response_model=s.MessageOut, tags=["accounts"])
    def unlink_account(account_id: IdPath, sess: Db, customer: Household) -> s.MessageOut:
        link = access.link_of(sess, customer, account_id)
        if len(access.linked_account_ids(sess, customer)) == 1:
            raise ApiError(
                409, "last_account", "This is the only account of this login; it cannot be removed."
            )
        sess.delete(link)
        return s.MessageOut(message="The account is no longer shown in this login.")

    @app.put("/api/v1/accounts/{account_id}/e-receipt", response_model=s.AccountOut, tags=["accounts"])
    def e_receipt(account_id: IdPath, body: s.EReceiptIn, sess: Db, customer: Household) -> s.AccountOut:
        link = access.link_of(sess, customer, account_id)
        email = body.email or customer.email
        if body.subscribed and not email:
            raise ApiError(400, "no_email", "Give an e-mail address for the electronic receipts.")
        link.e_receipt = body.subscribed
        link.e_receipt_email = email if body.subscribed else None
        log_change(sess, "account", account_id, account_id=account_id)
        row = access.account_for_household(sess, customer, account_id)
        return out.account_out(row, link, balances(sess, [account_id])[account_id])

    @app.get("/api/v1/accounts/{account_id}/meters", response_model=list[s.MeterOut], tags=["meters"])
    def meters(account_id: IdPath, sess: Db, customer: Household) -> list[s.MeterOut]:
        access.link_of(sess, customer, account_id)
        rows = sess.scalars(select(Meter).where(Meter.account_id == account_id).order_by(Meter.id))
        return [out.meter_out(m, settings, settings.today()) for m in rows]

    @app.get("/api/v1/meters/{meter_id}/readings", response_model=list[s.ReadingOut], tags=["meters"])
    def meter_readings(meter_id: IdPath, sess: Db, customer: Me) -> list[s.ReadingOut]:
        access.meter_for(sess, customer, meter_id)
        rows = sess.scalars(
            select(Reading)
            .where(Reading.meter_id == meter_id)
            .order_by(Reading.period.desc(), Reading.id.desc())
            .options(selectinload(Reading.values))
        )
        return [out.reading_out(r) for r in rows]

    @app.post("/api/v1/meters/{meter_id}/readings", response_model=s.PushResult, tags=["meters"])
    def submit_reading(meter_id: IdPath, body: s.ReadingSubmitIn, sess: Db, customer: Me) -> s.PushResult:
        item = s.ReadingItem(
            kind="reading", uuid=body.uuid, meter_id=meter_id, values=body.values, taken_on=body.taken_on
        )
        return push_service.push(sess, settings, customer, [item])[0]

    @app.post("/api/v1/meters/{meter_id}/quote", response_model=s.QuoteOut, tags=["meters"])
    def meter_quote(meter_id: IdPath, body: s.ReadingValuesIn, sess: Db, customer: Me) -> s.QuoteOut:
        """The preliminary cost of a reading before it is sent (the app computes the same offline)."""
        meter = access.meter_for(sess, customer, meter_id)
        period = f"{settings.today():%Y-%m}"
        previous = readings.previous_reading(sess, meter.id, period)
        before = {v.zone: v.value for v in previous.values} if previous else {}
        consumption = {}
        for zone, value in body.values.items():
            if zone not in before:
                raise ApiError(400, "wrong_zones", "This meter has no such zone.")
            consumption[zone] = max(value - before[zone], Decimal(0))
        row = sess.get(Account, meter.account_id)
        assert row is not None
        return quote(
            s.QuoteIn(group=row.tariff_group, zone_count=meter.zone_count, consumption=consumption), sess
        )

    # ---- bills and payments ---------------------------------------------------------------------------

    @app.get("/api/v1/accounts/{account_id}/bills", response_model=list[s.BillOut], tags=["bills"])
    def bills(account_id: IdPath, sess: Db, customer: Household) -> list[s.BillOut]:
        access.link_of(sess, customer, account_id)
        rows = sess.scalars(
            select(Bill)
            .where(Bill.account_id == account_id)
            .order_by(Bill.period.desc())
            .options(selectinload(Bill.lines))
        )
        return [out.bill_out(b) for b in rows]

    @app.get("/api/v1/bills/{bill_id}", response_model=s.BillOut, tags=["bills"])
    def bill(bill_id: IdPath, sess: Db, customer: Household) -> s.BillOut:
        return out.bill_out(access.bill_for(sess, customer, bill_id))

    @app.get("/api/v1/accounts/{account_id}/payments", response_model=list[s.PaymentOut], tags=["payments"])
    def account_payments(account_id: IdPath, sess: Db, customer: Household) -> list[s.PaymentOut]:
        access.link_of(sess, customer, account_id)
        rows = sess.scalars(
            select(Payment).where(Payment.account_id == account_id).order_by(Payment.created_at.desc())
        )
        return [out.payment_out(p, settings) for p in rows]

    @app.post("/api/v1/payments", response_model=s.PaymentOut, tags=["payments"])
    def create_payment(body: s.PaymentIn, sess: Db, customer: Household) -> s.PaymentOut:
        row = access.account_for_household(sess, customer, body.account_id)
        return out.payment_out(payments.create(sess, settings, customer.id, row, body.amount), settings)

    @app.get("/api/v1/payments/{payment_id}", response_model=s.PaymentOut, tags=["payments"])
    def payment(payment_id: IdPath, sess: Db, customer: Household) -> s.PaymentOut:
        return out.payment_out(access.payment_for(sess, customer, payment_id), settings)

    def payment_by_token(sess: Session, token: str) -> Payment:
        row = sess.scalars(select(Payment).where(Payment.token == token[:64])).first()
        if row is None:
            raise not_found("payment")
        return row

    def acquirer_page(
        sess: Session, row: Payment, error: str | None = None, status: int = 200
    ) -> HTMLResponse:
        acc = sess.get(Account, row.account_id)
        sup = sess.scalars(select(Supplier).order_by(Supplier.id)).first()
        return HTMLResponse(
            payments.page(row, acc.number if acc else "", sup.name if sup else "", error), status_code=status
        )

    @app.get("/pay/{token}", response_class=HTMLResponse, tags=["acquirer"])
    def pay_page(token: Annotated[str, PathParam(max_length=64)], sess: Db) -> HTMLResponse:
        return acquirer_page(sess, payment_by_token(sess, token))

    @app.post("/pay/{token}", response_class=HTMLResponse, tags=["acquirer"])
    def pay_submit(
        token: Annotated[str, PathParam(max_length=64)],
        card_number: Annotated[str, Form(max_length=40)],
        expiry: Annotated[str, Form(max_length=10)],
        cvc: Annotated[str, Form(max_length=10)],
        sess: Db,
    ) -> HTMLResponse:
        row = payment_by_token(sess, token)
        if row.status != "pending":
            return acquirer_page(sess, row)
        error = payments.charge(sess, settings, row, card_number)
        return acquirer_page(sess, row, error, 400 if error else 200)

    # ---- applications ---------------------------------------------------------------------------------

    @app.post("/api/v1/applications", response_model=s.PushResult, tags=["applications"])
    def create_application(body: s.ApplicationIn, sess: Db, customer: Household) -> s.PushResult:
        item = s.ApplicationItem(kind="application", uuid=body.uuid, application=body)
        return push_service.push(sess, settings, customer, [item])[0]

    @app.get("/api/v1/applications", response_model=list[s.ApplicationOut], tags=["applications"])
    def applications(sess: Db, customer: Household) -> list[s.ApplicationOut]:
        rows = sess.scalars(
            select(Application)
            .where(Application.customer_id == customer.id)
            .order_by(Application.created_at.desc())
        )
        return [out.application_out(a) for a in rows]

    @app.get("/api/v1/applications/{application_id}", response_model=s.ApplicationOut, tags=["applications"])
    def application(application_id: IdPath, sess: Db, customer: Household) -> s.ApplicationOut:
        row = sess.get(Application, application_id)
        if row is None or row.customer_id != customer.id:
            raise not_found("application")
        return out.application_out(row)

    # ---- caretakers -----------------------------------------------------------------------------------

    @app.get("/api/v1/buildings", response_model=list[s.BuildingOut], tags=["caretaker"])
    def buildings(sess: Db, customer: Caretaker) -> list[s.BuildingOut]:
        ids = access.building_ids(sess, customer)
        rows = sess.scalars(select(Building).where(Building.id.in_(ids)).order_by(Building.id))
        return [out.building_out(sess, b) for b in rows]

    @app.get("/api/v1/buildings/{building_id}/flats", response_model=list[s.FlatOut], tags=["caretaker"])
    def flats(building_id: IdPath, sess: Db, customer: Caretaker) -> list[s.FlatOut]:
        access.building_for(sess, customer, building_id)
        rows = sess.scalars(select(Account).where(Account.building_id == building_id).order_by(Account.id))
        return [out.flat_out(a) for a in rows]

    @app.get("/api/v1/buildings/{building_id}/meters", response_model=list[s.MeterOut], tags=["caretaker"])
    def building_meters(building_id: IdPath, sess: Db, customer: Caretaker) -> list[s.MeterOut]:
        access.building_for(sess, customer, building_id)
        rows = sess.scalars(
            select(Meter)
            .join(Account, Account.id == Meter.account_id)
            .where(Account.building_id == building_id)
            .order_by(Meter.id)
        )
        return [out.meter_out(m, settings, settings.today()) for m in rows]

    # ---- sync -----------------------------------------------------------------------------------------

    @app.post("/api/v1/sync/push", response_model=s.PushOut, tags=["sync"])
    def push(body: s.PushIn, sess: Db, customer: Me) -> s.PushOut:
        return s.PushOut(results=push_service.push(sess, settings, customer, list(body.items)))

    @app.get("/api/v1/sync/pull", response_model=s.PullOut, tags=["sync"])
    def pull(
        sess: Db,
        customer: Me,
        cursor: Annotated[str, Query(max_length=64)] = "",
        limit: Annotated[int, Query(ge=1, le=s.MAX_PULL_LIMIT)] = 500,
    ) -> s.PullOut:
        return pull_changes(sess, settings, customer, cursor, limit)

    # ---- SMS gateway ----------------------------------------------------------------------------------

    @app.post("/api/v1/sms/inbound", response_model=s.SmsInboundOut, tags=["sms"])
    def sms_inbound(body: s.SmsInboundIn, request: Request, sess: Db) -> s.SmsInboundOut:
        secret = settings.sms_inbound_secret
        given = request.headers.get("x-gateway-secret", "")
        if not secret or not secrets.compare_digest(given.encode(), secret.encode()):
            raise ApiError(403, "forbidden", "Only the SMS gateway may post here.")
        return sms_inbound_service.receive(sess, settings, body)

    @app.get("/api/v1/health", response_model=dict[str, str], tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok", "today": settings.today().isoformat()}

    return app
