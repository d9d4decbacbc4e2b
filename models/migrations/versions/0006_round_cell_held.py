"""round cells typed while the window is closed: the day each was taken, and whether it is held

A cell confirmed while the supplier does not take readings is kept here and not queued (the server
would certainly refuse it); `held` marks it until the caretaker chooses what to do with it, and
`taken_on` is the day it was typed, shown as it is.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy of the table: nothing to rebuild, no free pages left behind.
    op.add_column("round_cell", sa.Column("taken_on", sa.String(10), nullable=True))
    op.add_column("round_cell", sa.Column("held", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("round_cell") as batch:
        batch.drop_column("held")
        batch.drop_column("taken_on")
