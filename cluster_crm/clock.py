"""The application's one clock: every "today" and "now" is asked of it, so that tests can pin it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Local wall-clock time, naive (as stored), to the second."""
        ...

    def today(self) -> date: ...


class SystemClock:
    """The machine's clock, read at each call."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return date.today()


class FixedClock:
    """A clock that says what it is told: tests and the demo's reference date."""

    def __init__(self, at: datetime) -> None:
        self.at = at.replace(microsecond=0)

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()

    def advance(self, delta: timedelta) -> None:
        self.at += delta


SYSTEM_CLOCK = SystemClock()
