"""Introductions (mises en relation): the status pipeline, outcomes, and the rules of each move."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cluster_crm.domain.enums import LabelledEnum
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

NOTE_MAX = 500
AMOUNT_MAX = 1_000_000_000
DEFAULT_CHECK_UP_MONTHS = (1, 3)


class IntroductionStatus(LabelledEnum):
    """The pipeline, in order; the last two end it."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    INTRODUCED = "introduced"
    MEETING_HELD = "meeting_held"
    IN_PROGRESS = "in_progress"
    CONCLUDED = "concluded"
    CLOSED = "closed"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
            cls.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted by both sides"),
            cls.INTRODUCED: QT_TRANSLATE_NOOP("Labels", "Introduced"),
            cls.MEETING_HELD: QT_TRANSLATE_NOOP("Labels", "Meeting held"),
            cls.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
            cls.CONCLUDED: QT_TRANSLATE_NOOP("Labels", "Concluded"),
            cls.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed without result"),
        }

    @property
    def rank(self) -> int:
        return list(IntroductionStatus).index(self)

    @property
    def is_final(self) -> bool:
        return self in (IntroductionStatus.CONCLUDED, IntroductionStatus.CLOSED)

    @property
    def needs_agreements(self) -> bool:
        """From "accepted" on (closing excepted), both sides must have said yes."""
        return IntroductionStatus.ACCEPTED.rank <= self.rank <= IntroductionStatus.CONCLUDED.rank

    @property
    def is_introduced(self) -> bool:
        return IntroductionStatus.INTRODUCED.rank <= self.rank <= IntroductionStatus.CONCLUDED.rank


class Outcome(LabelledEnum):
    CONTRACT = "contract"
    PARTNERSHIP = "partnership"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Contract signed"),
            cls.PARTNERSHIP: QT_TRANSLATE_NOOP("Labels", "Partnership"),
            cls.OTHER: QT_TRANSLATE_NOOP("Labels", "Other outcome"),
        }


class CloseReason(LabelledEnum):
    UNREACHABLE = "unreachable"
    NOT_FOR_US = "not_for_us"
    DECLINED = "declined"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.UNREACHABLE: QT_TRANSLATE_NOOP("Labels", "Unreachable"),
            cls.NOT_FOR_US: QT_TRANSLATE_NOOP("Labels", "Not for us"),
            cls.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
            cls.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
        }


@dataclass
class IntroductionDraft:
    contracting_id: int | None = None
    sme_id: int | None = None
    contracting_contact_id: int | None = None
    sme_contact_id: int | None = None
    need_id: int | None = None
    note: str = ""
    proposed_on: date | None = None


@dataclass
class StatusChange:
    """Moving an introduction to ``status`` on ``changed_on``, with what that status requires."""

    status: IntroductionStatus
    changed_on: date | None = None
    note: str = ""
    contracting_agreed_on: date | None = None
    sme_agreed_on: date | None = None
    outcome: Outcome | None = None
    amount_eur: int | None = None
    close_reason: CloseReason | None = None
    check_up_months: tuple[int, ...] = field(default_factory=lambda: DEFAULT_CHECK_UP_MONTHS)


@dataclass(frozen=True)
class PipelineState:
    """What is stored of an introduction that the rules need to judge a move."""

    status: IntroductionStatus
    status_on: date
    proposed_on: date
    contracting_agreed_on: date | None
    sme_agreed_on: date | None


def check_status_change(state: PipelineState, change: StatusChange, today: date) -> StatusChange:
    """Check a move against the pipeline's rules; return it completed (date, agreements kept),
    or raise ValidationFailed listing everything that is missing or wrong."""
    v = Validator()
    target = IntroductionStatus(change.status)
    day = change.changed_on or today
    if target is state.status:
        v.add(
            "status",
            QT_TRANSLATE_NOOP("Errors", "The introduction is already at this stage ({status})."),
            status=target.label.lower(),
        )
    if day > today:
        v.add("changed_on", QT_TRANSLATE_NOOP("Errors", "A change of stage cannot be dated in the future."))
    elif day < state.status_on:
        v.add(
            "changed_on",
            QT_TRANSLATE_NOOP("Errors", "This date is before the current stage was reached ({date})."),
            date=state.status_on.strftime("%d/%m/%Y"),
        )
    contracting = change.contracting_agreed_on or state.contracting_agreed_on
    sme = change.sme_agreed_on or state.sme_agreed_on
    if target.needs_agreements:
        if contracting is None:
            v.add(
                "contracting_agreed_on",
                QT_TRANSLATE_NOOP(
                    "Errors", "Record the day the contracting organisation agreed to the introduction."
                ),
            )
        if sme is None:
            v.add(
                "sme_agreed_on",
                QT_TRANSLATE_NOOP("Errors", "Record the day the SME agreed to the introduction."),
            )
    for field_name, agreed in (("contracting_agreed_on", contracting), ("sme_agreed_on", sme)):
        if agreed is None:
            continue
        if agreed > day and target.needs_agreements:
            v.add(
                field_name,
                QT_TRANSLATE_NOOP("Errors", "An agreement cannot come after the day of this stage."),
            )
        elif agreed < state.proposed_on:
            v.add(
                field_name,
                QT_TRANSLATE_NOOP("Errors", "An agreement cannot come before the introduction was proposed."),
            )
        elif agreed > today:
            v.add(field_name, QT_TRANSLATE_NOOP("Errors", "An agreement cannot be dated in the future."))
    if target is IntroductionStatus.CONCLUDED and change.outcome is None:
        v.add(
            "outcome",
            QT_TRANSLATE_NOOP(
                "Errors", "A concluded introduction needs its outcome (contract, partnership or other)."
            ),
        )
    if change.amount_eur is not None:
        if target is not IntroductionStatus.CONCLUDED:
            v.add("amount", QT_TRANSLATE_NOOP("Errors", "An amount goes with a concluded introduction only."))
        elif not 0 <= change.amount_eur <= AMOUNT_MAX:
            v.add("amount", QT_TRANSLATE_NOOP("Errors", "The amount is between 0 and 1,000,000,000 euros."))
    note = collapse_spaces(change.note)
    if target is IntroductionStatus.CLOSED:
        if change.close_reason is None:
            v.add(
                "close_reason",
                QT_TRANSLATE_NOOP("Errors", "Say why the introduction is closed without result."),
            )
        elif change.close_reason is CloseReason.OTHER and not note:
            v.add("note", QT_TRANSLATE_NOOP("Errors", "Explain the other reason in the note."))
    if len(note) > NOTE_MAX:
        v.add(
            "note",
            QT_TRANSLATE_NOOP("Errors", "The note is too long ({max} characters at most)."),
            max=NOTE_MAX,
        )
    if any(m < 1 or m > 24 for m in change.check_up_months):
        v.add(
            "check_up",
            QT_TRANSLATE_NOOP("Errors", "Check-ups are between 1 and 24 months after the introduction."),
        )
    v.raise_if_any()
    return StatusChange(
        status=target,
        changed_on=day,
        note=note,
        contracting_agreed_on=contracting,
        sme_agreed_on=sme,
        outcome=Outcome(change.outcome)
        if target is IntroductionStatus.CONCLUDED and change.outcome
        else None,
        amount_eur=change.amount_eur if target is IntroductionStatus.CONCLUDED else None,
        close_reason=CloseReason(change.close_reason)
        if target is IntroductionStatus.CLOSED and change.close_reason
        else None,
        check_up_months=tuple(sorted(set(change.check_up_months))),
    )


def parse_check_up_months(text: str) -> tuple[int, ...]:
    """``"1, 3"`` → ``(1, 3)``; ValueError on anything else than whole numbers of months."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    months = tuple(sorted({int(p) for p in parts}))
    if any(m < 1 or m > 24 for m in months):
        raise ValueError(text)
    return months
