"""Typed links between organisations (client of, supplier of, subsidiary of, partner of)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cluster_crm.domain.enums import LabelledEnum
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate

NOTE_MAX = 300


class LinkKind(LabelledEnum):
    """Read "<organisation> is <label> <other>"; the other side reads the reverse label."""

    CLIENT_OF = "client_of"
    SUPPLIER_OF = "supplier_of"
    SUBSIDIARY_OF = "subsidiary_of"
    PARENT_OF = "parent_of"
    PARTNER_OF = "partner_of"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.CLIENT_OF: QT_TRANSLATE_NOOP("Labels", "client of"),
            cls.SUPPLIER_OF: QT_TRANSLATE_NOOP("Labels", "supplier of"),
            cls.SUBSIDIARY_OF: QT_TRANSLATE_NOOP("Labels", "subsidiary of"),
            cls.PARENT_OF: QT_TRANSLATE_NOOP("Labels", "parent company of"),
            cls.PARTNER_OF: QT_TRANSLATE_NOOP("Labels", "partner of"),
        }

    @property
    def reverse(self) -> LinkKind:
        return {
            LinkKind.CLIENT_OF: LinkKind.SUPPLIER_OF,
            LinkKind.SUPPLIER_OF: LinkKind.CLIENT_OF,
            LinkKind.SUBSIDIARY_OF: LinkKind.PARENT_OF,
            LinkKind.PARENT_OF: LinkKind.SUBSIDIARY_OF,
            LinkKind.PARTNER_OF: LinkKind.PARTNER_OF,
        }[self]

    def sentence(self) -> str:
        """The label capitalised for the start of a line: "Client de", "Filiale de"."""
        text = translate("Labels", self._labels()[self])
        return text[:1].upper() + text[1:]


_VOWELS = tuple("aeiouyhàâäéèêëîïôöûüœAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒ")


def before_name(label: str, name: str) -> str:
    """The label followed by the name's opening: « Client d'Atelier… », « Filiale de Renault »."""
    if label.endswith(" de") and name.startswith(_VOWELS):
        return label[:-1] + "’"
    return label + " "


@dataclass
class LinkDraft:
    organisation_id: int | None = None
    kind: LinkKind = LinkKind.CLIENT_OF
    other_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    note: str = ""


def clean_link(draft: LinkDraft) -> LinkDraft:
    v = Validator()
    if draft.organisation_id is None or draft.other_id is None:
        v.add("other", QT_TRANSLATE_NOOP("Errors", "Choose the other organisation."))
    elif draft.organisation_id == draft.other_id:
        v.add("other", QT_TRANSLATE_NOOP("Errors", "An organisation cannot be linked to itself."))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        v.add("end_date", QT_TRANSLATE_NOOP("Errors", "The link cannot end before it starts."))
    note = collapse_spaces(draft.note)
    if len(note) > NOTE_MAX:
        v.add(
            "note",
            QT_TRANSLATE_NOOP("Errors", "The note is too long ({max} characters at most)."),
            max=NOTE_MAX,
        )
    v.raise_if_any()
    return LinkDraft(
        draft.organisation_id, LinkKind(draft.kind), draft.other_id, draft.start_date, draft.end_date, note
    )
