"""Interactions (meetings, calls, events…) and follow-ups: their form values and their rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from cluster_crm.domain.enums import LabelledEnum
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

SUBJECT_MAX = 200
MAX_DURATION = timedelta(days=7)


class InteractionKind(LabelledEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    EVENT = "event"
    LETTER = "letter"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
            cls.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
            cls.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
            cls.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
            cls.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
            cls.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
            cls.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        }

    @property
    def needs_subject(self) -> bool:
        return self in (InteractionKind.MEETING, InteractionKind.EVENT, InteractionKind.VISIT)


@dataclass
class FollowUpDraft:
    due_date: date | None = None
    note: str = ""


@dataclass
class InteractionDraft:
    kind: InteractionKind = InteractionKind.MEETING
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    place: str = ""
    subject: str = ""
    notes: str = ""
    organisation_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    new_attachments: list[Path] = field(default_factory=list)
    follow_up: FollowUpDraft | None = None
    introduction_id: int | None = None  # the introduction this interaction belongs to


@dataclass
class CleanInteraction:
    kind: InteractionKind
    starts_at: datetime
    ends_at: datetime | None
    place: str
    subject: str
    notes: str
    organisation_ids: list[int]
    contact_ids: list[int]
    new_attachments: list[Path]
    follow_up: FollowUpDraft | None
    introduction_id: int | None = None


def clean_interaction(draft: InteractionDraft) -> CleanInteraction:
    """Check every field at once; raise ValidationFailed listing each wrong field."""
    v = Validator()
    kind = InteractionKind(draft.kind)
    subject = collapse_spaces(draft.subject)
    if not draft.starts_at:
        v.add("starts_at", QT_TRANSLATE_NOOP("Errors", "The date is required."))
    if kind.needs_subject and not subject:
        v.add(
            "subject",
            QT_TRANSLATE_NOOP("Errors", "The subject is required for this kind of interaction ({kind})."),
            kind=kind.label.lower(),
        )
    if len(subject) > SUBJECT_MAX:
        v.add(
            "subject",
            QT_TRANSLATE_NOOP("Errors", "The subject is too long ({max} characters at most)."),
            max=SUBJECT_MAX,
        )
    ends_at = draft.ends_at
    if draft.starts_at and ends_at:
        if ends_at < draft.starts_at:
            v.add("ends_at", QT_TRANSLATE_NOOP("Errors", "The end is before the start."))
        elif ends_at - draft.starts_at > MAX_DURATION:
            v.add("ends_at", QT_TRANSLATE_NOOP("Errors", "An interaction lasts a week at most."))
    if not draft.organisation_ids and not draft.contact_ids:
        v.add("participants", QT_TRANSLATE_NOOP("Errors", "Choose at least one organisation or person."))
    for path in draft.new_attachments:
        if not Path(path).is_file():
            v.add(
                "attachments",
                QT_TRANSLATE_NOOP("Errors", "This file cannot be read: {path}."),
                path=str(path),
            )
    follow_up = draft.follow_up
    if follow_up is not None:
        check_follow_up(v, follow_up, draft.starts_at)
    v.raise_if_any()
    assert draft.starts_at is not None
    return CleanInteraction(
        kind=kind,
        starts_at=draft.starts_at.replace(second=0, microsecond=0),
        ends_at=ends_at.replace(second=0, microsecond=0) if ends_at else None,
        place=collapse_spaces(draft.place),
        subject=subject,
        notes=(draft.notes or "").strip(),
        organisation_ids=list(dict.fromkeys(draft.organisation_ids)),
        contact_ids=list(dict.fromkeys(draft.contact_ids)),
        new_attachments=[Path(p) for p in draft.new_attachments],
        follow_up=follow_up,
        introduction_id=draft.introduction_id,
    )


def check_follow_up(v: Validator, follow_up: FollowUpDraft, after: datetime | None) -> None:
    if follow_up.due_date is None:
        v.add("follow_up", QT_TRANSLATE_NOOP("Errors", "The follow-up needs a due date."))
    elif after is not None and follow_up.due_date < after.date():
        v.add("follow_up", QT_TRANSLATE_NOOP("Errors", "The follow-up is due before the interaction itself."))
    follow_up.note = collapse_spaces(follow_up.note)


def add_months(day: date, months: int) -> date:
    """``add_months(date(2026, 1, 31), 1)`` → ``date(2026, 2, 28)``."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class Delay(LabelledEnum):
    """The usual "remind me in …" choices of the quick log and of postponing."""

    ONE_WEEK = "1w"
    TWO_WEEKS = "2w"
    THREE_WEEKS = "3w"
    ONE_MONTH = "1m"
    THREE_MONTHS = "3m"
    SIX_MONTHS = "6m"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.ONE_WEEK: QT_TRANSLATE_NOOP("Labels", "in 1 week"),
            cls.TWO_WEEKS: QT_TRANSLATE_NOOP("Labels", "in 2 weeks"),
            cls.THREE_WEEKS: QT_TRANSLATE_NOOP("Labels", "in 3 weeks"),
            cls.ONE_MONTH: QT_TRANSLATE_NOOP("Labels", "in 1 month"),
            cls.THREE_MONTHS: QT_TRANSLATE_NOOP("Labels", "in 3 months"),
            cls.SIX_MONTHS: QT_TRANSLATE_NOOP("Labels", "in 6 months"),
        }

    def after(self, day: date) -> date:
        amount, unit = int(self.value[:-1]), self.value[-1]
        return day + timedelta(weeks=amount) if unit == "w" else add_months(day, amount)
