"""ownership proof, case-insensitive logins, pending reset passwords, the throttle table

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:50:00

Every existing account gets a random access code (to be printed on its next receipt); a login that was
made by registration (its name is its account's number) becomes that account's owner; each login gets its
casefolded comparison key (two logins equal but for case keep apart: the later one's key gets its id
appended, and it then logs in only by the exact spelling of an administrator's rename).
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported: a migration must not change when the application's code does.
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def upgrade() -> None:
    op.create_table(
        "throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_throttle")),
    )
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("access_code", sa.String(length=16), nullable=True))
    with op.batch_alter_table("account_link") as batch:
        batch.add_column(sa.Column("owner", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("login_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("pending_password_hash", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("pending_expires_at", sa.DateTime(), nullable=True))

    connection = op.get_bind()
    account = sa.table("account", sa.column("id", sa.Integer), sa.column("access_code", sa.String))
    for (account_id,) in connection.execute(sa.select(account.c.id)).all():
        code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
        connection.execute(account.update().where(account.c.id == account_id).values(access_code=code))

    customer = sa.table(
        "customer",
        sa.column("id", sa.Integer),
        sa.column("login", sa.String),
        sa.column("login_key", sa.String),
    )
    seen: set[str] = set()
    for customer_id, login in connection.execute(
        sa.select(customer.c.id, customer.c.login).order_by(customer.c.id)
    ).all():
        key = login.casefold()[:64]
        if key in seen:
            key = f"{key[:50]}#{customer_id}"
        seen.add(key)
        connection.execute(customer.update().where(customer.c.id == customer_id).values(login_key=key))

    connection.execute(
        sa.text(
            "UPDATE account_link SET owner = :yes WHERE EXISTS (SELECT 1 FROM customer, account"
            " WHERE customer.id = account_link.customer_id AND account.id = account_link.account_id"
            " AND customer.login = account.number)"
        ).bindparams(yes=True)
    )

    with op.batch_alter_table("account") as batch:
        batch.alter_column("access_code", existing_type=sa.String(length=16), nullable=False)
    with op.batch_alter_table("customer") as batch:
        batch.alter_column("login_key", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(op.f("uq_customer_login_key"), ["login_key"])


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_constraint(op.f("uq_customer_login_key"), type_="unique")
        batch.drop_column("pending_expires_at")
        batch.drop_column("pending_password_hash")
        batch.drop_column("login_key")
    with op.batch_alter_table("account_link") as batch:
        batch.drop_column("owner")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("access_code")
    op.drop_table("throttle")
