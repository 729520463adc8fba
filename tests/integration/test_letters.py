"""Letters from the work itself, templates and mail merge, on a real SQLite file; PDFs read with pypdf."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from cluster_crm import i18n
from cluster_crm.demo.letterhead import demo_letterhead
from cluster_crm.domain.enums import Civility, OrganisationKind
from cluster_crm.domain.errors import DomainError, ValidationFailed
from cluster_crm.domain.interactions import FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.domain.introductions import IntroductionDraft
from cluster_crm.domain.letter_markup import from_qt_html
from cluster_crm.domain.letter_templates import TemplateText, UnknownFields, unknown_fields
from cluster_crm.domain.needs import NeedDraft
from cluster_crm.services import letter_templates as templates
from cluster_crm.services.interactions import get_interaction, log_interaction, timeline
from cluster_crm.services.introductions import propose_introduction
from cluster_crm.services.letter_delivery import ATTACH_LIMIT, generate
from cluster_crm.services.letters import (
    letter_for_interaction,
    letters_for_introduction,
    mail_merge,
    preview_letter,
)
from cluster_crm.services.needs import add_need
from tests.clock import TODAY
from tests.factories import make_contact, make_organisation

ADDRESS = {"address_street": "12 rue Jeanne d'Arc", "postcode": "76000", "town": "Rouen"}


# The French the lead puts in resources/translations for these texts; the catalogue wins once it has them.
FRENCH = {
    ("Letters", "meeting"): "rendez-vous",
    ("Letters", "telephone conversation"): "entretien téléphonique",
    ("Letters", "its manager"): "son dirigeant",
    ("Errors", "objected to being contacted on {date}"): "s'est opposé(e) à être sollicité(e) le {date}",
}


@pytest.fixture(autouse=True)
def _french(_french_core_messages):
    catalogue = i18n.catalogue_translator("fr")

    def translate(context: str, text: str) -> str:
        found = catalogue(context, text)
        return found if found != text else FRENCH.get((context, text), text)

    i18n.set_translator(translate, "fr")


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.fixture
def cluster(database):
    """A car plant with Mme Martin, an SME with M. Durand, a contact without civility, a letterhead."""
    demo_letterhead(database.uow())
    plant = make_organisation(database, "Usine de Cléon", kind=OrganisationKind.CONTRACTING, **ADDRESS)
    sme = make_organisation(
        database,
        "Mécanique Durand",
        address_street="3 avenue du Mont-Riboudet",
        postcode="76100",
        town="Rouen",
    )
    martin = make_contact(
        database, "Claire", "Martin", plant, civility=Civility.MADAME, job_title="Responsable des achats"
    )
    durand = make_contact(database, "Paul", "Durand", sme, civility=Civility.MONSIEUR, job_title="Gérant")
    anonymous = make_contact(database, "Camille", "Leroy", sme)
    return {"plant": plant, "sme": sme, "martin": martin, "durand": durand, "anonymous": anonymous}


def meeting(database, cluster, **fields) -> int:
    values = {
        "kind": InteractionKind.MEETING,
        "starts_at": datetime(2026, 11, 12, 10, 0),
        "subject": "Achats de pièces usinées",
        "organisation_ids": [cluster["plant"]],
        "contact_ids": [cluster["martin"]],
        **fields,
    }
    return log_interaction(InteractionDraft(**values), database.uow(), database.attachments_dir).id


def test_follow_up_letter_is_filled_from_the_meeting(database, cluster):
    # GIVEN a meeting with Mme Martin of the car plant on 12 November 2026
    interaction_id = meeting(database, cluster)
    # WHEN the follow-up letter is made from it
    prepared = letter_for_interaction(interaction_id, database.uow())
    letter = prepared.letter
    # THEN it is addressed to her at the plant, with the meeting's date and subject, and « Madame »
    assert letter.recipient_lines[:2] == ("Usine de Cléon", "Madame Claire MARTIN")
    assert letter.recipient_lines[-1] == "76000 ROUEN"
    assert letter.salutation == "Madame,"
    assert letter.subject == "Suite à notre rendez-vous du 12 novembre 2026"
    assert "Achats de pièces usinées" in " ".join(letter.body)
    assert "agréer, Madame, l’expression" in letter.closing
    assert letter.date_line == f"Rouen, le {_today()}"
    assert letter.signatory_name == "Claire Dubois"
    assert (prepared.organisation_id, prepared.contact_id) == (cluster["plant"], cluster["martin"])


def test_follow_up_of_a_call_says_so(database, cluster):
    # GIVEN a telephone call with Mme Martin
    call = meeting(database, cluster, kind=InteractionKind.CALL, subject="")
    # WHEN its follow-up letter is made; THEN the subject names the call, not a meeting
    letter = letter_for_interaction(call, database.uow(), "follow_up").letter
    assert letter.subject == "Suite à notre entretien téléphonique du 12 novembre 2026"


def test_salutation_follows_the_civility(database, cluster):
    # GIVEN a meeting with M. Durand, one with a person without civility, one with an organisation only
    with_him = meeting(database, cluster, organisation_ids=[cluster["sme"]], contact_ids=[cluster["durand"]])
    with_them = meeting(
        database, cluster, organisation_ids=[cluster["sme"]], contact_ids=[cluster["anonymous"]]
    )
    with_company = meeting(database, cluster, organisation_ids=[cluster["sme"]], contact_ids=[])
    # WHEN their letters are made
    letters = [letter_for_interaction(i, database.uow()).letter for i in (with_him, with_them, with_company)]
    # THEN « Monsieur, », then « Madame, Monsieur, » twice, and the closing says the same
    assert [letter.salutation for letter in letters] == [
        "Monsieur,",
        "Madame, Monsieur,",
        "Madame, Monsieur,",
    ]
    assert "agréer, Monsieur, l’expression" in letters[0].closing
    assert "agréer, Madame, Monsieur, l’expression" in letters[2].closing
    assert letters[1].recipient_lines[1] == "Camille LEROY"
    assert letters[2].recipient_lines[1] == "3 AVENUE DU MONT RIBOUDET"  # no person line


def test_chosen_contact_who_objected_is_refused(database, cluster):
    # GIVEN M. Durand objected to being contacted; he took part in a meeting
    from cluster_crm.services.contacts import get_contact, update_contact

    view = get_contact(cluster["durand"], database.uow())
    update_contact(cluster["durand"], _with(view.draft, objected_on=date(2026, 9, 4)), database.uow())
    interaction_id = meeting(
        database, cluster, organisation_ids=[cluster["sme"]], contact_ids=[cluster["durand"]]
    )
    # WHEN a letter is asked for him; THEN it is refused, naming him and the date
    with pytest.raises(DomainError) as refused:
        letter_for_interaction(interaction_id, database.uow(), contact_id=cluster["durand"])
    assert "Paul Durand" in refused.value.message() and "04/09/2026" in refused.value.message()
    # AND without a chosen contact the letter goes to the organisation itself
    assert letter_for_interaction(interaction_id, database.uow()).contact_id is None


def test_unknown_field_is_refused_by_name_before_anything(database, cluster):
    # GIVEN a template with a misspelt field
    draft = templates.TemplateDraft(
        name="Essai", subject="Bonjour {{nom_organisation}}", body="<p>Cher {{prenon}} {{nom}}</p>"
    )
    # WHEN it is saved; THEN it is refused, naming the field
    with pytest.raises(ValidationFailed) as refused:
        templates.save_template(draft, database.uow())
    assert "prenon" in refused.value.for_field("body")
    # AND a template stored with it anyway (e.g. edited in the database) is refused before writing
    with database.uow() as uow:
        from cluster_crm.db.models import LetterTemplate

        uow.letter_templates.add(
            LetterTemplate(name="Cassé", subject="", body="<p>{{prenon}}</p>", closing="")
        )
        uow.commit()
    with pytest.raises(UnknownFields) as unknown:
        mail_merge("Cassé", database.uow(), organisation_ids=[cluster["plant"]])
    assert unknown.value.names == ["prenon"]


@pytest.mark.parametrize(
    "trap", ["{{__class__}}", "{0.__init__}", "{{nom.__class__.__mro__}}", "{{ eval('1') }}"]
)
def test_template_cannot_run_code(database, cluster, trap):
    # GIVEN a body that tries to reach Python objects
    body = from_qt_html(f"<p>Bonjour {trap} <script>alert(1)</script></p>")
    # THEN the trap is reported as an unknown field, and the script is gone
    assert unknown_fields(TemplateText("", body, "")) == [trap.strip("{}").strip()]
    assert "script" not in body and "alert" not in body
    # AND rendering it raises instead of evaluating anything
    with pytest.raises(UnknownFields):
        preview_letter(TemplateText("", body, ""), database.uow(), cluster["plant"])


def test_values_are_escaped_and_formatting_kept(database, cluster):
    # GIVEN an organisation whose name looks like markup, and a template in bold with a field
    odd = make_organisation(database, "Durand <b>& Fils</b>", **ADDRESS)
    template = TemplateText(
        "Objet {{nom_organisation}}", "<p><b>{{nom_organisation}}</b>, <i>bienvenue</i></p>", ""
    )
    # WHEN previewed for it
    letter = preview_letter(template, database.uow(), odd)
    # THEN the name is text (escaped), the template's bold and italic are markup
    assert letter.body == ("<b>Durand &lt;b&gt;&amp; Fils&lt;/b&gt;</b>, <i>bienvenue</i>",)
    assert letter.subject == "Objet Durand <b>& Fils</b>"  # plain text, escaped by the PDF


def test_qt_html_keeps_only_the_safe_subset():
    # GIVEN what a QTextEdit writes for « Bonjour **{{nom}}** *cher* _ami_ » and an empty paragraph
    html = (
        '<html><head><style type="text/css">p { white-space: pre-wrap; }</style></head>'
        '<body style=" font-family:\'Sans\';"><p style=" margin-top:0px;">Bonjour '
        '<span style=" font-weight:700;">{{no</span>m}} <span style=" font-style:italic;">cher</span> '
        '<span style=" text-decoration: underline; color:#ff0000;">ami</span><br />suite</p>'
        '<p style="-qt-paragraph-type:empty;"><br /></p></body></html>'
    )
    # THEN styles become tags, the split field is made whole, the empty paragraph and the CSS go
    assert from_qt_html(html) == "<p>Bonjour <b>{{nom}}</b> <i>cher</i> <u>ami</u><br>suite</p>"


def test_shipped_library_is_installed_once_and_edits_are_kept(database):
    # GIVEN the shipped library installed by the first listing
    shipped = templates.list_templates(database.uow())
    assert {t.key for t in shipped} >= {
        "follow_up",
        "introduction_sme",
        "introduction_contracting",
        "event_thanks",
        "welcome_member",
        "outcome_check",
    }
    assert all(not unknown_fields(t.text) for t in shipped)
    follow_up = next(t for t in shipped if t.key == "follow_up")
    # WHEN the animator edits it and the templates are listed again
    draft = templates.TemplateDraft(name=follow_up.name, subject="Notre rendez-vous", body="<p>Merci.</p>")
    templates.save_template(draft, database.uow(), follow_up.id)
    again = templates.list_templates(database.uow())
    # THEN the edit is kept, nothing is duplicated; a shipped one cannot be deleted but can be reset
    assert len(again) == len(shipped)
    assert templates.get_template(follow_up.id, database.uow()).subject == "Notre rendez-vous"
    with pytest.raises(DomainError):
        templates.delete_template(follow_up.id, database.uow())
    reset = templates.reset_template(follow_up.id, database.uow())
    assert reset.subject == follow_up.subject and reset.body == follow_up.body
    # AND a copy is the animator's own, and can be deleted
    copy = templates.duplicate_template(follow_up.id, database.uow())
    assert copy.name == f"{follow_up.name} (copie)" and copy.key is None
    templates.delete_template(copy.id, database.uow())
    assert templates.find_template("suivi de RENDEZ-VOUS", database.uow()).id == follow_up.id


def test_mail_merge_lists_every_skipped_record_with_its_reason(database, cluster):
    # GIVEN members: two with an address, one without a postcode, one that objected
    no_postcode = make_organisation(
        database, "Atelier Sans Code", address_street="1 rue Haute", town="Elbeuf"
    )
    objected = make_organisation(database, "Forge Opposée", objected_on=date(2026, 3, 2), **ADDRESS)
    ids = [cluster["plant"], no_postcode, cluster["sme"], objected]
    # WHEN the welcome letter is merged for them
    merge = mail_merge("welcome_member", database.uow(), organisation_ids=ids)
    # THEN two letters, and the other two listed by name with why
    assert [p.organisation_id for p in merge.letters] == [cluster["plant"], cluster["sme"]]
    reasons = {s.name: s.reason for s in merge.skipped}
    assert set(reasons) == {"Atelier Sans Code", "Forge Opposée"}
    assert "code postal" in reasons["Atelier Sans Code"] or "postcode" in reasons["Atelier Sans Code"]
    assert "02/03/2026" in reasons["Forge Opposée"]
    assert "Usine de Cléon prend place" in merge.letters[0].letter.body[0]


def test_mail_merge_of_contacts_skips_who_objected_and_who_has_no_organisation(database, cluster):
    # GIVEN a person who objected and a person with no organisation
    objector = make_contact(database, "Léa", "Refus", cluster["sme"], objected_on=date(2026, 5, 1))
    alone = make_contact(database, "Jean", "Seul")
    # WHEN merged with Mme Martin
    merge = mail_merge(
        "welcome_member", database.uow(), contact_ids=[cluster["martin"], objector, alone, 9999]
    )
    # THEN only she gets one, the others are listed (one deleted since it was selected)
    assert [p.contact_id for p in merge.letters] == [cluster["martin"]]
    assert [s.name for s in merge.skipped] == ["n° 9999", "Léa Refus", "Jean Seul"]
    assert "01/05/2026" in merge.skipped[1].reason
    # AND a meeting template cannot be merged (its fields have no value here)
    with pytest.raises(DomainError, match="date_rendez_vous"):
        mail_merge("follow_up", database.uow(), contact_ids=[cluster["martin"]])


def test_introduction_letters_go_to_both_parties_and_are_recorded(database, cluster):
    # GIVEN the plant's need and its introduction to the SME, with both contacts
    need = add_need(NeedDraft(organisation_id=cluster["plant"], title="Usinage de carters"), database.uow())
    draft = IntroductionDraft(
        contracting_id=cluster["plant"],
        sme_id=cluster["sme"],
        contracting_contact_id=cluster["martin"],
        sme_contact_id=cluster["durand"],
        need_id=need.id,
    )
    introduction = propose_introduction(draft, database.uow(), confirmed=True)
    # WHEN the introduction letters are generated in one action, with a follow-up in 15 days
    letters = letters_for_introduction(introduction.id, database.uow())
    target = database.attachments_dir.parent / "mise-en-relation.pdf"
    due = TODAY + timedelta(days=15)
    result = generate(
        letters, target, database.uow(), database.attachments_dir, FollowUpDraft(due, "Relancer")
    )
    # THEN one letter to each party, each naming the other, in one PDF
    assert [(p.organisation_id, p.contact_id) for p in letters] == [
        (cluster["sme"], cluster["durand"]),
        (cluster["plant"], cluster["martin"]),
    ]
    text = pdf_text(target)
    assert "Mise en relation avec Usine de Cléon" in text
    assert "Votre besoin : mise en relation avec Mécanique Durand" in text
    assert "Madame Claire Martin, responsable des achats" in text  # the SME's letter names its contact
    assert "Monsieur Paul Durand, gérant" in text
    assert "Usinage de carters" in text and "Monsieur," in text and "Madame," in text
    # AND each recipient's timeline has a « letter » interaction with its own letter attached
    for organisation_id, interaction_id in zip(
        (cluster["sme"], cluster["plant"]), result.interaction_ids, strict=True
    ):
        entry = timeline(database.uow(), organisation_id=organisation_id)[0]
        assert (entry.id, entry.kind, entry.attachments, entry.open_follow_ups) == (
            interaction_id,
            "letter",
            1,
            1,
        )
        view = get_interaction(interaction_id, database.uow(), database.attachments_dir)
        assert view.draft.introduction_id == introduction.id
        assert view.follow_ups[0].due_date == due
        attached = pdf_text(view.attachments[0].path)
        assert len(PdfReader(view.attachments[0].path).pages) == 1
        assert ("Mécanique Durand" if organisation_id == cluster["plant"] else "Usine de Cléon") in attached


def test_big_batch_names_the_batch_file_instead_of_copying_it(database, cluster):
    # GIVEN more recipients than are attached one by one
    ids = [make_organisation(database, f"Membre {n:03d}", **ADDRESS) for n in range(ATTACH_LIMIT + 1)]
    merge = mail_merge("welcome_member", database.uow(), organisation_ids=ids)
    target = database.attachments_dir.parent / "adherents.pdf"
    # WHEN generated
    result = generate(merge.letters, target, database.uow(), database.attachments_dir)
    # THEN every letter is in the PDF, each recorded with the batch file named, nothing attached
    assert len(result.interaction_ids) == ATTACH_LIMIT + 1 and not result.attached
    assert pdf_text(target).count("Bienvenue au Cluster") >= ATTACH_LIMIT + 1
    last = get_interaction(result.interaction_ids[-1], database.uow(), database.attachments_dir)
    assert last.attachments == () and str(target) in last.notes and str(ATTACH_LIMIT + 1) in last.notes
    assert last.organisations[0].id == ids[-1]


def _today() -> str:
    from cluster_crm.domain.dates import long_date

    return long_date(TODAY)


def _with(draft, **changes):  # noqa: ANN001, ANN202
    from dataclasses import replace

    return replace(draft, **changes)


def test_cancelled_while_recording_leaves_nothing(database, cluster):
    # GIVEN a batch whose progress is cancelled once the PDF is written, while recording
    from cluster_crm.services.progress import Cancelled

    merge = mail_merge("welcome_member", database.uow(), organisation_ids=[cluster["plant"], cluster["sme"]])
    target = database.attachments_dir.parent / "annule.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= len(merge.letters) and total == 2 * len(merge.letters):
            raise Cancelled()

    # WHEN generated; THEN it is cancelled, no file and no interaction stay
    with pytest.raises(Cancelled):
        generate(merge.letters, target, database.uow(), database.attachments_dir, progress=progress)
    assert not target.exists()
    assert timeline(database.uow(), organisation_id=cluster["sme"]) == []
    assert all(total == 4 for _, total in seen)
