"""Test set-up: every test runs offscreen, with its own settings, data folder and SQLite file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_session_home = Path(tempfile.mkdtemp(prefix="cluster-crm-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")  # QSettings lands here
os.environ["CLUSTER_CRM_HOME"] = str(_session_home / "data")
os.environ.pop("CLUSTER_CRM_DB", None)
os.environ["CLUSTER_CRM_NOW"] = "2026-12-04T10:00"  # the command line in a subprocess: tests.clock

from cluster_crm import i18n  # noqa: E402
from cluster_crm.db.database import Database, open_database  # noqa: E402
from tests.clock import pinned_clock  # noqa: E402


@pytest.fixture(autouse=True)
def _french_core_messages():
    """Core messages in French, as on the command line (a GUI test may switch to Qt's translator)."""
    i18n.set_translator(i18n.catalogue_translator("fr"), "fr")
    yield
    i18n.set_translator(i18n.catalogue_translator("fr"), "fr")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite"


@pytest.fixture
def database(db_path: Path):
    database = open_database(f"sqlite:///{db_path}", db_path.parent / "backups", pinned_clock())
    yield database
    database.dispose()


@pytest.fixture
def new_uow(database: Database):
    return database.uow
