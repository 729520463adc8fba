from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from cluster_crm.db.database import Database, open_database
from cluster_crm.db.migrate import MIGRATIONS, current_revision, head_revision
from tests.clock import pinned_clock


def test_an_empty_file_is_migrated_to_head_with_sqlite_settings(db_path):
    database = open_database(f"sqlite:///{db_path}", None, pinned_clock())
    tables = set(inspect(database.engine).get_table_names())
    assert {
        "organisation",
        "contact",
        "affiliation",
        "tag",
        "organisation_search",
        "contact_search",
    } <= tables
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    database.dispose()


def test_migrating_twice_changes_nothing_and_makes_no_backup(db_path, tmp_path):
    open_database(f"sqlite:///{db_path}", tmp_path / "backups", pinned_clock()).dispose()
    database = Database(f"sqlite:///{db_path}", clock=pinned_clock())
    assert database.migrate(tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    database.dispose()


def test_an_existing_database_is_backed_up_before_it_is_migrated(db_path, tmp_path):
    # GIVEN a database at an older schema (here: downgraded to the base) that holds a table of ours
    database = open_database(f"sqlite:///{db_path}", None, pinned_clock())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.execute(text("CREATE TABLE notes_of_the_user (body TEXT)"))
        connection.execute(text("INSERT INTO notes_of_the_user VALUES ('précieux')"))
    database.dispose()
    # WHEN the application opens it
    reopened = Database(f"sqlite:///{db_path}", clock=pinned_clock())
    backup = reopened.migrate(tmp_path / "backups")
    # THEN a copy of the old file was made first, and the schema is current
    assert backup is not None and backup.exists()
    copy = Database(f"sqlite:///{backup}", clock=pinned_clock())
    with copy.engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM notes_of_the_user")).scalar() == "précieux"
    copy.dispose()
    assert current_revision(reopened.engine) == head_revision()
    reopened.dispose()
