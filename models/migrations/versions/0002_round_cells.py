"""round cells: what a caretaker typed on the building round, zone by zone

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "round_cell",
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("meter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("zone", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("entered_at", sa.String(), nullable=False),
        sa.Column("reading_uuid", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("period", "meter_id", "zone", name=op.f("pk_round_cell")),
    )


def downgrade() -> None:
    op.drop_table("round_cell")
