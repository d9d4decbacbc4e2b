"""Errors with a stable code for programs and a plain message for people."""


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def not_found(what: str) -> ApiError:
    # The same answer whether the thing does not exist or belongs to someone else: ids do not leak.
    return ApiError(404, "not_found", f"No such {what}.")
