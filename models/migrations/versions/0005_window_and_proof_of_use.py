"""the submission window by the day a reading was taken, verification, proof of use, reminders

Each meter keeps its window's days and grace (and whether an overdue verification refuses readings), each
reading the bill that used it and why a month was estimated, the profile its reminder opt-ins, and each
reading typed here the day it was taken. Rows cached before get the defaults, and the sync cursor is
forgotten so the next sync pulls everything again with the true values.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meter") as batch:
        batch.add_column(sa.Column("window_start_day", sa.Integer(), nullable=False, server_default="15"))
        batch.add_column(sa.Column("window_end_day", sa.Integer(), nullable=False, server_default="25"))
        batch.add_column(sa.Column("grace_days", sa.Integer(), nullable=False, server_default="5"))
        batch.add_column(
            sa.Column("verification_enforced", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("reading") as batch:
        batch.add_column(sa.Column("bill_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("estimate_reason", sa.String(), nullable=True))
    with op.batch_alter_table("profile") as batch:
        for name in ("remind_by_email", "remind_by_sms"):
            batch.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("local_reading") as batch:
        batch.add_column(sa.Column("taken_on", sa.String(10), nullable=True))
    op.execute("DELETE FROM meta WHERE key = 'cursor'")


def downgrade() -> None:
    with op.batch_alter_table("local_reading") as batch:
        batch.drop_column("taken_on")
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("remind_by_sms")
        batch.drop_column("remind_by_email")
    with op.batch_alter_table("reading") as batch:
        batch.drop_column("estimate_reason")
        batch.drop_column("bill_id")
    with op.batch_alter_table("meter") as batch:
        for name in ("verification_enforced", "grace_days", "window_end_day", "window_start_day"):
            batch.drop_column(name)
