"""The day the whole suite lives on, whatever the machine's clock says."""

from __future__ import annotations

from datetime import datetime

from cluster_crm.clock import FixedClock

REFERENCE_NOW = datetime(2026, 12, 4, 10, 0)
"""A Friday morning: the demo's year of activity runs up to it, tests' "today" is its day."""
TODAY = REFERENCE_NOW.date()


def pinned_clock() -> FixedClock:
    """A fresh clock at the reference moment (a test may move its own)."""
    return FixedClock(REFERENCE_NOW)
