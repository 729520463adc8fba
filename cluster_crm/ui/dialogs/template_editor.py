"""The letter template editor: the templates, their subject, rich-text body and closing, named fields
inserted from a list, a preview with a chosen record, Save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.documents.letter_pdf import write_letters
from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.letter_markup import from_qt_html
from cluster_crm.domain.letter_templates import TemplateText, default_closing, editor_fields, unknown_fields
from cluster_crm.services import letter_templates as service
from cluster_crm.services.letter_templates import LetterTemplateView
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.letters import letter_for_interaction, letters_for_introduction, preview_letter
from cluster_crm.services.progress import Progress
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.dialogs.pdf_preview import preview_generated
from cluster_crm.ui.letter_sources import LetterSourcePicker
from cluster_crm.ui.roles import ID_ROLE, RECORD_ROLE
from cluster_crm.ui.widgets.rich_text_editor import RichTextEditor

TOKEN_ROLE = RECORD_ROLE  # a field's {{token}}


class TemplateEditor(BaseDialog):
    geometry_key = "template_editor"

    sig_saved = Signal(int)
    """A template was stored; its id."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, template_id: int | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Letter templates"))
        self.template_id: int | None = None
        self.purpose = "general"
        self._loading = False
        self._dirty = False
        self._shown: LetterTemplateView | None = None
        self.errors = FieldErrors()

        self.templates_list = QListWidget()
        self.new_button = QPushButton(self.tr("New"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            button.setAutoDefault(False)
        self.name_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("Printed after « Objet : »"))
        self.body = RichTextEditor()
        self.closing_edit = QPlainTextEdit()
        self.closing_edit.setTabChangesFocus(True)
        self.closing_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.closing_edit.setPlaceholderText(self.tr("e.g. Je vous prie d’agréer, {{appel}}, …"))
        self.fields_list = QListWidget()
        self.fields_list.setWordWrap(True)
        self.fields_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_list.setToolTip(self.tr("Double-click a field to insert it at the cursor"))
        for token, label in editor_fields():
            item = QListWidgetItem(label)
            item.setData(TOKEN_ROLE, token)
            item.setToolTip(token)
            self.fields_list.addItem(item)
        self.insert_button = QPushButton(self.tr("Insert the field"))
        self.insert_button.setAutoDefault(False)
        self.source = LetterSourcePicker(ctx)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self._last_text_field: QWidget = self.body.edit

        self._build_layout()
        self._connect()
        self.reload(template_id)
        self.resize(1150, 720)

    # --- building --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Templates")))
        left_layout.addWidget(self.templates_list, 1)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            list_buttons.addWidget(button)
        left_layout.addLayout(list_buttons)

        middle = QWidget()
        form = QGridLayout(middle)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        rows = (
            (self.tr("&Name"), self.name_edit, "name"),
            (self.tr("&Subject"), self.subject_edit, "subject"),
            (self.tr("&Text"), self.body, "body"),
            (self.tr("&Closing"), self.closing_edit, "closing"),
        )
        for row, (caption, field, name) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(field)
            label.setContentsMargins(0, 4, 0, 0)  # level with the first line of its field
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field, 1)
            box.addWidget(self.errors.label_for(name, field))
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addLayout(box, row, 1)
        form.setRowStretch(2, 1)  # the text takes the height
        hint = QLabel(
            self.tr(
                "The date, the recipient's address, the salutation and the signature are added by the "
                "letter itself: write only the text."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addWidget(hint, len(rows), 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        fields_label = QLabel(self.tr("&Fields"))
        fields_label.setBuddy(self.fields_list)
        right_layout.addWidget(fields_label)
        right_layout.addWidget(self.fields_list, 1)
        right_layout.addWidget(self.insert_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 620, 260])
        splitter.setChildrenCollapsible(False)

        bottom = QHBoxLayout()
        preview_label = QLabel(self.tr("Preview with"))
        preview_label.setBuddy(self.source.kind_combo)
        bottom.addWidget(preview_label)
        bottom.addWidget(self.source, 1)
        bottom.addWidget(self.preview_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.templates_list.currentItemChanged.connect(self._template_chosen)
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.fields_list.itemDoubleClicked.connect(lambda _item: self.insert_field())
        self.insert_button.clicked.connect(self.insert_field)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        for field in (self.name_edit, self.subject_edit):
            field.textEdited.connect(self._edited)
        self.closing_edit.textChanged.connect(self._edited)
        self.body.sig_changed.connect(self._edited)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # --- the list --------------------------------------------------------------------------

    sig_listed = Signal()
    """The templates are listed and the chosen one shown."""

    def reload(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.template_id
        self.ctx.ops.query(self, "list", service.list_templates, lambda rows: self._list(rows, wanted))

    def _list(self, rows: list[LetterTemplateView], wanted: int | None) -> None:
        self.templates_list.blockSignals(True)
        self.templates_list.clear()
        for row in rows:
            item = QListWidgetItem(row.name)
            item.setData(ID_ROLE, row.id)
            if row.shipped:
                item.setToolTip(self.tr("Shipped with Cluster CRM: Delete restores its original text"))
            self.templates_list.addItem(item)
        self.templates_list.blockSignals(False)
        chosen = next((r for r in rows if r.id == wanted), rows[0] if rows else None)
        if chosen is None:
            self.new_template()
        else:
            self.templates_list.blockSignals(True)
            self.templates_list.setCurrentRow(rows.index(chosen))
            self.templates_list.blockSignals(False)
            self._show(chosen)
        self.sig_listed.emit()

    def _template_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            template_id = item.data(ID_ROLE)
            self._may_leave(lambda: self.show_template(template_id))

    def show_template(self, template_id: int) -> None:
        self.ctx.ops.query(self, "template", lambda uow: service.get_template(template_id, uow), self._show)

    def _show(self, view: LetterTemplateView) -> None:
        self._shown = view
        self._loading = True
        self.template_id = view.id
        self.purpose = view.purpose
        self.name_edit.setText(view.name)
        self.subject_edit.setText(view.subject)
        self.body.set_html(view.body)
        self.closing_edit.setPlainText(view.closing)
        self._loading = False
        self._dirty = False
        self.errors.clear()
        self.delete_button.setText(self.tr("Restore") if view.shipped else self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Put back the text shipped with Cluster CRM")
            if view.shipped
            else self.tr("Delete this template")
        )
        self.source.prefer(view.purpose)

    def new_template(self) -> None:
        self._may_leave(self._new_template)

    def _new_template(self) -> None:
        self._loading = True
        self.template_id = None
        self._shown = None
        self.purpose = "general"
        self.templates_list.clearSelection()
        self.name_edit.setText(self.tr("New letter"))
        self.subject_edit.clear()
        self.body.set_html("")
        self.closing_edit.setPlainText(default_closing())
        self._loading = False
        self._dirty = True
        self.errors.clear()
        self.delete_button.setText(self.tr("Delete"))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def duplicate_template(self) -> None:
        if self.template_id is not None:
            self._may_leave(self._duplicate)

    def _duplicate(self) -> None:
        template_id = self.template_id
        if template_id is None:
            return

        def duplicated(view: LetterTemplateView) -> None:
            self.reload(view.id)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

        self.ctx.ops.action(
            self,
            lambda uow: service.duplicate_template(template_id, uow),
            changed="templates",
            on_success=duplicated,
        )

    def delete_template(self) -> None:
        view = self._shown
        if self.template_id is None or view is None:
            self.reload()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        if view.shipped:
            box.setText(self.tr("Restore the original text of « {name} »?").format(name=view.name))
            accept = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Delete the template « {name} »?").format(name=view.name))
            accept = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not accept:
            return

        def done(_result: object) -> None:
            self._dirty = False
            self.template_id = view.id if view.shipped else None
            self.reload(self.template_id)

        def refused(error: DomainError) -> bool:
            QMessageBox.warning(self, self.windowTitle(), error.message())
            return True

        reset_or_delete = service.reset_template if view.shipped else service.delete_template
        self.ctx.ops.action(
            self,
            lambda uow: reset_or_delete(view.id, uow),
            changed="templates",
            on_success=done,
            on_error=refused,
        )

    # --- editing ---------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in (self.subject_edit, self.closing_edit, self.body.edit):
            self._last_text_field = new

    def insert_field(self) -> None:
        """The chosen field goes at the cursor of the subject, the text or the closing (the last one
        edited)."""
        item = self.fields_list.currentItem()
        if item is None:
            return
        token = item.data(TOKEN_ROLE)
        target = self._last_text_field
        if target is self.body.edit:
            self.body.insert_text(token)
        elif target is self.closing_edit:
            self.closing_edit.insertPlainText(token)
            self.closing_edit.setFocus()
        else:
            self.subject_edit.insert(token)
            self.subject_edit.setFocus()

    def text(self) -> TemplateText:
        return TemplateText(
            subject=self.subject_edit.text(),
            body=from_qt_html(self.body.html()),
            closing=self.closing_edit.toPlainText(),
        )

    def check_fields(self) -> bool:
        """Report unknown fields by name under the text where they are; True if there are none."""
        self.errors.clear()
        text = self.text()
        found = False
        for field, value in (("subject", text.subject), ("body", text.body), ("closing", text.closing)):
            unknown = unknown_fields(value)
            if unknown:
                found = True
                names = ", ".join("{{" + name + "}}" for name in unknown)
                self.errors.set(
                    field, self.tr("Unknown field: {names}. Choose one from the list.").format(names=names)
                )
        return not found

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Store the template (its fields checked first); then ``then()`` once it is stored."""
        if not self.check_fields():
            return
        text = self.text()
        draft = service.TemplateDraft(
            name=self.name_edit.text(),
            subject=text.subject,
            body=text.body,
            closing=text.closing,
            purpose=self.purpose,
        )
        template_id = self.template_id

        def saved(view: LetterTemplateView) -> None:
            self._dirty = False
            self.template_id = view.id
            self.reload(view.id)
            self.sig_saved.emit(view.id)
            if then is not None:
                then()

        def refused(error: DomainError) -> bool:
            QMessageBox.warning(self, self.windowTitle(), error.message())
            return True

        self.submit(
            lambda uow: service.save_template(draft, uow, template_id),
            changed="templates",
            errors=self.errors,
            on_saved=saved,
            on_unplaced=lambda messages: QMessageBox.warning(self, self.windowTitle(), "\n".join(messages)),
            on_error=refused,
            close=False,
        )

    def _may_leave(self, proceed: Callable[[], None]) -> None:
        """Before another template is shown (or the editor closed): save or drop the changes of this
        one, then ``proceed()``; nothing happens if the user cancels."""
        if not self._dirty:
            proceed()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Save the changes to « {name} »?").format(name=self.name_edit.text()))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            self.save(then=proceed)
        elif box.clickedButton() is drop:
            self._dirty = False
            proceed()

    # --- preview ---------------------------------------------------------------------------

    def preview(self) -> None:
        """The letter as it would be for the chosen record, in the preview (nothing is recorded)."""
        if not self.check_fields():
            return
        source = self.source.value()
        if source is None:
            self.source.show_missing()
            return
        if source.from_work and self._dirty:
            self.save(then=self.preview)  # a meeting's or an introduction's letter uses the saved template
            return
        text, name = self.text(), self.name_edit.text()
        title = self.tr("Preview: {name}").format(name=name)

        def work(uow, path: Path, _progress: Progress) -> Path:  # noqa: ANN001
            if source.kind == "interaction":
                letters = [letter_for_interaction(source.record_id, uow, name).letter]
            elif source.kind == "introduction":
                letters = [p.letter for p in letters_for_introduction(source.record_id, uow, name)]
            else:
                organisation_id, contact_id = source.recipient(uow)
                letters = [preview_letter(text, uow, organisation_id, contact_id)]
            return write_letters(letters, get_letterhead(uow), path)

        preview_generated(self, self.ctx, self.tr("Preparing the preview…"), title, "apercu.pdf", work)

    def reject(self) -> None:
        self._may_leave(super().reject)
