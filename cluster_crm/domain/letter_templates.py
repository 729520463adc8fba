"""Letter templates filled in without running code: named ``{{fields}}`` looked up in a fixed catalogue.

A field is written between double braces with its French name: ``{{nom_organisation}}``,
``{{formule_appel}}``, ``{{date_rendez_vous}}`` (case, accents and spaces do not matter:
``{{Date du jour}}`` is ``{{date_du_jour}}``). Anything else between braces (``{{__class__}}``,
``{0.__init__}``) is an unknown field: reported by name, never evaluated. Values are inserted as
text and escaped; nothing is formatted, evaluated or looked up on an object.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.letter_markup import BREAK, Paragraph, parse_body, styled
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate

_FIELD = re.compile(r"\{\{?([^{}]*)\}\}?")
_SEPARATORS = re.compile(r"[\s\-.]+")


class FieldSource(Enum):
    """What a field's value comes from; a letter can only use the fields its context can fill."""

    RECIPIENT = "recipient"
    INTERACTION = "interaction"
    INTRODUCTION = "introduction"
    SENDER = "sender"


@dataclass(frozen=True)
class TemplateField:
    name: str  # the French name written in templates
    label: str  # English source text of the editor's label (translate("LetterFields", label))
    source: FieldSource

    @property
    def token(self) -> str:
        return "{{" + self.name + "}}"


_R, _M, _I, _S = FieldSource.RECIPIENT, FieldSource.INTERACTION, FieldSource.INTRODUCTION, FieldSource.SENDER
FIELDS: tuple[TemplateField, ...] = (
    TemplateField("nom_organisation", QT_TRANSLATE_NOOP("LetterFields", "Organisation's name"), _R),
    TemplateField("civilite", QT_TRANSLATE_NOOP("LetterFields", "Civility (Madame, Monsieur)"), _R),
    TemplateField("prenom", QT_TRANSLATE_NOOP("LetterFields", "First name"), _R),
    TemplateField("nom", QT_TRANSLATE_NOOP("LetterFields", "Last name"), _R),
    TemplateField("fonction", QT_TRANSLATE_NOOP("LetterFields", "Job title"), _R),
    TemplateField("formule_appel", QT_TRANSLATE_NOOP("LetterFields", "Salutation (« Madame, »)"), _R),
    TemplateField(
        "appel", QT_TRANSLATE_NOOP("LetterFields", "Form of address in the closing (« Madame »)"), _R
    ),
    TemplateField(
        "date_rendez_vous", QT_TRANSLATE_NOOP("LetterFields", "Meeting date (« 12 novembre 2026 »)"), _M
    ),
    TemplateField("objet_rendez_vous", QT_TRANSLATE_NOOP("LetterFields", "Meeting subject"), _M),
    TemplateField(
        "nature_echange",
        QT_TRANSLATE_NOOP("LetterFields", "Kind of meeting (« rendez-vous », « visite »…)"),
        _M,
    ),
    TemplateField("partenaire", QT_TRANSLATE_NOOP("LetterFields", "Introduction partner"), _I),
    TemplateField(
        "contact_partenaire", QT_TRANSLATE_NOOP("LetterFields", "Introduction partner's contact"), _I
    ),
    TemplateField("ville_partenaire", QT_TRANSLATE_NOOP("LetterFields", "Introduction partner's town"), _I),
    TemplateField("besoin", QT_TRANSLATE_NOOP("LetterFields", "Need's title"), _I),
    TemplateField("animateur", QT_TRANSLATE_NOOP("LetterFields", "Animator's name"), _S),
    TemplateField("fonction_animateur", QT_TRANSLATE_NOOP("LetterFields", "Animator's title"), _S),
    TemplateField("nom_cluster", QT_TRANSLATE_NOOP("LetterFields", "Cluster's name"), _S),
    TemplateField("date_du_jour", QT_TRANSLATE_NOOP("LetterFields", "Today's date"), _S),
)
_BY_NAME = {f.name: f for f in FIELDS}


@dataclass(frozen=True)
class TemplateText:
    """What a template is made of: plain-text subject and closing, rich-text body (letter_markup)."""

    subject: str = ""
    body: str = ""
    closing: str = ""


class UnknownFields(DomainError):
    def __init__(self, names: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Unknown field(s) in the letter template: {names}."),
            names=", ".join(names),
        )
        self.names = names


class UnfillableFields(DomainError):
    def __init__(self, names: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "This letter cannot fill the field(s) {names}: choose another template."
            ),
            names=", ".join(names),
        )
        self.names = names


def editor_fields() -> list[tuple[str, str]]:
    """(token to insert, French label) for the editor's « Insérer un champ » list."""
    return [(f.token, translate("LetterFields", f.label)) for f in FIELDS]


def field_named(written: str) -> TemplateField | None:
    """The field ``written`` between braces stands for (None if it is not in the catalogue)."""
    return _BY_NAME.get(_SEPARATORS.sub("_", fold(written.strip())))


def written_fields(template: TemplateText | str) -> list[str]:
    """Every field as written, in order of first appearance (known or not)."""
    text = template if isinstance(template, str) else _all_text(template)
    return list(dict.fromkeys(m.group(1).strip() for m in _FIELD.finditer(text)))


def unknown_fields(template: TemplateText | str) -> list[str]:
    return [name for name in written_fields(template) if field_named(name) is None]


def used_fields(template: TemplateText | str) -> list[TemplateField]:
    fields = (field_named(name) for name in written_fields(template))
    return list(dict.fromkeys(f for f in fields if f is not None))


def _all_text(template: TemplateText) -> str:
    body = "\n".join("".join(r.text for r in p) for p in parse_body(template.body))
    return "\n".join((template.subject, body, template.closing))


@dataclass(frozen=True)
class FilledTemplate:
    subject: str
    body: tuple[str, ...]  # reportlab markup, escaped
    closing: str


class CompiledTemplate:
    """A template checked once and split into text and fields, to fill a thousand letters quickly."""

    def __init__(self, template: TemplateText, sources: set[FieldSource] | None = None) -> None:
        unknown = unknown_fields(template)
        if unknown:
            raise UnknownFields(unknown)
        self.fields = used_fields(template)
        if sources is not None:
            missing = [f.name for f in self.fields if f.source not in sources]
            if missing:
                raise UnfillableFields(missing)
        self._subject = _pieces(template.subject)
        self._closing = _pieces(template.closing)
        self._body = [_paragraph_pieces(p) for p in parse_body(template.body)]

    def fill(self, values: Mapping[str, str]) -> FilledTemplate:
        """Fill in the fields (a field without a value is left empty)."""
        body = []
        for paragraph in self._body:
            parts = []
            for piece in paragraph:
                if piece is None:
                    parts.append("<br/>")
                else:
                    style, texts = piece
                    parts.append(styled(_escape(_joined(texts, values)), style))
            body.append("".join(parts))
        return FilledTemplate(
            subject=_clean(_joined(self._subject, values)),
            body=tuple(body),
            closing=_clean(_joined(self._closing, values)),
        )


# A text is split into ("text", literal) and ("field", name) pieces once, when it is compiled.
Pieces = list[tuple[bool, str]]


def _pieces(text: str) -> Pieces:
    pieces: Pieces = []
    position = 0
    for match in _FIELD.finditer(text):
        pieces.append((False, text[position : match.start()]))
        field = field_named(match.group(1))
        assert field is not None  # unknown fields were refused before
        pieces.append((True, field.name))
        position = match.end()
    pieces.append((False, text[position:]))
    return [p for p in pieces if p[1]]


def _paragraph_pieces(paragraph: Paragraph) -> list:  # [(style, pieces) | None for a line break]
    return [None if run.text == BREAK else (run.style, _pieces(run.text)) for run in paragraph]


def _joined(pieces: Pieces, values: Mapping[str, str]) -> str:
    return "".join(values.get(text, "") if is_field else text for is_field, text in pieces)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clean(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


# Salutation and closing from the civility (Civility values: "mme", "m", "" when unknown).
def form_of_address(civility: str | None) -> str:
    """« Madame », « Monsieur », or « Madame, Monsieur » when the person (or their civility) is unknown."""
    return {"mme": "Madame", "m": "Monsieur"}.get(civility or "", "Madame, Monsieur")


def salutation(civility: str | None) -> str:
    return form_of_address(civility) + ","


def civility_word(civility: str | None) -> str:
    return {"mme": "Madame", "m": "Monsieur"}.get(civility or "", "")


def default_closing() -> str:
    return "Je vous prie d’agréer, {{appel}}, l’expression de mes salutations distinguées."
