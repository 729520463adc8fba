"""Issue 5's "done when", in the real window on the demo cluster: a follow-up letter from a meeting,
previewed and printed, that fits a window envelope; the car plant's contact sheet; the member
directory and a label sheet; letters to every member, with the skipped ones listed."""

from __future__ import annotations

from pypdf import PdfReader

from cluster_crm.domain.dates import long_date
from cluster_crm.services.interactions import get_interaction
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.letters import letter_for_interaction
from cluster_crm.ui.dialogs.batch_dialogs import SkippedPanel
from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import settle
from tests.ui.test_documents_ui import first_meeting_id, print_to_file
from tests.unit.test_letter_pdf import check_recipient_inside


def text_of(path) -> str:  # noqa: ANN001
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def next_preview(qtbot, actions, previous):  # noqa: ANN001, ANN201
    qtbot.waitUntil(
        lambda: actions.dialog is not previous and isinstance(actions.dialog, PdfPreviewDialog),
        timeout=30_000,
    )
    return actions.dialog


def test_letters_sheets_directory_labels_and_a_mail_merge(qtbot, monkeypatch, window, tmp_path):
    ctx = window.ctx
    actions = window.documents
    # GIVEN a meeting of the demo, open in its editor
    meeting = get_interaction(first_meeting_id(ctx), ctx.database.uow(), ctx.database.attachments_dir)
    editor = window.open_interaction(meeting.id)
    settle()
    # WHEN the animator asks for its follow-up letter and previews it
    editor.letter_button.click()
    settle()
    letter_dialog = editor.letter_dialog
    with qtbot.waitSignal(letter_dialog.sig_previewed, timeout=20_000) as shown:
        letter_dialog.preview_button.click()
    preview = shown.args[0]
    # THEN the letter is pre-filled with the meeting's date and written to its participant
    letter_text = text_of(preview.path)
    assert long_date(meeting.starts_at.date()) in letter_text
    assert meeting.contacts[0].label.split()[-1].upper() in letter_text.upper()
    assert "Objet :" in letter_text and "Rouen, le " in letter_text
    # AND its recipient block lies inside the DL envelope's window
    block = letter_for_interaction(meeting.id, ctx.database.uow()).letter.recipient_lines
    check_recipient_inside(preview.path, get_letterhead(ctx.database.uow()).window, list(block))
    # WHEN it is printed, THEN the printer gets its page and the letter is on the timeline
    printed = tmp_path / "courrier.pdf"
    print_to_file(monkeypatch, printed)
    with qtbot.waitSignal(preview.sig_recorded, timeout=30_000) as recorded:
        preview.print_button.click()
    assert len(PdfReader(printed).pages) == len(PdfReader(preview.path).pages)
    [letter_id] = recorded.args[0].interaction_ids
    assert get_interaction(letter_id, ctx.database.uow(), ctx.database.attachments_dir).kind == "letter"
    preview.close()

    # WHEN the car plant's contact sheet is printed from the File menu
    window.open_record("organisation", 1)
    qtbot.waitUntil(lambda: window.organisations_page.current_id() == 1)
    actions.sheet_action.trigger()
    sheet = next_preview(qtbot, actions, None)
    sheet_text = text_of(sheet.path)
    assert "Usine automobile de Cléon" in sheet_text and "SIRET" in sheet_text
    # AND the member directory
    actions.print_directory("sector")
    directory = next_preview(qtbot, actions, sheet)
    assert "Annuaire des adhérents" in text_of(directory.path)
    # AND a label sheet of every member
    labels_dialog = actions.print_labels()
    settle()
    labels_dialog.members_radio.setChecked(True)
    labels_dialog.generate_button.click()
    labels = next_preview(qtbot, actions, directory)
    assert labels.page_count() >= 1

    # WHEN a batch of letters goes to every member (the Organisations list filtered on members)
    page = window.organisations_page
    window.show_page(page)
    with qtbot.waitSignal(page.sig_results_shown, timeout=10_000):
        page.membership_filter.setCurrentIndex(page.membership_filter.findData("member"))
    merge = actions.mail_merge()
    settle()
    assert merge.scope.ids() == page.model.all_ids()
    merge.template_combo.setCurrentIndex(merge.template_combo.findData("Bienvenue à un nouvel adhérent"))
    merge.generate_button.click()
    batch = next_preview(qtbot, actions, labels)
    # THEN the letters are there, and whoever could not be written to is listed with the reason
    [panel] = batch.findChildren(SkippedPanel)
    skipped = dict(panel.rows())
    assert batch.page_count() >= len(page.model.all_ids()) - len(skipped)
    assert all(reason for reason in skipped.values())
