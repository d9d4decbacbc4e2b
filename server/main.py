"""The FastAPI application put together: state, protocol-version check, error answers, the routers.

The routes live in `server.routers` (one module per OpenAPI tag), what they depend on in `server.deps`,
and the work in the service modules beside this one.
"""

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from protocol import VERSION_HEADER
from server import reminders
from server.config import Settings
from server.db import Database
from server.deps import ERRORS
from server.errors import ApiError
from server.routers import ROUTERS

log = logging.getLogger(__name__)
# Set on an exception this module has logged, so the server's log can drop uvicorn's second traceback.
LOGGED = "logged_by_server"


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    app = FastAPI(
        title="Personal account reference server", version="1", responses=ERRORS, lifespan=_lifespan
    )
    app.state.settings = settings
    app.state.db = db or Database(settings.database_url)
    app.state.captcha_answers = {} if settings.expose_captcha_answers else None
    app.middleware("http")(_protocol_version)
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(RequestValidationError)(_invalid)
    app.exception_handler(StarletteHTTPException)(_http_error)
    app.exception_handler(DataError)(_data_error)
    app.exception_handler(Exception)(_unexpected)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


async def _remind(app: FastAPI) -> None:
    """Send the window's reminders now and then, in a worker thread (SMTP blocks), for as long as the
    server runs; a failed run is logged and the next one tries again."""
    settings: Settings = app.state.settings
    while True:
        try:
            sent = await asyncio.to_thread(reminders.send_due, app.state.db, settings)
            if sent:
                log.info("%d reminders of the submission window sent", sent)
        except Exception:
            log.exception("sending the window's reminders failed; trying again later")
        await asyncio.sleep(settings.reminders_interval)


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    task = asyncio.create_task(_remind(app)) if app.state.settings.reminders_interval > 0 else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class BodyLimit:
    """No request body over `limit` bytes is read whole into memory: a declared length over it is
    answered 413 at once; a body sent in chunks is read up to the limit first (memory bounded by it)
    and answered 413 as soon as it passes, else handed on as if it had just arrived."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.limit:
                await _too_large()(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _too_large()(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


def _too_large() -> JSONResponse:
    return _envelope(413, "too_large", "The request is too large.")


def _envelope(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": {"code": code, "message": message}}, status, headers=headers)


async def _protocol_version(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """An app names its protocol version on every request; one too old is told to update, in a code
    it shows in words, rather than failing on answers it cannot read. Browsers (the acquirer's page)
    and scripts that send no version are served as today's protocol."""
    settings: Settings = request.app.state.settings
    sent = request.headers.get(VERSION_HEADER)
    if sent is not None and not (
        sent.isascii() and sent.isdigit() and len(sent) < 7 and int(sent) >= settings.min_client_version
    ):
        return _envelope(426, "outdated_client", "Please update the app.")
    return await call_next(request)


def _api_error(_request: Request, error: ApiError) -> JSONResponse:
    return _envelope(error.status, error.code, error.message, error.headers)


# A body that is not a JSON object at all, in words rather than pydantic's ("1: JSON decode error").
BODY_PROBLEMS = {
    "json_invalid": "The request body is not valid JSON.",
    "missing": "The request has no body: send a JSON object.",
    "model_attributes_type": "The request body must be a JSON object, sent as application/json.",
}
# Starlette's own refusals (no such route, a method the route does not take, a form it cannot read).
HTTP_PROBLEMS = {
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not take this method."),
}


def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = error.errors()
    first = problems[0] if problems else {}
    kind, loc = first.get("type"), tuple(first.get("loc", ()))
    if kind == "json_invalid" or (loc == ("body",) and kind in BODY_PROBLEMS):
        return _envelope(422, "invalid_input", BODY_PROBLEMS[str(kind)])
    where = ".".join(str(p) for p in loc if p not in ("body", "query", "path"))
    message = f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid input"))
    return _envelope(422, "invalid_input", message)


def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
    """Routing's and form parsing's errors in the same envelope as the rest."""
    if error.status_code >= 500:
        return _envelope(error.status_code, "internal", "Something went wrong on the server.")
    code, message = HTTP_PROBLEMS.get(error.status_code, ("invalid_input", "The request could not be read."))
    headers = dict(error.headers) if error.headers else {}
    if error.status_code == 405:
        headers["Allow"] = _allowed(request)
    return _envelope(error.status_code, code, message, headers or None)


def _allowed(request: Request) -> str:
    """The methods of this address, as the OpenAPI document lists them. Starlette names only those of
    the first route whose pattern matched (GET for /pay/{token}, which takes POST too; the DELETE of
    /accounts/{id} for /accounts/link): here those of the most literal documented path that matches."""
    path = request.url.path
    matched: dict[str, list[str]] = {}
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            matched[template] = [method.upper() for method in operations]
    if not matched:
        return ""
    literal = min(matched, key=lambda template: (template.count("{"), template))
    return ", ".join(sorted(matched[literal]))


def _data_error(_request: Request, _error: DataError) -> JSONResponse:
    return _envelope(422, "invalid_input", "A value is out of range.")


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    """A bug: logged with its traceback, answered in the usual envelope. Starlette re-raises it after."""
    route = request.scope.get("route")
    where = getattr(route, "path", "?")  # the route's pattern: a path may hold a payment's token
    log.error("%s %s failed", request.method, where, exc_info=error)
    with contextlib.suppress(AttributeError):
        setattr(error, LOGGED, True)
    return _envelope(500, "internal", "Something went wrong on the server. Please try again later.")
