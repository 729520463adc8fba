"""Files attached to interactions: copied into the database's attachments folder, found again."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

from cluster_crm.db.models import Attachment
from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.dto import AttachmentView

_UNSAFE = re.compile(r"[^\w.\- ]+")


def store_copy(source: Path, attachments_dir: Path, year: int) -> Attachment:
    """Copy ``source`` under ``attachments_dir/YYYY/`` (the year it is attached) with a unique name; the row is not yet added."""
    try:
        size = source.stat().st_size
        folder = attachments_dir / f"{year}"
        folder.mkdir(parents=True, exist_ok=True)
        safe_name = _UNSAFE.sub("_", source.name)[-120:] or "fichier"
        stored = folder / f"{uuid.uuid4().hex[:12]}-{safe_name}"
        shutil.copyfile(source, stored)
    except OSError as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "This file cannot be attached ({reason}): {path}."),
            reason=error.strerror or str(error),
            path=str(source),
        ) from None
    return Attachment(file_name=source.name, stored_name=str(stored.relative_to(attachments_dir)), size=size)


def attachment_view(attachment: Attachment, attachments_dir: Path) -> AttachmentView:
    path = attachments_dir / attachment.stored_name
    return AttachmentView(attachment.id, attachment.file_name, attachment.size, path, path.is_file())


def existing_file(view: AttachmentView) -> Path:
    """The file to open, or a clear error when it has been moved or deleted outside the app."""
    if not view.path.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The attached file “{name}” is missing from {folder}."),
            name=view.file_name,
            folder=str(view.path.parent),
        )
    return view.path


def remove_files(paths: list[Path]) -> None:
    """Delete stored copies after their rows are gone (a file already missing is fine)."""
    for path in paths:
        path.unlink(missing_ok=True)
