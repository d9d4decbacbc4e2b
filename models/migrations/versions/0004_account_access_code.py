"""account access code: the proof printed on the receipt; pull every account again to get it

Protocol 2 sends each account's access code (AccountOut.access_code). Accounts cached before have none:
they keep an empty one, shown as not known yet, and the sync cursor is forgotten so the next sync pulls
every account (and the rest, as on a first sync) with its code.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("access_code", sa.String(), nullable=False, server_default=""))
    op.execute("DELETE FROM meta WHERE key = 'cursor'")


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("access_code")
