"""What every command of the command line shares: its French failure, its checks, its database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cluster_crm.config import Paths, application_clock
from cluster_crm.db.backend import sqlite_file
from cluster_crm.db.database import Database, open_database


class CommandFailed(Exception):
    """A command could not do its job; the message is one French line for stderr."""


def open_for_command(url: str, paths: Paths) -> Database:
    return open_database(url, paths.backup_dir, application_clock())


def check_target(target: Path, formats: tuple[str, ...], choose: str) -> None:
    if target.is_dir():
        raise CommandFailed(f"{target} est un dossier : indiquez un nom de fichier.")
    if target.suffix.lower() not in formats:
        raise CommandFailed(f"format de fichier non pris en charge : « {target.name} » ({choose}).")
    if not target.parent.is_dir():
        raise CommandFailed(f"le dossier {target.parent} n'existe pas.")


def check_database_exists(url: str) -> None:
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.exists():
        raise CommandFailed(f"la base de données {database_file} n'existe pas.")


def pdf_target(target: Path) -> Path:
    check_target(target, (".pdf",), "choisissez .pdf")
    return target


@contextmanager
def existing_database(url: str, paths: Paths) -> Iterator[Database]:
    """The database, which must exist, brought to the current schema, and closed afterwards."""
    check_database_exists(url)
    database = open_for_command(url, paths)
    try:
        yield database
    finally:
        database.dispose()
