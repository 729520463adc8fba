"""Database upkeep: integrity check, backup and restore of the SQLite file, index rebuild."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from cluster_crm.db import backend
from cluster_crm.db.database import Database
from cluster_crm.db.migrate import current_revision, head_revision
from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    expected_revision: str
    organisations: int
    contacts: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.revision == self.expected_revision


def check_database(database: Database) -> CheckReport:
    with database.engine.connect() as connection:
        problems = backend.integrity_problems(connection)
    with database.uow() as uow:
        organisations, contacts = uow.organisations.count(), uow.contacts.count()
    return CheckReport(
        revision=current_revision(database.engine),
        expected_revision=head_revision(),
        organisations=organisations,
        contacts=contacts,
        problems=tuple(problems),
    )


def _require_file(database: Database) -> Path:
    if database.file is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "Backup and restore work on a SQLite file only, not on {url}."),
            url=database.describe(),
        )
    return database.file


def backup_database(database: Database, destination: Path | None, backup_dir: Path) -> Path:
    source = _require_file(database)
    if destination is None:
        destination = backup_dir / f"{source.stem}-{database.clock.now():%Y%m%d-%H%M%S}.sqlite"
    elif destination.is_dir():
        destination = destination / f"{source.stem}-{database.clock.now():%Y%m%d-%H%M%S}.sqlite"
    return backend.backup_sqlite_file(source, destination)


def restore_database(database: Database, backup: Path, backup_dir: Path) -> Path:
    """Replace the database by ``backup`` after saving the current one; returns that safety copy."""
    target = _require_file(database)
    if not backup.is_file():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Backup file not found: {path}."), path=str(backup))
    probe = Database("sqlite:///" + str(backup.resolve()))
    try:
        with probe.engine.connect() as connection:
            problems = backend.integrity_problems(connection)
    except Exception:  # noqa: BLE001 - not a database at all
        problems = ["not a database"]
    finally:
        probe.dispose()
    if problems:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a sound Cluster CRM database."), path=str(backup)
        )
    safety = backup_database(database, None, backup_dir) if target.exists() else target
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, target)
    return safety
