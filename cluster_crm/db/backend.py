"""Everything that differs between database engines: connection set-up, full-text search, checks.

SQLite (the default, one animator on one laptop) gets WAL, foreign keys, a busy timeout and FTS5
tables; other engines get plain tables searched with LIKE, ready for PostgreSQL's own text search.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, Integer, column, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

SEARCH_TABLES = ("organisation_search", "contact_search")
BUSY_TIMEOUT_MS = 5000


def is_sqlite(url_or_engine: str | Engine | Connection) -> bool:
    if isinstance(url_or_engine, str):
        return make_url(url_or_engine).get_backend_name() == "sqlite"
    return url_or_engine.dialect.name == "sqlite"


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_engine_for(url: str) -> Engine:
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=NullPool if path is None else None,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


# --- full-text search -------------------------------------------------------------------------


def create_search_tables(connection: Connection, prefix_index: bool = True) -> None:
    """The search tables; FTS5 keeps prefix indexes so that "cl" or "cle" stay fast on 100,000 rows."""
    prefix = ", prefix = '1 2 3'" if prefix_index else ""
    for table in SEARCH_TABLES:
        if is_sqlite(connection):
            connection.execute(
                text(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
                    f"body, tokenize = 'unicode61 remove_diacritics 2'{prefix})"
                )
            )
        else:
            connection.execute(
                text(f"CREATE TABLE IF NOT EXISTS {table} (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL)")
            )


def rebuild_search_tables(connection: Connection, prefix_index: bool) -> None:
    """Recreate the search tables with or without prefix indexes, keeping their rows."""
    for table in SEARCH_TABLES:
        connection.execute(text(f"ALTER TABLE {table} RENAME TO {table}_old"))
    create_search_tables(connection, prefix_index)
    for table in SEARCH_TABLES:
        connection.execute(text(f"INSERT INTO {table} (rowid, body) SELECT rowid, body FROM {table}_old"))
        connection.execute(text(f"DROP TABLE {table}_old"))


def refresh_statistics(connection: Connection) -> None:
    """Let the query planner know the tables' sizes (after migrations and bulk loads)."""
    connection.exec_driver_sql("ANALYZE")


def drop_search_tables(connection: Connection) -> None:
    for table in SEARCH_TABLES:
        connection.execute(text(f"DROP TABLE IF EXISTS {table}"))


def replace_search_rows(connection: Connection, table: str, rows: list[tuple[int, str]]) -> None:
    """Set the indexed text (already folded) of each ``(id, body)``."""
    if not rows:
        return
    delete_search_rows(connection, table, [row_id for row_id, _ in rows])
    connection.execute(
        text(f"INSERT INTO {table} (rowid, body) VALUES (:id, :body)"),
        [{"id": row_id, "body": body} for row_id, body in rows],
    )


def delete_search_rows(connection: Connection, table: str, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(str(int(i)) for i in chunk)
        connection.execute(text(f"DELETE FROM {table} WHERE rowid IN ({marks})"))


def clear_search_table(connection: Connection, table: str) -> None:
    connection.execute(text(f"DELETE FROM {table}"))


def search_ids_sql(connection: Connection, table: str, words: list[str]):  # type: ignore[no-untyped-def]
    """A ``SELECT rowid`` matching every folded word as a prefix (FTS5) or a substring (LIKE)."""
    if is_sqlite(connection):
        query = " ".join(f'"{w}"*' for w in words)
        return (
            text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q")
            .bindparams(q=query)
            .columns(column("rowid", Integer))
        )
    clauses = " AND ".join(f"body LIKE :w{i}" for i in range(len(words)))
    params = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
    return (
        text(f"SELECT rowid FROM {table} WHERE {clauses}")
        .bindparams(**params)
        .columns(column("rowid", Integer))
    )


# --- integrity and backups ----------------------------------------------------------------------


def integrity_problems(connection: Connection) -> list[str]:
    """What the engine's own checks find wrong (empty when the database is sound)."""
    if not is_sqlite(connection):
        return []
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"{table} #{rowid} → {parent}")
    for table in SEARCH_TABLES:
        try:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except Exception as error:  # noqa: BLE001 - report, the caller decides
            problems.append(f"{table}: {error}")
    return problems


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite database (the engine's online backup, WAL included)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(destination) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return destination
