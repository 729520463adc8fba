"""Alembic environment: runs on the connection handed over by cluster_crm.db.migrate."""

from alembic import context

from cluster_crm.db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
