"""What can go wrong talking to the server, each with words a person can read."""


class SyncError(Exception):
    """Base: something stopped this exchange. `message` is for people, in the app's source language."""

    message = "Something went wrong."

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.message)
        self.detail = detail


class Offline(SyncError):
    message = "No connection to the server. Everything you enter is kept and sent later."


class LoginRequired(SyncError):
    message = "Your session has ended. Please log in again; nothing you entered is lost."


class ServerTrouble(SyncError):
    message = "The server is having trouble. Your entries are kept and will be sent later."


class BadAnswer(SyncError):
    message = "The server sent an answer this app does not understand. Your entries are kept."


class Outdated(SyncError):
    """The server no longer speaks this app's protocol version (426 `outdated_client`)."""

    message = "This app is too old for the supplier's server. Please update the app."


class Refused(SyncError):
    """The server refused a request with a reason (a 4xx answer with a code)."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
