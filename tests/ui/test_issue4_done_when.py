"""Issue 4's "done when", in the real window on the demo cluster: from the hospital's data/AI need to
ranked, explained suggestions, two introductions, one concluded, its check-ups on the dashboard, and
a quarterly report whose figures are right."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QDate

from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.domain.periods import PeriodKind, period_containing
from cluster_crm.services.introductions import get_introduction, introduction_rows
from cluster_crm.services.reports import introduction_report
from tests.cli.helpers import run
from tests.clock import TODAY
from tests.ui.conftest import closed, settle

S = IntroductionStatus
HOSPITAL_DATA_NEED = 1  # « Partenaire data et intelligence artificielle… » of the university hospital
DATA_SMES = {"Algorithmes de la Vatine", "Seine Data Lab", "Normandie IA Santé", "Quantia Data Conseil"}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_from_the_hospital_need_to_a_quarterly_report(qtbot, window, tmp_path):
    ctx = window.ctx
    quarter = period_containing(TODAY, PeriodKind.QUARTER)
    before = introduction_report(quarter, ctx.database.uow()).totals

    # GIVEN the hospital's open need for a data / AI partner, opened from the window
    panel = window.needs_page.suggestions
    with qtbot.waitSignal(panel.sig_loaded, timeout=15_000):
        window.open_record("need", HOSPITAL_DATA_NEED)
    assert window.current_page() is window.needs_page
    # THEN the SMEs that do data and AI come first, each with the reasons it matches
    cards = panel.cards()
    assert {c.suggestion.name for c in cards[:4]} == DATA_SMES
    for card in cards[:4]:
        reasons = " ".join(r.text for r in card.suggestion.reasons_for)
        assert "Savoir-faire" in reasons and "Étiquettes communes" in reasons
        assert card.suggestion.contact_id is not None
    # AND the one that objected to being solicited is there, last, and cannot be introduced
    blocked = [c for c in cards if c.suggestion.blocked]
    assert [c.suggestion.name for c in blocked] == ["Vision et Apprentissage Rouen"]
    assert cards[-1] is blocked[0]
    assert "sollicit" in " ".join(r.text for r in blocked[0].suggestion.reasons_against)
    assert panel.present(blocked[0].suggestion.organisation_id) is None

    # WHEN the animator introduces the first two, proposed five weeks ago, in one action each
    first, second = cards[0].suggestion, cards[1].suggestion
    proposed = TODAY - timedelta(days=35)
    for suggestion in (first, second):
        dialog = panel.present(suggestion.organisation_id)
        qtbot.waitExposed(dialog)
        settle()
        assert dialog.sme.current_id() == suggestion.organisation_id
        assert dialog.need_combo.currentData() == HOSPITAL_DATA_NEED
        dialog.proposed_edit.setDate(qdate(proposed))
        dialog.save_button.click()
        settle()
        assert closed(dialog)
    made = {r.sme_name: r.id for r in introduction_rows(ctx.database.uow(), need_id=HOSPITAL_DATA_NEED)}
    assert set(made) == {first.name, second.name}

    # AND moves the first to "introduced" four weeks ago, and the second on to "concluded" today
    page = window.introductions_page
    window.open_record("introduction", made[first.name])
    introduced_on = TODAY - timedelta(days=29)
    for introduction_id in (made[first.name], made[second.name]):
        dialog = page.change_stage(introduction_id, S.INTRODUCED)
        settle()
        qtbot.waitExposed(dialog)
        settle()
        dialog.date_edit.setDate(qdate(introduced_on))
        for agreed in (dialog.contracting_agreed, dialog.sme_agreed):
            agreed.set_value(proposed + timedelta(days=2))
        dialog.save_button.click()
        settle()
        assert closed(dialog)
    dialog = page.change_stage(made[second.name], S.CONCLUDED)
    settle()
    qtbot.waitExposed(dialog)
    settle()
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("contract"))
    dialog.amount_edit.setText("38 000")
    dialog.note_edit.setText("Marché d'entrepôt de données signé")
    dialog.save_button.click()
    settle()
    assert closed(dialog)
    concluded = get_introduction(made[second.name], ctx.database.uow())
    assert (concluded.row.status, concluded.row.outcome_label, concluded.row.amount_eur) == (
        S.CONCLUDED,
        "Contrat signé",
        38_000,
    )
    assert [h.status for h in concluded.history] == ["proposed", "introduced", "concluded"]

    # THEN the first one's check-up at one month is on the dashboard, due in a couple of days
    dashboard = window.dashboard_page
    window.show_page(dashboard)
    qtbot.waitUntil(lambda: made[first.name] in _introductions_of(dashboard.upcoming_list), timeout=10_000)
    check_up = next(
        dashboard.upcoming_list.model.follow_up(r)
        for r in range(dashboard.upcoming_list.model.rowCount())
        if dashboard.upcoming_list.model.follow_up(r).introduction_id == made[first.name]
    )
    assert "Vérifier le résultat" in check_up.note
    assert check_up.about == f"Centre hospitalier universitaire de Rouen ↔ {first.name}"
    # AND opening it from the dashboard shows its introduction
    dashboard.upcoming_list.open_follow_up(check_up.id)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.current_id() == made[first.name], timeout=5000)
    settle()
    window.show_page(dashboard)

    # AND the quarterly report counts exactly what was done: 2 more proposals, 2 more made, 1 more
    # concluded (made this quarter, concluded by now), 38 000 € more
    after = introduction_report(quarter, ctx.database.uow()).totals
    assert after.proposals == before.proposals + 2
    assert after.introductions_made == before.introductions_made + 2
    assert after.made_and_concluded == before.made_and_concluded + 1
    assert after.concluded == before.concluded + 1
    assert after.amount_eur == before.amount_eur + 38_000
    assert after.needs_received == before.needs_received
    # AND the printed report says so
    pdf = tmp_path / "bilan.pdf"
    result = run("--db", str(ctx.database.file), "print", "report", "--quarter", quarter.code, "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert quarter.label() in text
    assert first.name in text or second.name in text
    amount = f"{after.amount_eur:,}".replace(",", " ")
    assert amount in text.replace("\u202f", " ").replace("\xa0", " ")


def _introductions_of(follow_up_list) -> list[int]:  # noqa: ANN001
    model = follow_up_list.model
    return [model.follow_up(r).introduction_id for r in range(model.rowCount())]
