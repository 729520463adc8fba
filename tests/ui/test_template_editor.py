"""GUI tests of the letter template editor: fields inserted, unknown fields refused by name, saved, previewed."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QTextCursor

from cluster_crm.services.dto import Choice
from cluster_crm.services.letter_templates import get_template
from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog
from cluster_crm.ui.dialogs.template_editor import TemplateEditor
from cluster_crm.ui.roles import RECORD_ROLE
from tests.ui.conftest import settle


@pytest.fixture
def editor(qtbot, own, demo_ctx):
    dialog = own(TemplateEditor(demo_ctx))
    settle()
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def select(editor: TemplateEditor, name: str) -> None:
    row = next(
        r for r in range(editor.templates_list.count()) if editor.templates_list.item(r).text() == name
    )
    editor.templates_list.setCurrentRow(row)
    settle()  # the template is read


def choose_field(editor: TemplateEditor, token: str) -> None:
    fields = editor.fields_list
    row = next(r for r in range(fields.count()) if fields.item(r).data(RECORD_ROLE) == token)
    editor.fields_list.setCurrentRow(row)


def test_the_shipped_library_is_listed_and_shown(editor):
    # GIVEN the editor on the demo cluster
    names = [editor.templates_list.item(r).text() for r in range(editor.templates_list.count())]
    # THEN the shipped French library is there, and the chosen template is shown with its fields
    assert "Suivi de rendez-vous" in names and "Mise en relation (à la PME)" in names
    select(editor, "Suivi de rendez-vous")
    assert "{{date_rendez_vous}}" in editor.subject_edit.text()
    assert "{{objet_rendez_vous}}" in editor.body.edit.toPlainText()
    assert editor.delete_button.text() != editor.tr("Delete")  # a shipped template is restored, not deleted


def test_a_field_is_inserted_at_the_cursor_and_the_template_saved(qtbot, editor, demo_ctx):
    # GIVEN a new template whose text starts with a few words
    editor.new_button.click()
    editor.name_edit.setText("Invitation au forum")
    editor.subject_edit.setText("Forum du numérique")
    editor.body.edit.setPlainText("Nous serions heureux de recevoir ")
    editor.body.edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.edit.setFocus()
    # WHEN the animator double-clicks the organisation's name among the fields
    choose_field(editor, "{{nom_organisation}}")
    editor.fields_list.itemDoubleClicked.emit(editor.fields_list.currentItem())
    # THEN the field is at the cursor
    assert editor.body.edit.toPlainText() == "Nous serions heureux de recevoir {{nom_organisation}}"
    # WHEN the template is saved
    with qtbot.waitSignal(editor.sig_saved) as saved:
        editor.save_button.click()
        settle()
    # THEN it is stored with the field, and listed
    stored = get_template(saved.args[0], demo_ctx.database.uow())
    assert stored.name == "Invitation au forum"
    assert "{{nom_organisation}}" in stored.body
    assert editor.templates_list.currentItem().text() == "Invitation au forum"


def test_an_unknown_field_is_refused_by_name_under_the_text(editor, demo_ctx):
    # GIVEN the follow-up letter, where the animator typed a field that does not exist
    select(editor, "Suivi de rendez-vous")
    before = get_template(editor.template_id, demo_ctx.database.uow()).body
    editor.body.edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.insert_text(" Votre code : {{numero_client}}.")
    # WHEN it is saved
    editor.save_button.click()
    settle()
    # THEN the unknown field is named under the text, and nothing is stored
    error = editor.errors._labels["body"]
    assert error.isVisibleTo(editor)
    assert "{{numero_client}}" in error.text()
    assert get_template(editor.template_id, demo_ctx.database.uow()).body == before


def test_the_preview_shows_the_letter_for_a_chosen_organisation(qtbot, editor):
    # GIVEN the follow-up letter, previewed with the car plant
    select(editor, "Suivi de rendez-vous")
    editor.source.choose("organisation", Choice(1, "Usine automobile de Cléon"))
    # WHEN the animator asks for the preview
    editor.preview_button.click()
    # THEN the letter opens in the preview, one page
    qtbot.waitUntil(lambda: bool(editor.findChildren(PdfPreviewDialog)), timeout=20_000)
    preview = editor.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count() == 1
    assert preview.page_label.text() == "Page 1 / 1"
    from pypdf import PdfReader

    text = " ".join(PdfReader(preview.path).pages[0].extract_text().split())
    assert "Usine automobile de Cléon" in text  # the recipient block's first line
    assert "[date_rendez_vous]" in text  # a meeting's field, shown by its name without a meeting
    preview.close_button.click()
    assert not shiboken6.isValid(preview) or not preview.isVisible()


def test_the_preview_with_a_meeting_fills_in_its_date_and_subject(qtbot, editor, demo_ctx):
    from cluster_crm.services.interactions import get_interaction, timeline

    # GIVEN the follow-up letter, previewed with the car plant's latest interaction
    entry = timeline(demo_ctx.database.uow(), organisation_id=1, limit=1)[0]
    meeting = get_interaction(entry.id, demo_ctx.database.uow(), demo_ctx.database.attachments_dir)
    select(editor, "Suivi de rendez-vous")
    editor.source.choose("interaction", Choice(entry.id, entry.subject))
    # WHEN the animator asks for the preview
    editor.preview_button.click()
    qtbot.waitUntil(lambda: bool(editor.findChildren(PdfPreviewDialog)), timeout=20_000)
    # THEN the letter names the meeting's subject, not a placeholder
    from pypdf import PdfReader

    preview = editor.findChildren(PdfPreviewDialog)[0]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(preview.path).pages).split())
    assert "[date_rendez_vous]" not in text
    assert " ".join(meeting.subject.split())[:30] in text
