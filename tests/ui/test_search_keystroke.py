"""Search-as-you-type with a record selected: a keystroke reads the list, not the record again."""

from __future__ import annotations

from sqlalchemy import event

from tests.ui.conftest import settle

LIST_STATEMENTS = 4
"""The matching ids, the first rows with their tags, and the number of organisations."""


def statements_of(engine, action) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001, ANN002
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def test_a_keystroke_reads_the_list_and_not_the_selected_record_again(qtbot, window):
    page = window.organisations_page
    engine = window.ctx.database.engine
    # GIVEN the car plant found with "cleo" and selected, its pane and timeline shown
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleo")
    plant = page.model.id_at(0)
    page.select_record(plant)
    settle()
    assert "Cléon" in page.detail.toPlainText()

    # WHEN one more letter is typed, and the plant is still in the list
    def keystroke() -> None:
        with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
            page.search_edit.setText("cleon")
        settle()

    statements = statements_of(engine, keystroke)
    # THEN the list was read, the plant stays selected, and neither its pane nor its timeline was read again
    assert page.current_id() == plant
    print(f"statements sent by one keystroke: {len(statements)}")
    assert 1 <= len(statements) <= LIST_STATEMENTS, statements
    assert not any("interaction" in s.lower() for s in statements)
    assert "Cléon" in page.detail.toPlainText()


def test_another_record_chosen_is_read_once(qtbot, window):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("rouen")
    first, second = page.model.id_at(0), page.model.id_at(1)
    page.select_record(first)
    settle()
    # WHEN the animator moves to the next organisation
    statements = statements_of(window.ctx.database.engine, lambda: (page.select_record(second), settle()))
    # THEN its details and its timeline are read
    assert page.current_id() == second
    assert any("interaction" in s.lower() for s in statements)
