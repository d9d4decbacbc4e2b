"""Command line of the reference server: serve, demo, and the supplier's admin tasks."""

import argparse
import logging
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from sqlalchemy import make_url, select
from sqlalchemy.orm import Session

from server import reminders
from server.admin import answer_application, install_meter, replace_meter
from server.billing import close_period
from server.changes import log_change
from server.config import Settings
from server.db import Database, upgrade
from server.errors import ApiError
from server.schema import Account, Building, CaretakerBuilding, Customer, News, OutgoingMessage
from server.security import hash_password, new_password

_opened: list[Database] = []
log = logging.getLogger(__name__)
LOG_BYTES = 10 * 1024 * 1024  # per file; the log rotates through LOG_BACKUPS older files
LOG_BACKUPS = 5


def _database(settings: Settings) -> Database:
    """The database, migrated; main() closes it when the command ends."""
    db = Database(settings.database_url)
    _opened.append(db)
    upgrade(db.engine)
    return db


def demo_database_url(data_dir: str | None) -> str:
    folder = Path(data_dir) if data_dir else Path(platformdirs.user_data_dir("personal-account-server"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'demo.sqlite3'}"


def _not_logged_twice(record: logging.LogRecord) -> bool:
    """uvicorn logs again each exception that server.main has already logged with its request."""
    from server.main import LOGGED

    error = record.exc_info[1] if record.exc_info else None
    return not getattr(error, LOGGED, False)


_SECRETS = [
    (re.compile(r"/pay/[^\s\"'?]+"), "/pay/***"),  # the acquirer page's path is the payment's token
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s'\"]+"), r"\1 ***"),
    (re.compile(r"(?i)(password|token|secret)([\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,}]+)"), r"\1\2***"),
]


class _Redacting(logging.Formatter):
    """No payment token (uvicorn's access log names /pay/<token>), bearer header or password in the log."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for pattern, replacement in _SECRETS:
            text = pattern.sub(replacement, text)
        return text


def configure_logging(settings: Settings) -> logging.Handler:
    """The served server's log: a rotating file when `log_file` is set, else stderr; uvicorn's too.

    Only the command line does this: the server inside the app logs into the app's logging tree."""
    handler: logging.Handler
    if settings.log_file:
        handler = RotatingFileHandler(
            settings.log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    else:
        handler = logging.StreamHandler()
    handler.setFormatter(_Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("uvicorn.error").addFilter(_not_logged_twice)
    return handler


def serve(settings: Settings, db: Database, host: str, port: int) -> None:
    import uvicorn

    from server.main import create_app

    configure_logging(settings)
    database = make_url(settings.database_url).render_as_string(hide_password=True)
    log.info("serving on http://%s:%s, database %s", host, port, database)
    # log_config=None: uvicorn's loggers keep no handlers of their own and write to the one above.
    # proxy_headers=False: uvicorn would believe X-Forwarded-For from loopback; settings.trusted_proxies
    # decides instead (server/deps.address).
    uvicorn.run(
        create_app(settings, db),
        host=host,
        port=port,
        log_level="info",
        log_config=None,
        proxy_headers=False,
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from server import demo

    url = args.database_url or demo_database_url(args.data_dir)
    settings = Settings.from_env(
        database_url=url, delivery="demo", public_url=f"http://{args.host}:{args.port}"
    )
    db = _database(settings)
    with db.session() as session:
        if not demo.is_seeded(session):
            print("Creating demo data (two years of history)...", flush=True)
            demo.seed(session, settings, flats=args.flats)
    print(f"Demo server at http://{args.host}:{args.port}  (database {url})")
    print(f"Demo logins, all with the password {demo.DEMO_PASSWORD!r}:")
    for name, who in (
        ("ivanova", "a flat and a dacha"),
        ("petrov", "a two-zone meter"),
        ("sidorova", "a three-zone meter"),
        (demo.CARETAKER_LOGIN, "a caretaker"),
    ):
        print(f"  {name:<10} {who}")
    print("Passwords sent by the server are printed by: python -m server mailbox")
    sys.stdout.flush()
    serve(settings, db, args.host, args.port)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    settings = Settings.from_env(**({"database_url": args.database_url} if args.database_url else {}))
    serve(settings, _database(settings), args.host, args.port)
    return 0


def _admin_settings(args: argparse.Namespace) -> Settings:
    url = args.database_url or demo_database_url(args.data_dir)
    return Settings.from_env(database_url=url)


def cmd_create_caretaker(args: argparse.Namespace) -> int:
    settings = _admin_settings(args)
    db = _database(settings)
    password = args.password or new_password()
    with db.session() as session:
        if session.scalars(select(Customer).where(Customer.login == args.login)).first():
            print(f"error: the login {args.login!r} is taken", file=sys.stderr)
            return 1
        customer = Customer(
            login=args.login,
            password_hash=hash_password(settings, password),
            role="caretaker",
            surname=args.surname,
            first_name=args.first_name,
            email=args.email,
            phone=args.phone,
            created_at=settings.now(),
        )
        session.add(customer)
        session.flush()
        log_change(session, "profile", customer.id, customer_id=customer.id)
    print(f"caretaker {args.login} created; password: {password}")
    return 0


def cmd_add_building(args: argparse.Namespace) -> int:
    db = _database(_admin_settings(args))
    with db.session() as session:
        building = Building(address=args.address, entrances=args.entrances, floors=args.floors)
        session.add(building)
        session.flush()
        log_change(session, "building", building.id, building_id=building.id)
        print(f"building {building.id}: {building.address}")
    return 0


def cmd_assign_building(args: argparse.Namespace) -> int:
    db = _database(_admin_settings(args))
    with db.session() as session:
        customer = session.scalars(select(Customer).where(Customer.login == args.login)).first()
        building = session.get(Building, args.building_id)
        if customer is None or customer.role != "caretaker":
            print(f"error: no caretaker with the login {args.login!r}", file=sys.stderr)
            return 1
        if building is None:
            print(f"error: no building {args.building_id}", file=sys.stderr)
            return 1
        if session.get(CaretakerBuilding, (customer.id, building.id)) is None:
            session.add(CaretakerBuilding(customer_id=customer.id, building_id=building.id))
        flats = session.scalars(select(Account).where(Account.building_id == building.id)).all()
        print(f"{args.login} now keeps {building.address} ({len(flats)} flats)")
    return 0


def cmd_buildings(args: argparse.Namespace) -> int:
    db = _database(_admin_settings(args))
    with db.session() as session:
        for building in session.scalars(select(Building).order_by(Building.id)):
            print(f"{building.id:>5}  {building.address}")
    return 0


def cmd_mailbox(args: argparse.Namespace) -> int:
    db = _database(_admin_settings(args))
    with db.session() as session:
        messages = session.scalars(
            select(OutgoingMessage).order_by(OutgoingMessage.id.desc()).limit(args.last)
        ).all()
        for message in reversed(messages):
            when = f"{message.created_at:%Y-%m-%d %H:%M}"
            print(f"--- {when} {message.channel} to {message.recipient}: {message.subject}")
            print(message.body)
        if not messages:
            print("(the demo mailbox is empty)")
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    settings = _admin_settings(args)
    sent = reminders.send_due(_database(settings), settings, args.today)
    print(f"{sent} reminders sent")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-15") from None


def _period(text: str) -> str:
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a period like 2026-03")
    return text


def cmd_close_month(args: argparse.Namespace) -> int:
    settings = _admin_settings(args)
    db = _database(settings)
    try:
        with db.session() as session:
            made = close_period(session, settings, args.period)
    except ApiError as error:  # the grace has not passed yet: nothing was written
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    print(f"{made} bills made for {args.period}")
    return 0


def _values(text: str) -> list[Decimal]:
    try:
        return [Decimal(part.strip()) for part in text.split(",")]
    except InvalidOperation:
        raise SystemExit(f"error: {text!r} is not a list of readings like 15 or 15,7") from None


def _admin(args: argparse.Namespace, action: Callable[[Session, Settings], str]) -> int:
    """Run a back-office action in one transaction; an ApiError is printed, not raised."""
    settings = _admin_settings(args)
    db = _database(settings)
    try:
        with db.session() as session:
            message = action(session, settings)
    except ApiError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    print(message)
    return 0


def cmd_add_account(args: argparse.Namespace) -> int:
    def action(session: Session, settings: Settings) -> str:
        if not args.number.isdigit() or len(args.oko) >= len(args.number):
            raise ApiError(400, "bad_number", "An account number is the OKO number and the household number.")
        if session.scalars(select(Account).where(Account.number == args.number)).first():
            raise ApiError(409, "account_exists", f"Account {args.number} exists.")
        building = session.get(Building, args.building) if args.building else None
        if args.building and building is None:
            raise ApiError(404, "not_found", f"No building {args.building}.")
        account = Account(
            number=args.number,
            oko_number=args.number[: len(args.oko)],
            household_number=args.number[len(args.oko) :],
            surname=args.surname,
            first_name=args.first_name,
            patronymic=args.patronymic,
            address=args.address,
            building_id=building.id if building else None,
            flat=args.flat,
            entrance=args.entrance,
            floor=args.floor,
            occupants=args.occupants,
            area_m2=Decimal(args.area),
            tariff_group=args.group,
        )
        session.add(account)
        session.flush()
        log_change(session, "account", account.id, account_id=account.id, building_id=account.building_id)
        # The access code goes on the account's receipts: the holder registers and links with it.
        return f"account {account.number} (id {account.id}), access code {account.access_code}"

    return _admin(args, action)


def cmd_install_meter(args: argparse.Namespace) -> int:
    def action(session: Session, settings: Settings) -> str:
        account = session.scalars(select(Account).where(Account.number == args.account)).first()
        if account is None:
            raise ApiError(404, "not_found", f"No account {args.account}.")
        on = date.fromisoformat(args.on) if args.on else settings.today()
        meter = install_meter(
            session, settings, account, args.serial, args.zones, args.digits, on, _values(args.initial)
        )
        return f"meter {meter.serial} (id {meter.id}) on account {account.number}"

    return _admin(args, action)


def cmd_replace_meter(args: argparse.Namespace) -> int:
    def action(session: Session, settings: Settings) -> str:
        on = date.fromisoformat(args.on) if args.on else settings.today()
        meter = replace_meter(
            session, settings, args.meter_id, args.serial, args.zones, args.digits, on, _values(args.initial)
        )
        return f"meter {args.meter_id} replaced by {meter.serial} (id {meter.id}) on {on}"

    return _admin(args, action)


def cmd_answer(args: argparse.Namespace) -> int:
    def action(session: Session, settings: Settings) -> str:
        application = answer_application(session, settings, args.application_id, args.status, args.answer)
        return f"application {application.id} is {application.status}"

    return _admin(args, action)


def cmd_add_news(args: argparse.Namespace) -> int:
    def action(session: Session, settings: Settings) -> str:
        news = News(published_at=settings.now(), title=args.title, body=args.body)
        session.add(news)
        session.flush()
        log_change(session, "news", news.id)
        return f"news {news.id} published"

    return _admin(args, action)


def cmd_upgrade(args: argparse.Namespace) -> int:
    _database(_admin_settings(args))
    print("the database is up to date")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="personal-account-server", description=__doc__)
    main.add_argument("--database-url", help="SQLAlchemy URL (default: the demo SQLite file)")
    main.add_argument("--data-dir", help="folder of the demo database")
    commands = main.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="seed demo data if needed and serve on loopback")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--flats", type=int, default=240)
    demo.set_defaults(run=cmd_demo)

    run = commands.add_parser("serve", help="serve (settings from PA_SERVER_* variables)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.set_defaults(run=cmd_serve)

    caretaker = commands.add_parser("create-caretaker", help="create a caretaker login")
    caretaker.add_argument("login")
    caretaker.add_argument("--surname", default="")
    caretaker.add_argument("--first-name", default="")
    caretaker.add_argument("--email")
    caretaker.add_argument("--phone")
    caretaker.add_argument("--password", help="default: a random one, printed")
    caretaker.set_defaults(run=cmd_create_caretaker)

    building = commands.add_parser("add-building", help="add a building")
    building.add_argument("address")
    building.add_argument("--entrances", type=int, default=1)
    building.add_argument("--floors", type=int, default=1)
    building.set_defaults(run=cmd_add_building)

    assign = commands.add_parser("assign-building", help="give a caretaker a building")
    assign.add_argument("login")
    assign.add_argument("building_id", type=int)
    assign.set_defaults(run=cmd_assign_building)

    commands.add_parser("buildings", help="list buildings").set_defaults(run=cmd_buildings)

    mailbox = commands.add_parser("mailbox", help="print the demo mailbox (passwords sent)")
    mailbox.add_argument("--last", type=int, default=20)
    mailbox.set_defaults(run=cmd_mailbox)

    close = commands.add_parser("close-month", help="bill every account for a period")
    close.add_argument("period", type=_period, help="YYYY-MM")
    close.set_defaults(run=cmd_close_month)

    remind = commands.add_parser(
        "reminders", help="send the submission window's reminders due today (once each), and say how many"
    )
    remind.add_argument("--today", type=_day, help="YYYY-MM-DD: as if today were this day")
    remind.set_defaults(run=cmd_reminders)

    account = commands.add_parser("add-account", help="open a personal account")
    account.add_argument("number", help="OKO number and household number written together")
    account.add_argument("--oko", required=True, help="the OKO number (the start of the account number)")
    account.add_argument("--surname", required=True)
    account.add_argument("--first-name", default="")
    account.add_argument("--patronymic", default="")
    account.add_argument("--address", required=True)
    account.add_argument("--building", type=int)
    account.add_argument("--flat")
    account.add_argument("--entrance", type=int)
    account.add_argument("--floor", type=int)
    account.add_argument("--occupants", type=int, default=1)
    account.add_argument("--area", default="0")
    account.add_argument("--group", default="urban", choices=["urban", "electric_stove", "rural"])
    account.set_defaults(run=cmd_add_account)

    install = commands.add_parser("install-meter", help="put a meter on an account")
    install.add_argument("account", help="account number")
    install.add_argument("--serial", required=True)
    install.add_argument("--zones", type=int, default=1, choices=[1, 2, 3])
    install.add_argument("--digits", type=int, default=5)
    install.add_argument("--initial", required=True, help="initial readings per zone, e.g. 15 or 15,7")
    install.add_argument("--on", help="YYYY-MM-DD (default today)")
    install.set_defaults(run=cmd_install_meter)

    replace = commands.add_parser("replace-meter", help="replace a meter with a new one")
    replace.add_argument("meter_id", type=int)
    replace.add_argument("--serial", required=True)
    replace.add_argument("--zones", type=int, default=1, choices=[1, 2, 3])
    replace.add_argument("--digits", type=int, default=5)
    replace.add_argument("--initial", required=True, help="initial readings per zone, e.g. 0 or 0,0")
    replace.add_argument("--on", help="YYYY-MM-DD (default today)")
    replace.set_defaults(run=cmd_replace_meter)

    answer = commands.add_parser("answer-application", help="set an application's status and answer")
    answer.add_argument("application_id", type=int)
    answer.add_argument("--status", required=True, choices=["received", "in_progress", "answered", "closed"])
    answer.add_argument("--answer")
    answer.set_defaults(run=cmd_answer)

    news = commands.add_parser("add-news", help="publish news")
    news.add_argument("title")
    news.add_argument("body")
    news.set_defaults(run=cmd_add_news)

    commands.add_parser("upgrade", help="run database migrations").set_defaults(run=cmd_upgrade)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    finally:
        while _opened:
            _opened.pop().dispose()


if __name__ == "__main__":
    raise SystemExit(main())
