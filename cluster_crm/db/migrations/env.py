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
    # The full-text tables are the engine's business (db/backend.py), not the models'.
    include_object=lambda obj, name, kind, reflected, other: not (name or "").split("_search")[1:],
)
with context.begin_transaction():
    context.run_migrations()
