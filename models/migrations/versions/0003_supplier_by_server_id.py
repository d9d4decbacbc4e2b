"""supplier by the server's id: keep only the newest of the copies older apps kept, pull again

Before protocol field SupplierOut.id, each pulled change of the supplier's details added a row beside
the old one, and receipts read the first (old) one. The newest copy is kept as id 0, so receipts still
work offline, and the sync cursor is forgotten, so the next sync pulls the supplier (and the rest, as on
a first sync) keyed by the server's id; readers take the highest id, the server's row once it is here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 16:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM supplier WHERE id <> (SELECT MAX(id) FROM supplier)")
    op.execute("UPDATE supplier SET id = 0")
    op.execute("DELETE FROM meta WHERE key = 'cursor'")


def downgrade() -> None:
    """Nothing to restore: the rows come back with the next sync."""
