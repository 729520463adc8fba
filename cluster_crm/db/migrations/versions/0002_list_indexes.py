"""Indexes that filter and sort lists at once; prefix indexes for search-as-you-type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op

from cluster_crm.db.backend import is_sqlite, rebuild_search_tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SINGLE = ("kind", "membership_status", "town_key")
COMPOSITE = {
    "ix_organisation_kind_name": ["kind", "sort_name"],
    "ix_organisation_membership_name": ["membership_status", "sort_name"],
    "ix_organisation_town_name": ["town_key", "sort_name"],
    "ix_organisation_naf_name": ["naf_code", "sort_name"],
}


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        for column in SINGLE:
            batch_op.drop_index(f"ix_organisation_{column}")
        for name, columns in COMPOSITE.items():
            batch_op.create_index(name, columns, unique=False)
    if is_sqlite(op.get_bind()):
        rebuild_search_tables(op.get_bind(), prefix_index=True)


def downgrade() -> None:
    if is_sqlite(op.get_bind()):
        rebuild_search_tables(op.get_bind(), prefix_index=False)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        for name in COMPOSITE:
            batch_op.drop_index(name)
        for column in SINGLE:
            batch_op.create_index(f"ix_organisation_{column}", [column], unique=False)
