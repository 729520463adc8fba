"""Where things live: data, logs and backups (platformdirs), the database URL, bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import PlatformDirs

from cluster_crm.clock import SYSTEM_CLOCK, Clock, FixedClock

APP_NAME = "cluster-crm"
DB_ENV_VAR = "CLUSTER_CRM_DB"
NOW_ENV_VAR = "CLUSTER_CRM_NOW"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The ``resources/`` folder, beside the package or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "cluster-crm.sqlite"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"


def user_paths() -> Paths:
    data = Path(os.environ.get("CLUSTER_CRM_HOME") or _dirs.user_data_dir)
    return Paths(data_dir=data, log_dir=data / "logs", backup_dir=data / "backups")


def database_url(explicit: str | None = None, paths: Paths | None = None) -> str:
    """The SQLAlchemy URL for ``--db`` (a path or a URL), ``CLUSTER_CRM_DB``, or the default file."""
    target = explicit or os.environ.get(DB_ENV_VAR)
    if not target:
        target = str((paths or user_paths()).default_database)
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


class InvalidClockSetting(ValueError):
    """``CLUSTER_CRM_NOW`` holds something that is not a date and time."""


def application_clock() -> Clock:
    """The machine's clock, or the moment ``CLUSTER_CRM_NOW`` names (``2026-12-04T10:00``): the whole
    application then works as on that day, to reproduce what a user saw or to pin tests."""
    pinned = os.environ.get(NOW_ENV_VAR, "").strip()
    if not pinned:
        return SYSTEM_CLOCK
    try:
        return FixedClock(datetime.fromisoformat(pinned))
    except ValueError:
        raise InvalidClockSetting(
            f"la variable {NOW_ENV_VAR} vaut « {pinned} », qui n'est pas une date et heure (AAAA-MM-JJTHH:MM)."
        ) from None
