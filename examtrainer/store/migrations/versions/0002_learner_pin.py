"""learners get an optional code of their own (pin_hash)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.add_column(
            sa.Column("pin_hash", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    raise RuntimeError("examtrainer migrations are forward-only; restore a backup instead")
