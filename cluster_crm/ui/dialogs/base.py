"""The one dialog base class: window flags, modality, remembered geometry, field errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QWidget

from cluster_crm.domain.errors import ValidationFailed
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.errors import show_domain_error
from cluster_crm.ui.settings import restore_state, save_state


class BaseDialog(QDialog):
    geometry_key = "dialog"

    sig_loaded = Signal()
    """The record the dialog edits was read and its fields filled (see ``load``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowFlags(self.windowFlags() & ~Qt.WindowType.WindowContextHelpButtonHint)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._geometry_restored = False
        self.saving = False
        """True while a submitted change is being saved (a second submit is ignored)."""
        self.loading = False
        """True while the record the dialog edits is being read."""

    def load(self, work: Callable[[Any], Any], fill: Callable[[Any], None]) -> None:
        """Read what the dialog shows off the GUI thread; its buttons wait until ``fill(value)``.
        If it cannot be read (deleted meanwhile), the refusal is shown and the dialog closes."""
        self.loading = True
        waiting = [b for b in self.findChildren(QPushButton) if b.isEnabled()]
        for button in waiting:
            button.setEnabled(False)

        def filled(value: Any) -> None:
            fill(value)
            self._finish_loading(waiting)

        def failed(error: Any) -> bool:
            self._finish_loading(waiting)
            show_domain_error(self, error)
            self.reject()
            return True

        self.ctx.ops.query(self, "load", work, filled, on_error=failed)

    def _finish_loading(self, waiting: list[QPushButton]) -> None:
        for button in waiting:
            button.setEnabled(True)
        self.loading = False
        self.sig_loaded.emit()

    def submit(
        self,
        work: Callable[[Any], Any],
        *,
        changed: str,
        errors: FieldErrors | None = None,
        on_saved: Callable[[Any], None] | None = None,
        on_unplaced: Callable[[list[str]], None] | None = None,
        on_error: Callable[[Any], bool] | None = None,
        close: bool = True,
    ) -> None:
        """Save through the action door: the buttons wait while it saves; a refusal keeps the dialog
        open with each problem under its field; success calls ``on_saved(view)`` and closes."""
        if self.saving or self.loading:
            return
        self.saving = True

        def saved(view: Any) -> None:
            if errors is not None:
                errors.clear()
            if on_saved is not None:
                on_saved(view)
            if close:
                self.accept()

        def done() -> None:
            self.saving = False

        self.ctx.ops.action(
            self,
            work,
            changed=changed,
            on_success=saved,
            errors=errors,
            on_unplaced=on_unplaced,
            on_error=on_error,
            busy=self.findChildren(QPushButton),
            on_done=done,
        )

    def button_box(
        self, accept_text: str, on_accept: Callable[[], None]
    ) -> tuple[QDialogButtonBox, QPushButton]:
        """The dialog's buttons: ``accept_text`` (the default, calls ``on_accept``) and Cancel."""
        accept = QPushButton(accept_text)
        accept.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        accept.clicked.connect(lambda: on_accept())  # not clicked(checked) as an argument
        cancel.clicked.connect(self.reject)
        return buttons, accept

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        if not self._geometry_restored:
            self._geometry_restored = True
            restore_state(self.ctx.settings, self.geometry_key, self)
        super().showEvent(event)

    def done(self, result: int) -> None:
        save_state(self.ctx.settings, self.geometry_key, self)
        super().done(result)


class FieldErrors:
    """The red messages under a form's fields, keyed by the service's field names."""

    def __init__(self, tabs: QTabWidget | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._tabs = tabs

    def label_for(self, field: str, input_widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}_error")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b42318;")
        label.hide()
        self._labels[field] = label
        self._inputs[field] = input_widget
        return label

    def set(self, field: str, message: str | None) -> None:
        label = self._labels[field]
        label.setText(message or "")
        label.setVisible(bool(message))
        self._inputs[field].setProperty("invalid", bool(message))
        self._inputs[field].setStyleSheet("border: 1px solid #b42318;" if message else "")

    def clear(self) -> None:
        for field in self._labels:
            self.set(field, None)

    def show(self, error: ValidationFailed) -> list[str]:
        """Show every problem by its field; focus the first one. Returns the problems with no field."""
        self.clear()
        unplaced = []
        first: QWidget | None = None
        for problem in error.problems:
            if problem.field in self._labels:
                previous = self._labels[problem.field].text()
                message = problem.message()
                self.set(problem.field, f"{previous}\n{message}" if previous else message)
                first = first or self._inputs[problem.field]
            else:
                unplaced.append(problem.message())
        if first is not None:
            self._reveal(first)
            first.setFocus()
        return unplaced

    def _reveal(self, widget: QWidget) -> None:
        if self._tabs is None:
            return
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if page.isAncestorOf(widget):
                self._tabs.setCurrentIndex(index)
                return
