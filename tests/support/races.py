"""Requests sent at the same instant, as a double click, a household and its caretaker, or a script does.

Each request runs in a thread of its own, all released together by a barrier, so on PostgreSQL they really
overlap in the database (SQLite serialises writers and hides most races; the tests run on both).
"""

import threading
from collections.abc import Callable, Sequence

import requests

CONCURRENT = 8
REPEATS = 5


def at_once(calls: Sequence[Callable[[], requests.Response]], timeout: float = 60) -> list[requests.Response]:
    """Run every call at the same instant; their responses in the calls' order. A call that raises fails
    the test with that exception (a dropped connection is not an answer)."""
    barrier = threading.Barrier(len(calls))
    answers: list[requests.Response | BaseException | None] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            answers[index] = calls[index]()
        except BaseException as exc:  # handed to the test below
            answers[index] = exc

    threads = [threading.Thread(target=run, args=(i,), name=f"race-{i}") for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    result: list[requests.Response] = []
    for answer in answers:
        if isinstance(answer, BaseException):
            raise answer
        assert answer is not None, "a racing request never finished"
        result.append(answer)
    return result


def statuses(responses: Sequence[requests.Response]) -> list[int]:
    """The answers' statuses, after checking that none is a server error."""
    found = [response.status_code for response in responses]
    assert not [code for code in found if code >= 500], [r.text for r in responses if r.status_code >= 500]
    return found
