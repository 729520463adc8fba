"""The door's queries: only the latest answer for a widget and a key is delivered."""

from __future__ import annotations

import threading

from tests.ui.conftest import settle


def test_only_the_latest_query_of_a_key_is_delivered_even_after_a_cancel(qtbot, own, empty_ctx):
    from PySide6.QtWidgets import QWidget

    owner = own(QWidget())
    delivered: list[str] = []
    release = threading.Event()

    def slow(_uow):  # noqa: ANN001, ANN202
        release.wait(5)
        return "old"

    # GIVEN a slow query, cancelled, then asked again with the same key
    empty_ctx.ops.query(owner, "search", slow, delivered.append)
    empty_ctx.ops.cancel(owner, "search")
    empty_ctx.ops.query(owner, "search", lambda _uow: "new", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    # WHEN the old one answers at last
    release.set()
    settle()
    # THEN it is dropped: the widget shows the answer to what was asked last
    assert delivered == ["new"]
    assert not empty_ctx.ops.pending(owner, "search")


def test_a_refused_action_tells_nobody_and_a_successful_one_tells_every_view(
    qtbot, own, empty_ctx, message_boxes
):
    from PySide6.QtWidgets import QWidget

    from cluster_crm.domain.errors import DomainError

    owner = own(QWidget())
    heard: list[str] = []
    empty_ctx.bus.sig_data_changed.connect(heard.append)

    def refused(_uow):  # noqa: ANN001, ANN202
        raise DomainError("Refusé.")

    empty_ctx.ops.action(owner, refused, changed="organisations")
    settle()
    assert heard == [] and message_boxes.shown  # said to the user, nothing announced
    empty_ctx.ops.action(owner, lambda _uow: None, changed="organisations")
    settle()
    assert heard == ["organisations"]
