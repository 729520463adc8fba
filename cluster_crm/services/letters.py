"""Letters made from the work itself: after an interaction, to both parties of an introduction, or a
mail merge for a selection (records without a usable address, or that objected, are listed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from cluster_crm.db.models import Contact, Interaction, Introduction, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.documents.letter_model import Letter, Letterhead
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.interactions import InteractionKind
from cluster_crm.domain.letter_templates import (
    CompiledTemplate,
    FieldSource,
    TemplateText,
    civility_word,
    form_of_address,
    salutation,
)
from cluster_crm.domain.postal import PostalAddress, address_block, address_problem
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.letter_templates import LetterTemplateView, find_template
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.progress import Progress

FOLLOW_UP, EVENT_THANKS = "follow_up", "event_thanks"
INTRODUCTION_SME, INTRODUCTION_CONTRACTING = "introduction_sme", "introduction_contracting"
_ALWAYS = {FieldSource.RECIPIENT, FieldSource.SENDER}


@dataclass(frozen=True)
class PreparedLetter:
    """A letter ready to print, and whom it is for (to record it on their timeline)."""

    letter: Letter
    organisation_id: int
    contact_id: int | None
    recipient: str  # « Usine automobile de Cléon — Claire Martin », for lists
    template_name: str
    introduction_id: int | None = None


@dataclass(frozen=True)
class SkippedRecord:
    """A record of the selection that got no letter, and why (shown to the user, never dropped)."""

    name: str
    reason: str


@dataclass(frozen=True)
class MergeResult:
    letters: list[PreparedLetter]
    skipped: list[SkippedRecord]


class _Writer:
    """One template and one sender, filled in for recipient after recipient."""

    def __init__(
        self, template: LetterTemplateView, sources: set[FieldSource], letterhead: Letterhead, today: date
    ) -> None:
        self.template = template
        self.compiled = CompiledTemplate(template.text, sources)  # unknown fields refused here
        self.letterhead = letterhead
        self.today = today
        self.sender = sender_values(self.letterhead, self.today)

    def letter(
        self,
        organisation: Organisation,
        contact: Contact | None,
        extra: Mapping[str, str] = {},  # noqa: B006 - read only
        introduction_id: int | None = None,
    ) -> PreparedLetter:
        values = {**self.sender, **recipient_values(organisation, contact), **extra}
        filled = self.compiled.fill(values)
        lines = tuple(address_block(postal_address(organisation, contact)))
        place = self.letterhead.place
        date_line = f"{place}, le {long_date(self.today)}" if place else f"Le {long_date(self.today)}"
        name = organisation.name if contact is None else f"{organisation.name} — {person(contact)}"
        letter = Letter(
            recipient_lines=lines,
            date_line=date_line,
            subject=filled.subject,
            salutation=salutation(contact.civility if contact else None),
            body=filled.body,
            closing=filled.closing,
            signatory_name=self.letterhead.signatory_name,
            signatory_title=self.letterhead.signatory_title,
            title=f"{filled.subject} — {name}" if filled.subject else name,
        )
        return PreparedLetter(
            letter,
            organisation.id,
            contact.id if contact else None,
            name,
            self.template.name,
            introduction_id,
        )


def sender_values(letterhead: Letterhead, today: date) -> dict[str, str]:
    return {
        "animateur": letterhead.signatory_name,
        "fonction_animateur": letterhead.signatory_title,
        "nom_cluster": letterhead.name,
        "date_du_jour": long_date(today),
    }


def recipient_values(organisation: Organisation, contact: Contact | None) -> dict[str, str]:
    civility = contact.civility if contact else None
    return {
        "nom_organisation": organisation.name,
        "civilite": civility_word(civility),
        "prenom": contact.first_name if contact else "",
        "nom": contact.last_name if contact else "",
        "fonction": (contact.job_title or "") if contact else "",
        "formule_appel": salutation(civility),
        "appel": form_of_address(civility),
    }


def person(contact: Contact) -> str:
    return display_name(contact.first_name, contact.last_name)


def postal_address(organisation: Organisation, contact: Contact | None) -> PostalAddress:
    attention = ""
    if contact is not None:
        words = (civility_word(contact.civility), contact.first_name, contact.last_name.upper())
        attention = " ".join(w for w in words if w)
    return PostalAddress(
        recipient=organisation.name,
        attention=attention,
        building=organisation.address_building or "",
        street=organisation.address_street or "",
        locality=organisation.address_locality or "",
        postcode=organisation.postcode or "",
        town=organisation.town or "",
        cedex=organisation.cedex or "",
        country=organisation.country or "France",
    )


def objection(record: Organisation | Contact) -> str | None:
    if record.objected_on is None:
        return None
    return translate("Errors", _OBJECTED).format(date=short_date(record.objected_on))


_OBJECTED = QT_TRANSLATE_NOOP("Errors", "objected to being contacted on {date}")
_NO_ORGANISATION = QT_TRANSLATE_NOOP("Errors", "no organisation, hence no postal address")


def reachable_organisation(
    contact: Contact, preferred: tuple[int, ...] | list[int] = ()
) -> tuple[Organisation | None, str | None]:
    """The organisation through which a letter reaches ``contact`` (current affiliations first,
    ``preferred`` ones before the others), or None and the reason."""
    affiliations = sorted(
        contact.affiliations,
        key=lambda a: (a.end_date is not None, a.organisation_id not in preferred, a.id),
    )
    reason = translate("Errors", _NO_ORGANISATION)
    for affiliation in affiliations:
        organisation = affiliation.organisation
        problem = objection(organisation) or address_problem(postal_address(organisation, contact))
        if problem is None:
            return organisation, None
        reason = f"{problem} ({organisation.name})"
    return None, reason


def _refuse(name: str, reason: str) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("Errors", "No letter can be written to {name}: {reason}."), name=name, reason=reason
    )


def letter_for_interaction(
    interaction_id: int, uow: UnitOfWork, template_key: str | None = None, contact_id: int | None = None
) -> PreparedLetter:
    """A letter after a meeting, a visit or an event, filled in with its date, subject and participants:
    to ``contact_id``, or to the first participant a letter can reach, or else to an organisation."""
    with uow:
        kind = InteractionKind(uow.interactions.get(interaction_id).kind)
    template = find_template(
        template_key or (EVENT_THANKS if kind is InteractionKind.EVENT else FOLLOW_UP), uow
    )
    writer = _Writer(template, _ALWAYS | {FieldSource.INTERACTION}, get_letterhead(uow), uow.clock.today())
    with uow:
        interaction = uow.interactions.get(interaction_id)
        organisation, contact = _interaction_recipient(interaction, contact_id, uow)
        extra = {
            "date_rendez_vous": long_date(interaction.starts_at.date()),
            "objet_rendez_vous": interaction.subject or kind.label.lower(),
            "nature_echange": translate("Letters", _KIND_WORDS[kind]),
        }
        return writer.letter(organisation, contact, extra, interaction.introduction_id)


# « Suite à notre rendez-vous / visite / entretien téléphonique du … »
_KIND_WORDS = {
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("Letters", "meeting"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("Letters", "telephone conversation"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Letters", "exchange"),
    InteractionKind.VISIT: QT_TRANSLATE_NOOP("Letters", "visit"),
    InteractionKind.EVENT: QT_TRANSLATE_NOOP("Letters", "event"),
    InteractionKind.LETTER: QT_TRANSLATE_NOOP("Letters", "letter"),
    InteractionKind.OTHER: QT_TRANSLATE_NOOP("Letters", "exchange"),
}


def _interaction_recipient(
    interaction: Interaction, contact_id: int | None, uow: UnitOfWork
) -> tuple[Organisation, Contact | None]:
    preferred = [o.id for o in interaction.organisations]
    if contact_id is not None:
        contact = uow.contacts.get(contact_id)
        problem = objection(contact)
        organisation, reason = reachable_organisation(contact, preferred)
        if problem or organisation is None:
            raise _refuse(person(contact), problem or reason or "")
        return organisation, contact
    reasons = []
    for contact in interaction.contacts:
        organisation, reason = reachable_organisation(contact, preferred)
        problem = objection(contact) or reason
        if organisation is not None and objection(contact) is None:
            return organisation, contact
        reasons.append(f"{person(contact)} ({problem})")
    for organisation in interaction.organisations:
        problem = objection(organisation) or address_problem(postal_address(organisation, None))
        if problem is None:
            return organisation, None
        reasons.append(f"{organisation.name} ({problem})")
    raise DomainError(
        QT_TRANSLATE_NOOP("Errors", "None of the participants can receive a letter: {reasons}."),
        reasons="; ".join(reasons) or "—",
    )


def letters_for_introduction(
    introduction_id: int, uow: UnitOfWork, template_key: str | None = None
) -> list[PreparedLetter]:
    """Two letters, to the SME and to the contracting organisation, each naming the other party;
    with the two introduction templates, or with ``template_key`` for both (e.g. « outcome_check »)."""
    with uow:
        uow.introductions.get(introduction_id)  # NotFound before anything else
    sources, letterhead = _ALWAYS | {FieldSource.INTRODUCTION}, get_letterhead(uow)
    sme_writer = _Writer(
        find_template(template_key or INTRODUCTION_SME, uow), sources, letterhead, uow.clock.today()
    )
    contracting_writer = _Writer(
        find_template(template_key or INTRODUCTION_CONTRACTING, uow), sources, letterhead, uow.clock.today()
    )
    with uow:
        introduction = uow.introductions.get(introduction_id)
        need = _need_text(introduction)
        parties = (
            (
                sme_writer,
                introduction.sme,
                introduction.sme_contact,
                introduction.contracting,
                introduction.contracting_contact,
                "contracting",
            ),
            (
                contracting_writer,
                introduction.contracting,
                introduction.contracting_contact,
                introduction.sme,
                introduction.sme_contact,
                "sme",
            ),
        )
        letters = []
        for writer, organisation, contact, partner, partner_contact, partner_kind in parties:
            problem = (
                objection(organisation)
                or (contact and objection(contact))
                or address_problem(postal_address(organisation, contact))
            )
            if problem:
                raise _refuse(
                    organisation.name if contact is None else f"{organisation.name} ({person(contact)})",
                    problem,
                )
            extra = {
                "partenaire": partner.name,
                "contact_partenaire": _partner_contact(partner_contact, partner_kind),
                "ville_partenaire": partner.town or "",
                "besoin": need,
            }
            letters.append(writer.letter(organisation, contact, extra, introduction.id))
        return letters


def _need_text(introduction: Introduction) -> str:
    if introduction.need is not None:
        return introduction.need.title
    note = (introduction.note or "").strip().splitlines()
    return note[0] if note else translate("Letters", QT_TRANSLATE_NOOP("Letters", "to be specified together"))


def _partner_contact(contact: Contact | None, partner_kind: str) -> str:
    """« Madame Claire Martin, responsable des achats », or who to ask for when nobody is named."""
    if contact is None:
        if partner_kind == "sme":
            return translate("Letters", QT_TRANSLATE_NOOP("Letters", "its manager"))
        return translate("Letters", QT_TRANSLATE_NOOP("Letters", "its purchasing department"))
    words = (civility_word(contact.civility), person(contact))
    text = " ".join(w for w in words if w)
    title = (contact.job_title or "").strip()
    if title:
        lowered = title[0].lower() + title[1:] if len(title) > 1 and title[1].islower() else title
        text += f", {lowered}"
    return text


def mail_merge(
    template_key: str,
    uow: UnitOfWork,
    contact_ids: list[int] | None = None,
    organisation_ids: list[int] | None = None,
    progress: Progress | None = None,
) -> MergeResult:
    """A letter for each contact (through their organisation) or each organisation of a selection;
    those who objected or have no usable postal address are skipped and listed with the reason."""
    writer = _Writer(find_template(template_key, uow), set(_ALWAYS), get_letterhead(uow), uow.clock.today())
    with uow:
        letters: list[PreparedLetter] = []
        skipped: list[SkippedRecord] = []
        ids = list(dict.fromkeys(contact_ids if contact_ids is not None else organisation_ids or []))
        total = len(ids)
        for start in range(0, total, 500):
            chunk = ids[start : start + 500]
            if contact_ids is not None:
                contacts = uow.contacts.load(chunk)
                _missing(chunk, {c.id for c in contacts}, skipped)
                for contact in contacts:
                    organisation, reason = reachable_organisation(contact)
                    reason = objection(contact) or reason
                    if reason or organisation is None:
                        skipped.append(SkippedRecord(person(contact), reason or ""))
                    else:
                        letters.append(writer.letter(organisation, contact))
            else:
                organisations = uow.organisations.load(chunk)
                _missing(chunk, {o.id for o in organisations}, skipped)
                for organisation in organisations:
                    reason = objection(organisation) or address_problem(postal_address(organisation, None))
                    if reason:
                        skipped.append(SkippedRecord(organisation.name, reason))
                    else:
                        letters.append(writer.letter(organisation, None))
            if progress is not None:
                progress(min(start + 500, total), total)
        return MergeResult(letters, skipped)


def _missing(wanted: list[int], found: set[int], skipped: list[SkippedRecord]) -> None:
    """Records deleted since they were selected are listed too, never silently dropped."""
    gone = translate("Errors", _GONE)
    skipped.extend(SkippedRecord(f"n° {i}", gone) for i in wanted if i not in found)


_GONE = QT_TRANSLATE_NOOP("Errors", "no longer exists")


def preview_letter(
    template: TemplateText,
    uow: UnitOfWork,
    organisation_id: int,
    contact_id: int | None = None,
) -> Letter:
    """The template (saved or not) filled in for a record, meeting and introduction fields shown as
    their names, for the editor's preview."""
    view = LetterTemplateView(0, None, "", "general", template.subject, template.body, template.closing)
    writer = _Writer(view, set(FieldSource), get_letterhead(uow), uow.clock.today())
    with uow:
        organisation = uow.organisations.get(organisation_id)
        contact = uow.contacts.get(contact_id) if contact_id is not None else None
        samples = {f.name: f"[{f.name}]" for f in writer.compiled.fields if f.source not in _ALWAYS}
        return writer.letter(organisation, contact, samples).letter


def mail_merge_for_query(
    template_key: str,
    query: OrganisationQuery,
    uow: UnitOfWork,
    contacts: bool = False,
    progress: Progress | None = None,
) -> MergeResult:
    """``mail_merge`` for the organisations a filter finds, or (``contacts``) for the people
    currently working there."""
    with uow:
        organisation_ids = uow.organisations.search_ids(query)
        contact_ids = None
        if contacts:
            people = uow.organisations.load(organisation_ids)
            contact_ids = list(
                dict.fromkeys(
                    a.contact_id
                    for o in people
                    for a in sorted(o.affiliations, key=lambda a: a.id)
                    if a.end_date is None
                )
            )
    if contact_ids is not None:
        return mail_merge(template_key, uow, contact_ids=contact_ids, progress=progress)
    return mail_merge(template_key, uow, organisation_ids=organisation_ids, progress=progress)
