"""Letters written to PDF and recorded as « letter » interactions on each recipient's timeline.

Attachments: a generation of at most ``ATTACH_LIMIT`` letters (one letter, the two letters of an
introduction, a small selection) attaches to each recipient's interaction its own one-letter PDF.
A bigger batch does not copy a thousand files: each interaction names the batch file and the
letter's place in it in its notes (the batch file is the animator's to keep).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.documents.letter_model import Letterhead
from cluster_crm.domain.interactions import (
    FollowUpDraft,
    InteractionDraft,
    InteractionKind,
    clean_interaction,
)
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.attachments import remove_files
from cluster_crm.services.interactions import add_interaction
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.letters import PreparedLetter, SkippedRecord
from cluster_crm.services.progress import Cancelled, Progress

ATTACH_LIMIT = 20
_SUBJECT_MAX = 200


@dataclass(frozen=True)
class GenerationResult:
    path: Path
    letters: int
    interaction_ids: list[int]
    skipped: list[SkippedRecord]
    attached: bool  # each interaction has its own letter attached (small generations)


def generate(
    letters: list[PreparedLetter],
    path: Path,
    uow: UnitOfWork,
    attachments_dir: Path,
    follow_up: FollowUpDraft | None = None,
    skipped: list[SkippedRecord] | None = None,
    progress: Progress | None = None,
    letterhead: Letterhead | None = None,
) -> GenerationResult:
    """Write the letters into ``path``, then record each as a « letter » interaction with its
    organisation and contact (and introduction), optionally with a follow-up due on a date."""
    from cluster_crm.documents.letter_pdf import write_letters  # reportlab loads only for printing

    letterhead = letterhead or get_letterhead(uow)
    count = len(letters)
    # The bar runs over writing the PDF, then recording the interactions (each about as long).
    writing = (lambda done, total: progress(done, total + count)) if progress is not None else None
    written = write_letters([p.letter for p in letters], letterhead, path, writing)
    attach = len(letters) <= ATTACH_LIMIT
    copied: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="cluster-crm-letters-") as folder:
        singles = _single_files(letters, letterhead, Path(folder), written) if attach else []
        try:
            with uow:
                ids = []
                now = uow.clock.now().replace(second=0)
                for index, prepared in enumerate(letters):
                    if progress is not None and index % 50 == 0:
                        progress(count + index, 2 * count)
                    notes = _notes(prepared, written, index, len(letters), attach)
                    draft = InteractionDraft(
                        kind=InteractionKind.LETTER,
                        starts_at=now,
                        subject=collapse_spaces(prepared.letter.subject)[:_SUBJECT_MAX],
                        notes=notes,
                        organisation_ids=[prepared.organisation_id],
                        contact_ids=[prepared.contact_id] if prepared.contact_id else [],
                        new_attachments=[singles[index]] if attach else [],
                        follow_up=_follow_up(follow_up),
                        introduction_id=prepared.introduction_id,
                    )
                    ids.append(add_interaction(clean_interaction(draft), uow, attachments_dir, copied).id)
                uow.commit()
        except Cancelled:
            remove_files([*copied, written])  # cancelled: neither the letters nor their record stay
            raise
        except BaseException:
            remove_files(copied)
            raise
    if progress is not None:
        progress(2 * count, 2 * count)
    return GenerationResult(written, len(letters), ids, list(skipped or []), attach)


def _single_files(
    letters: list[PreparedLetter], letterhead: Letterhead, folder: Path, batch: Path
) -> list[Path]:
    """One PDF per letter, named after its recipient (the batch itself when it is one letter)."""
    from cluster_crm.documents.letter_pdf import write_letters

    if len(letters) == 1:
        return [batch]
    files = []
    for index, prepared in enumerate(letters, start=1):
        name = f"{translate('Letters', _LETTER)} {index:02d} - {prepared.recipient}"[:100].replace("/", "-")
        files.append(write_letters([prepared.letter], letterhead, folder / f"{name}.pdf"))
    return files


_LETTER = QT_TRANSLATE_NOOP("Letters", "Letter")
_NOTES_ONE = QT_TRANSLATE_NOOP("Letters", "Letter « {template} » ({file}).")
_NOTES_BATCH = QT_TRANSLATE_NOOP("Letters", "Letter « {template} », number {number} of {total} in {file}.")


def _notes(prepared: PreparedLetter, path: Path, index: int, total: int, attach: bool) -> str:
    if attach:
        return translate("Letters", _NOTES_ONE).format(template=prepared.template_name, file=path.name)
    return translate("Letters", _NOTES_BATCH).format(
        template=prepared.template_name, number=index + 1, total=total, file=str(path)
    )


def _follow_up(follow_up: FollowUpDraft | None) -> FollowUpDraft | None:
    if follow_up is None:
        return None
    return FollowUpDraft(due_date=follow_up.due_date, note=follow_up.note)


def follow_up_in(days: int, today: date, note: str = "") -> FollowUpDraft:
    """A follow-up due ``days`` from today (the CLI's and the dialogs' shortcut)."""
    return FollowUpDraft(due_date=today + timedelta(days=days), note=note)
