"""One opened database: its engine, its migrations, and units of work on it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from cluster_crm.clock import SYSTEM_CLOCK, Clock
from cluster_crm.db.backend import create_engine_for, sqlite_file
from cluster_crm.db.migrate import upgrade_database
from cluster_crm.db.uow import UnitOfWork, session_factory


class Database:
    def __init__(self, url: str, attachments_dir: Path | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self.url = url
        self.clock = clock
        self._fallback_attachments_dir = attachments_dir or Path.home() / "cluster-crm-pieces-jointes"
        self.engine: Engine = create_engine_for(url)
        self._sessions = session_factory(self.engine)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def attachments_dir(self) -> Path:
        """Attached files live beside the database file, so that they travel with it."""
        if self.file is not None:
            return self.file.with_name(f"{self.file.stem}-pieces-jointes")
        return self._fallback_attachments_dir

    def migrate(self, backup_dir: Path | None) -> Path | None:
        return upgrade_database(self.engine, backup_dir, self.clock)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self.clock)

    def dispose(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        """Where the data is, for the window title and messages (no password shown)."""
        return str(self.file) if self.file else self.engine.url.render_as_string(hide_password=True)


def open_database(url: str, backup_dir: Path | None, clock: Clock = SYSTEM_CLOCK) -> Database:
    database = Database(url, clock=clock)
    database.migrate(backup_dir)
    return database
