"""Use cases on letter templates: the shipped French library (installed when first listed), the
animator's own templates, edited, duplicated, deleted or reset."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy.exc import IntegrityError

from cluster_crm.config import resource_path
from cluster_crm.db.models import LetterTemplate
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.errors import DomainError, NotFound, Validator
from cluster_crm.domain.letter_markup import normalise_body
from cluster_crm.domain.letter_templates import TemplateText, unknown_fields
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

LIBRARY = ("letters", "library.json")
PURPOSES = ("interaction", "introduction", "general")
NAME_MAX = 120
SUBJECT_MAX = 300


@dataclass(frozen=True)
class LetterTemplateView:
    id: int
    key: str | None  # set for the shipped templates (they can be reset, not deleted)
    name: str
    purpose: str  # "interaction", "introduction" or "general"
    subject: str
    body: str  # safe markup (letter_markup): load it into a QTextEdit with setHtml
    closing: str

    @property
    def shipped(self) -> bool:
        return self.key is not None

    @property
    def text(self) -> TemplateText:
        return TemplateText(self.subject, self.body, self.closing)


@dataclass
class TemplateDraft:
    name: str = ""
    subject: str = ""
    body: str = ""  # safe markup, or a QTextEdit's HTML passed through from_qt_html first
    closing: str = ""
    purpose: str = "general"


@lru_cache(maxsize=1)
def shipped_library() -> tuple[dict[str, str], ...]:
    with resource_path(*LIBRARY).open(encoding="utf-8") as file:
        return tuple(json.load(file)["templates"])


def install_library(uow: UnitOfWork) -> int:
    """Add the shipped templates whose key is missing (edited ones are kept); how many were added."""
    with uow:
        added = _install_missing(uow)
        uow.commit()
        return added


def _install_missing(uow: UnitOfWork) -> int:
    present = uow.letter_templates.keys()
    taken = {t.name.casefold() for t in uow.letter_templates.all()}
    added = 0
    for shipped in shipped_library():
        if shipped["key"] in present:
            continue
        name = shipped["name"]
        while name.casefold() in taken:  # the animator gave a template of theirs this very name
            name += " *"
        uow.letter_templates.add(
            LetterTemplate(**{**_fields_of(shipped), "key": shipped["key"], "name": name})
        )
        taken.add(name.casefold())
        added += 1
    if added:
        uow.flush()
    return added


def _ensure_library(uow: UnitOfWork) -> None:
    """Install the shipped templates the first time they are needed. Two windows (or two users)
    may ask at once: the one that loses the race finds them installed by the other."""
    try:
        if _install_missing(uow):
            uow.commit()
    except IntegrityError:
        uow.session.rollback()


def list_templates(uow: UnitOfWork) -> list[LetterTemplateView]:
    with uow:
        _ensure_library(uow)
        return [template_view(t) for t in uow.letter_templates.all()]


def get_template(template_id: int, uow: UnitOfWork) -> LetterTemplateView:
    with uow:
        return template_view(uow.letter_templates.get(template_id))


def find_template(key_or_name: str, uow: UnitOfWork) -> LetterTemplateView:
    """A template by its key (« follow_up ») or its name (« Suivi de rendez-vous »)."""
    with uow:
        _ensure_library(uow)
        template = uow.letter_templates.find(key_or_name)
        if template is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no letter template named “{name}”."), name=key_or_name
            )
        return template_view(template)


def save_template(
    draft: TemplateDraft, uow: UnitOfWork, template_id: int | None = None
) -> LetterTemplateView:
    """Create (no id) or update a template; an unknown field is refused by name."""
    name = collapse_spaces(draft.name)
    body = normalise_body(draft.body)
    subject = collapse_spaces(draft.subject)
    closing = collapse_spaces(draft.closing)
    v = Validator()
    if not name:
        v.add("name", QT_TRANSLATE_NOOP("Errors", "The template needs a name."))
    elif len(name) > NAME_MAX:
        v.add(
            "name",
            QT_TRANSLATE_NOOP("Errors", "The name is too long ({max} characters at most)."),
            max=NAME_MAX,
        )
    if len(subject) > SUBJECT_MAX:
        v.add(
            "subject",
            QT_TRANSLATE_NOOP("Errors", "The subject is too long ({max} characters at most)."),
            max=SUBJECT_MAX,
        )
    if not body:
        v.add("body", QT_TRANSLATE_NOOP("Errors", "The letter has no text."))
    for part, text in (("subject", subject), ("body", body), ("closing", closing)):
        unknown = unknown_fields(text)
        if unknown:
            v.add(part, QT_TRANSLATE_NOOP("Errors", "Unknown field(s): {names}."), names=", ".join(unknown))
    purpose = draft.purpose if draft.purpose in PURPOSES else "general"
    with uow:
        other = uow.letter_templates.by_name(name) if name else None
        if other is not None and other.id != template_id:
            v.add(
                "name", QT_TRANSLATE_NOOP("Errors", "Another template is already named “{name}”."), name=name
            )
        v.raise_if_any()
        template = uow.letter_templates.get(template_id) if template_id is not None else LetterTemplate()
        template.name, template.subject, template.body = name, subject, body
        template.closing, template.purpose = closing, purpose
        if template_id is None:
            uow.letter_templates.add(template)
        uow.commit()
        return template_view(template)


def duplicate_template(template_id: int, uow: UnitOfWork) -> LetterTemplateView:
    """A copy of the animator's own (no key), named « … (copie) », « … (copie 2) »…"""
    with uow:
        source = uow.letter_templates.get(template_id)
        base = f"{source.name} (copie"
        name, number = f"{base})", 1
        while uow.letter_templates.by_name(name) is not None:
            number += 1
            name = f"{base} {number})"
        copy = LetterTemplate(
            name=name[:NAME_MAX],
            purpose=source.purpose,
            subject=source.subject,
            body=source.body,
            closing=source.closing,
        )
        uow.letter_templates.add(copy)
        uow.commit()
        return template_view(copy)


def delete_template(template_id: int, uow: UnitOfWork) -> None:
    with uow:
        template = uow.letter_templates.get(template_id)
        if template.key is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” comes with the application: it can be reset, not deleted."
                ),
                name=template.name,
            )
        uow.letter_templates.delete(template)
        uow.commit()


def reset_template(template_id: int, uow: UnitOfWork) -> LetterTemplateView:
    """Put a shipped template back as it came with the application (its name included)."""
    with uow:
        template = uow.letter_templates.get(template_id)
        shipped = next((s for s in shipped_library() if s["key"] == template.key), None)
        if shipped is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” is one of your own templates: there is nothing to reset."
                ),
                name=template.name,
            )
        other = uow.letter_templates.by_name(shipped["name"])
        if other is None or other.id == template.id:
            template.name = shipped["name"]
        for attribute, value in _fields_of(shipped).items():
            setattr(template, attribute, value)
        uow.commit()
        return template_view(template)


def _fields_of(shipped: dict[str, str]) -> dict[str, str]:
    return {
        "purpose": shipped.get("purpose", "general"),
        "subject": shipped["subject"],
        "body": normalise_body(shipped["body"]),
        "closing": shipped["closing"],
    }


def template_view(template: LetterTemplate) -> LetterTemplateView:
    return LetterTemplateView(
        id=template.id,
        key=template.key,
        name=template.name,
        purpose=template.purpose,
        subject=template.subject,
        body=template.body,
        closing=template.closing,
    )
