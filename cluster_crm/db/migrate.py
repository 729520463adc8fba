"""Bring a database to the current schema at start-up, backing up an existing SQLite file first."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from cluster_crm.clock import SYSTEM_CLOCK, Clock
from cluster_crm.db.backend import backup_sqlite_file, refresh_statistics, sqlite_file

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade_database(engine: Engine, backup_dir: Path | None, clock: Clock = SYSTEM_CLOCK) -> Path | None:
    """Migrate to head; returns the backup made of an existing database, if one was needed."""
    if not needs_upgrade(engine):
        return None
    backup = None
    path = sqlite_file(str(engine.url))
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables and path is not None and path.exists() and backup_dir is not None:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite_file(path, backup_dir / f"{path.stem}-avant-migration-{stamp}.sqlite")
        log.info("database backed up to %s before migration", backup)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        refresh_statistics(connection)
    log.info("database migrated to %s", head_revision())
    return backup
