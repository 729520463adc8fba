"""Repository of letter templates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cluster_crm.db.models import LetterTemplate
from cluster_crm.domain.errors import NotFound
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP


class LetterTemplateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, template_id: int) -> LetterTemplate:
        template = self.session.get(LetterTemplate, template_id)
        if template is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Letter template #{id} does not exist."), id=template_id
            )
        return template

    def find(self, key_or_name: str) -> LetterTemplate | None:
        """By its key (shipped templates) or its name, ignoring case and accents."""
        wanted = fold(collapse_spaces(key_or_name))
        for template in self.all():
            if template.key == key_or_name or fold(template.name) == wanted:
                return template
        return None

    def by_name(self, name: str) -> LetterTemplate | None:
        wanted = fold(collapse_spaces(name))
        return next((t for t in self.all() if fold(t.name) == wanted), None)

    def keys(self) -> set[str]:
        return {k for k in self.session.scalars(select(LetterTemplate.key)) if k}

    def all(self) -> list[LetterTemplate]:
        return list(self.session.scalars(select(LetterTemplate).order_by(LetterTemplate.name)))

    def add(self, template: LetterTemplate) -> None:
        self.session.add(template)

    def delete(self, template: LetterTemplate) -> None:
        self.session.delete(template)
