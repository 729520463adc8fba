"""When the demo's needs and introductions happened: anchors relative to today, stage timelines.

An anchor is a number of days before ``today``, or ``"q0:0.5"`` (that far into the elapsed part of
the current quarter) / ``"q1:0.3"`` (into the previous quarter): a quarterly report then has figures
whatever the day. Past stages fall on working days, by yesterday at the latest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cluster_crm.demo import activity_data
from cluster_crm.demo.data.needs import Anchor
from cluster_crm.domain.interactions import add_months

# The stages of an introduction's path after its proposal (see demo_data.introductions).
STAGE_LETTERS = "AIMPCX"
PROPOSED = "proposed"


@dataclass(frozen=True)
class Timeline:
    """An introduction's stages, its proposal first (``"proposed"``, then letters), and their days."""

    letters: tuple[str, ...]
    days: tuple[date, ...]

    def day_of(self, letter: str) -> date | None:
        return self.days[self.letters.index(letter)] if letter in self.letters else None

    @property
    def proposed_on(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    @property
    def ended(self) -> bool:
        return self.letters[-1] in ("C", "X")


class Calendar:
    """Turns the data's anchors into days, relative to the demo's ``today``."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        self.previous_quarter = add_months(self.quarter, -3)
        self.limit = max(today - timedelta(days=1), self.quarter)  # the latest day of a past stage

    def day(self, anchor: Anchor) -> date:
        if isinstance(anchor, int):
            return min(self.today - timedelta(days=anchor), self.limit)
        quarter, fraction = anchor.split(":")
        if quarter == "q0":
            start, end = self.quarter, self.limit
        else:
            start, end = self.previous_quarter, self.quarter - timedelta(days=1)
        return start + timedelta(days=round(float(fraction) * max(0, (end - start).days)))

    def floor(self, anchor: Anchor) -> date:
        """The first day a quarter's figures allow for this anchor (none for a number of days)."""
        if isinstance(anchor, int):
            return date.min
        return self.quarter if anchor.startswith("q0") else self.previous_quarter

    def past_working_day(self, day: date, low: date = date.min) -> date:
        return working_day(min(day, self.limit), low, self.limit)

    def timeline(self, path: str, at: Anchor) -> Timeline:
        """The days of ``path`` ("A8 I2 M15": stage letters and days since the previous stage),
        the last stage (or the one named in ``"I@26"``) on the anchor's day. Stages after an anchored
        one keep their gaps unless they would reach today; then they are compressed."""
        steps = [(token[0], int(token[1:])) for token in path.split()]
        if any(letter not in STAGE_LETTERS for letter, _ in steps):
            raise ValueError(path)
        letters = (PROPOSED, *(letter for letter, _ in steps))
        gaps = [0, *(gap for _, gap in steps)]
        anchored = len(letters) - 1
        if isinstance(at, str) and "@" in at:
            letter, rest = at.split("@")
            anchored = letters.index(letter)
            at = int(rest) if rest.isdigit() else rest
        start = self.day(at)
        raw = [start] * len(letters)
        for i in range(anchored - 1, -1, -1):
            raw[i] = raw[i + 1] - timedelta(days=gaps[i + 1])
        later = sum(gaps[anchored + 1 :])
        room = max(0, (self.limit - start).days)
        scale = min(1.0, room / later) if later else 1.0
        elapsed = 0
        for i in range(anchored + 1, len(letters)):
            elapsed += gaps[i]
            raw[i] = start + timedelta(days=round(scale * elapsed))
        low = self.floor(at)  # a quarter's figures rely on this stage: keep it in its quarter
        days: list[date] = []
        for i, day in enumerate(raw):
            floor = max(days[-1] if days else date.min, low if i == anchored else date.min)
            days.append(working_day(day, floor, self.limit))
        return Timeline(letters, tuple(days))


def works(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in activity_data.HOLIDAYS


def working_day(day: date, low: date, high: date) -> date:
    """``day`` if people work then; else the working day before it (not before ``low``), else the one
    after it (not after ``high``), else ``day`` itself."""
    for step, bound in ((-1, low), (1, high)):
        candidate = day
        for _ in range(7):
            if (candidate < bound) if step < 0 else (candidate > bound):
                break
            if works(candidate):
                return candidate
            candidate += timedelta(days=step)
    return day


def next_working_day(day: date) -> date:
    while not works(day):
        day += timedelta(days=1)
    return day
