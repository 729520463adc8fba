"""What every window needs: the door to the core, the user's folders, settings and the data bus."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from cluster_crm.clock import Clock
from cluster_crm.config import Paths
from cluster_crm.ui.ops import DataBus, OpenedDatabase, Ops

__all__ = ["AppContext", "DataBus"]


@dataclass
class AppContext:
    database: OpenedDatabase
    """The opened database, reached through ``ops`` only (tests may open units of work on it)."""
    paths: Paths
    settings: QSettings
    bus: DataBus
    ops: Ops = field(init=False)

    def __post_init__(self) -> None:
        self.ops = Ops(self.database, self.bus)

    @property
    def clock(self) -> Clock:
        """The application's one clock (the database's): every "today" on screen comes from it."""
        return self.database.clock

    @property
    def attachments_dir(self):  # noqa: ANN201 - a Path
        return self.database.attachments_dir

    def describe_database(self) -> str:
        return self.database.describe()
