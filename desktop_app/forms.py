"""What was typed into a form, refused before it is saved or sent: which fields are wrong, by their wire
names, so the page can say so in words and put the cursor there (pydantic stays below the UI)."""

from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import ValidationError


class FormProblem(ValueError):
    """What was typed cannot be sent; `fields` names the wire fields that are wrong."""

    def __init__(self, fields: set[str]) -> None:
        super().__init__(", ".join(sorted(fields)))
        self.fields = fields


def form_problem(error: ValidationError) -> FormProblem:
    return FormProblem({str(e["loc"][-1]) for e in error.errors() if e["loc"]})


@contextmanager
def checked() -> Iterator[None]:
    """Inside the block, a wire model refusing what was typed comes out as FormProblem."""
    try:
        yield
    except ValidationError as error:
        raise form_problem(error) from None
