"""What every window needs: the open database, the user's folders, settings and the data bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from cluster_crm.clock import Clock
from cluster_crm.config import Paths
from cluster_crm.db.database import Database
from cluster_crm.db.uow import UnitOfWork


class DataBus(QObject):
    sig_data_changed = Signal(str)
    """Emitted after a user action changed stored data; the argument names what (``"all"``,
    ``"organisations"``, ``"contacts"``). Every open view refreshes itself from it."""


@dataclass
class AppContext:
    database: Database
    paths: Paths
    settings: QSettings
    bus: DataBus

    def uow(self) -> UnitOfWork:
        return self.database.uow()

    @property
    def clock(self) -> Clock:
        """The application's one clock (the database's): every "today" on screen comes from it."""
        return self.database.clock
