"""Python's cycle collector runs on the GUI thread only.

A collection may start in whichever thread allocates at the wrong moment; if it frees a cycle that
holds a widget while a worker thread runs it, Qt destroys the widget off the GUI thread and the
process crashes. So automatic collection is turned off and a timer collects, generation by
generation as the thresholds are passed, on the GUI thread (Anki does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self._threshold[0]:
            freed += gc.collect(0)
            if second > self._threshold[1]:
                freed += gc.collect(1)
                if third > self._threshold[2]:
                    freed += gc.collect(2)
        return freed


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
