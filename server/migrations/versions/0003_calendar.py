"""readings judged by the calendar: reminders opt-in and sent, proof of use

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 01:20:00

Each login may opt in to reminders of the submission window by e-mail and SMS (off for everyone at
first); each reminder sent is recorded once per login, period, kind and channel; a reading remembers the
bill that used it, and an estimate why the month was estimated.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(
            sa.Column("remind_by_email", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("remind_by_sms", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("reading") as batch:
        batch.add_column(sa.Column("bill_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("estimate_reason", sa.String(length=24), nullable=True))
        batch.create_foreign_key(op.f("fk_reading_bill_id_bill"), "bill", ["bill_id"], ["id"])
    op.create_table(
        "reminder_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_reminder_sent_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_sent")),
        sa.UniqueConstraint("customer_id", "period", "kind", "channel", name="uq_reminder_sent_once"),
    )


def downgrade() -> None:
    op.drop_table("reminder_sent")
    with op.batch_alter_table("reading") as batch:
        batch.drop_constraint(op.f("fk_reading_bill_id_bill"), type_="foreignkey")
        batch.drop_column("estimate_reason")
        batch.drop_column("bill_id")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("remind_by_sms")
        batch.drop_column("remind_by_email")
