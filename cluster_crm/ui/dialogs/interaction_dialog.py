"""Log an interaction in a few keystrokes (the quick log), or edit one: who, when, what, files, follow-up."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.interactions import Delay, FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.i18n import translate
from cluster_crm.services.attachments import existing_file
from cluster_crm.services.contacts import contact_choices_of, people_choices
from cluster_crm.services.dto import AttachmentView, Choice, InteractionView
from cluster_crm.services.interactions import get_interaction, log_interaction, update_interaction
from cluster_crm.services.introduction_dto import IntroductionRow
from cluster_crm.services.introductions import get_introduction, introductions_among
from cluster_crm.services.organisations import organisation_choices, organisation_rows
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dates import to_qdate, to_qdatetime
from cluster_crm.ui.dialogs.attendance_dialog import AttendanceDialog
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.errors import show_domain_error
from cluster_crm.ui.icons import icon
from cluster_crm.ui.roles import RECORD_ROLE
from cluster_crm.ui.views.html import short
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker

DURATIONS_MIN = (15, 30, 45, 60, 90, 120, 180, 240)
UNTIL = -1
"""The duration combo's last choice: the end is typed in."""

ON_A_DATE = "date"
"""The follow-up combo's last choice: the due date is typed in."""

FILE_ROLE = RECORD_ROLE  # an attachment, or the path of a file to attach
PEOPLE_FIRST = 15
"""At most this many people of the chosen organisations lead the people suggestions."""


class DateTimeField(QDateTimeEdit):
    """A date (and time) field that Tab leaves at once, instead of visiting day, month, year…"""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


def rounded(now: datetime, step_minutes: int = 5) -> datetime:
    now = now.replace(second=0, microsecond=0)
    return now.replace(minute=0) + timedelta(minutes=step_minutes * round(now.minute / step_minutes))


MAX_ORGANISATIONS_FOR_INTRODUCTIONS = 6  # an event with 50 organisations offers none


class InteractionDialog(BaseDialog):
    geometry_key = "interaction_dialog"

    sig_saved = Signal(int)
    """The interaction was stored; its id."""

    sig_introductions_listed = Signal()
    """The introductions of the chosen organisations are offered (or there are none)."""

    def __init__(
        self,
        ctx: AppContext,
        interaction_id: int | None,
        parent: QWidget | None = None,
        *,
        organisation_ids: Iterable[int] = (),
        contact_ids: Iterable[int] = (),
        kind: InteractionKind | None = None,
        introduction_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.interaction_id = interaction_id
        self.introduction_id = introduction_id
        """The introduction this interaction belongs to (kept when it is edited)."""
        self.attendance_dialog: AttendanceDialog | None = None
        self.letter_dialog: QWidget | None = None
        self._removed_attachment_ids: list[int] = []
        self._follow_up_shown: Delay | str | None = None
        self._previous_starts: QDateTime | None = None
        self.setWindowTitle(
            self.tr("Log an interaction") if interaction_id is None else self.tr("Edit interaction")
        )
        self.errors = FieldErrors()
        self._build_fields()
        self._build_layout()
        self.letter_button.setVisible(interaction_id is not None)  # a letter follows a stored one
        self._connect()
        attachments_dir = ctx.attachments_dir
        if interaction_id is None:
            self._prefill(kind or InteractionKind.MEETING)
            organisations, people = list(organisation_ids), list(contact_ids)
            if organisations or people or introduction_id is not None:
                self.load(
                    lambda uow: _participants(uow, organisations, people, introduction_id),
                    self._add_participants,
                )
            self.kind_combo.setFocus()
        else:
            self.load(lambda uow: get_interaction(interaction_id, uow, attachments_dir), self._fill)
            self.subject_edit.setFocus()
        self._show_introduction()
        self._kind_changed()
        self._duration_changed()
        self._follow_up_changed()
        self._update_attachment_buttons()
        self.resize(700, self.sizeHint().height())

    # --- building --------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.kind_combo = QComboBox()
        for kind in InteractionKind:
            self.kind_combo.addItem(icon(f"kind-{kind.value}"), kind.label, kind.value)
        self.starts_edit = DateTimeField()
        self.starts_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.starts_edit.setCalendarPopup(True)
        self.duration_combo = QComboBox()
        self.duration_combo.addItem(self.tr("No duration"), None)
        for minutes in DURATIONS_MIN:
            self.duration_combo.addItem(self._duration_text(minutes), minutes)
        self.duration_combo.addItem(self.tr("Until…"), UNTIL)
        self.ends_edit = DateTimeField()
        self.ends_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.ends_edit.setCalendarPopup(True)
        self.ends_edit.setToolTip(self.tr("End"))
        self._chosen_organisations: tuple[int, ...] = ()  # read by the people search off the GUI thread
        self.organisations = ParticipantPicker(
            self.ctx.ops,
            lambda uow, text: organisation_choices(text, uow),
            self.tr("Type a few letters of an organisation, then Enter"),
        )
        self.people = ParticipantPicker(
            self.ctx.ops,
            lambda uow, text: people_choices(text, list(self._chosen_organisations), uow, PEOPLE_FIRST),
            self.tr("Type a few letters of a name, then Enter"),
        )
        self.people.setToolTip(
            self.tr("Down arrow in the empty field: the people of the chosen organisations")
        )
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. on site, at the CCI, by video"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("What it was about, in a few words"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What was said, decided, promised…"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        self.attachments_list = QListWidget()
        self.attachments_list.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.no_attachment_label = QLabel(self.tr("No file attached"))
        self.no_attachment_label.setStyleSheet("color: palette(placeholder-text);")
        self.add_attachment_button = QPushButton(self.tr("Add files…"))
        self.open_attachment_button = QPushButton(self.tr("Open"))
        self.remove_attachment_button = QPushButton(self.tr("Remove"))

        self.follow_up_combo = QComboBox()
        self.follow_up_combo.addItem(self.tr("No follow-up"), None)
        for delay in Delay:
            self.follow_up_combo.addItem(delay.label, delay.value)
        self.follow_up_combo.addItem(self.tr("On a date…"), ON_A_DATE)
        self.follow_up_date = DateTimeField()
        self.follow_up_date.setDisplayFormat("dd/MM/yyyy")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_note_edit = QLineEdit()
        self.follow_up_note_edit.setPlaceholderText(self.tr("What to do (e.g. send the minutes)"))
        self.scheduled_label = QLabel()
        self.scheduled_label.setWordWrap(True)
        self.scheduled_label.setStyleSheet("color: palette(placeholder-text);")
        self.scheduled_label.hide()

        self.attendance_button = QPushButton(icon("kind-event"), self.tr("Attendance…"))
        self.letter_button = QPushButton(icon("kind-letter"), self.tr("Follow-up letter…"))
        self.letter_button.setToolTip(self.tr("Write a letter after this interaction, preview and print it"))
        self.introduction_combo = QComboBox()
        self.introduction_combo.setToolTip(self.tr("The introduction this interaction is part of"))
        self.attendance_button.setToolTip(self.tr("Tick the member organisations that attended"))
        for button in (
            self.add_attachment_button,
            self.open_attachment_button,
            self.remove_attachment_button,
            self.attendance_button,
            self.letter_button,
        ):
            button.setAutoDefault(False)

    def _build_layout(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.starts_edit)
        duration_label = QLabel(self.tr("D&uration"))
        duration_label.setBuddy(self.duration_combo)
        when.addSpacing(8)
        when.addWidget(duration_label)
        when.addWidget(self.duration_combo)
        when.addWidget(self.ends_edit)
        when.addStretch(1)

        attachment_buttons = QVBoxLayout()
        attachment_buttons.setSpacing(4)
        for button in (
            self.add_attachment_button,
            self.open_attachment_button,
            self.remove_attachment_button,
        ):
            attachment_buttons.addWidget(button)
        attachment_buttons.addStretch(1)
        attachments = QHBoxLayout()
        attachments.addWidget(self.attachments_list, 1)
        attachments.addWidget(self.no_attachment_label, 1, Qt.AlignmentFlag.AlignVCenter)
        attachments.addLayout(attachment_buttons)

        follow_up_fields = QHBoxLayout()
        follow_up_fields.addWidget(self.follow_up_combo)
        follow_up_fields.addWidget(self.follow_up_date)
        follow_up_fields.addWidget(self.follow_up_note_edit, 1)
        follow_up = QVBoxLayout()
        follow_up.addWidget(self.scheduled_label)
        follow_up.addLayout(follow_up_fields)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(8)
        kind = QHBoxLayout()
        kind.addWidget(self.kind_combo)
        kind.addStretch(1)
        self._row(form, self.tr("&Kind"), kind)
        self._row(
            form, self.tr("&When"), when, ("starts_at", self.starts_edit), ("ends_at", self.duration_combo)
        )
        self._row(form, self.tr("&Organisations"), self.organisations)
        self._row(form, self.tr("&People"), self.people, ("participants", self.organisations))
        self._row(form, self.tr("&Introduction"), self.introduction_combo)
        self._form = form
        self._row(form, self.tr("P&lace"), self.place_edit)
        self._row(form, self.tr("&Subject"), self.subject_edit, ("subject", self.subject_edit))
        self._row(form, self.tr("&Notes"), self.notes_edit)
        self._row(
            form,
            self.tr("&Attachments"),
            attachments,
            ("attachments", self.attachments_list),
            focus=self.add_attachment_button,
        )
        self._row(
            form,
            self.tr("&Follow-up"),
            follow_up,
            ("follow_up", self.follow_up_combo),
            focus=self.follow_up_combo,
        )

        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.attendance_button)
        bottom.addWidget(self.letter_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)

        chain = [
            self.kind_combo,
            self.starts_edit,
            self.duration_combo,
            self.ends_edit,
            self.organisations.edit,
            self.people.edit,
            self.introduction_combo,
            self.place_edit,
            self.subject_edit,
            self.notes_edit,
            self.attachments_list,
            self.add_attachment_button,
            self.open_attachment_button,
            self.remove_attachment_button,
            self.follow_up_combo,
            self.follow_up_date,
            self.follow_up_note_edit,
            self.attendance_button,
            self.letter_button,
            self.save_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _row(
        self,
        form: QFormLayout,
        label: str,
        field: QWidget | QLayout,
        *errors: tuple[str, QWidget],
        focus: QWidget | None = None,
    ) -> None:
        """A form row, its fields' error messages right under it; its label's Alt+letter focuses ``focus``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(field, QWidget):
            layout.addWidget(field)
        else:
            layout.addLayout(field)
        box.setFocusProxy(focus or (field if isinstance(field, QWidget) else field.itemAt(0).widget()))
        for name, input_widget in errors:
            layout.addWidget(self.errors.label_for(name, input_widget))
        form.addRow(label, box)

    def _connect(self) -> None:
        self.organisations.sig_changed.connect(self._show_introduction)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.duration_combo.currentIndexChanged.connect(self._duration_changed)
        self.starts_edit.dateTimeChanged.connect(self._starts_changed)
        self.follow_up_combo.currentIndexChanged.connect(self._follow_up_changed)
        self.add_attachment_button.clicked.connect(self.add_attachments)
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.attachments_list.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        self.attachments_list.currentRowChanged.connect(lambda _row: self._update_attachment_buttons())
        self.attendance_button.clicked.connect(self.open_attendance)
        self.letter_button.clicked.connect(self.write_letter)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    # --- values ----------------------------------------------------------------------------

    def _prefill(self, kind: InteractionKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.starts_edit.setDateTime(to_qdatetime(rounded(self.ctx.clock.now())))

    def _add_participants(self, participants: tuple[list[Choice], list[Choice]]) -> None:
        organisations, people = participants
        self.organisations.set_items([*self.organisations.choices(), *organisations])
        self.people.set_items([*self.people.choices(), *people])

    def _fill(self, view: InteractionView) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(view.kind))
        self.starts_edit.setDateTime(to_qdatetime(view.starts_at))
        if view.ends_at is not None:
            minutes = (view.ends_at - view.starts_at) / timedelta(minutes=1)
            index = self.duration_combo.findData(int(minutes)) if minutes in DURATIONS_MIN else -1
            self.duration_combo.setCurrentIndex(index if index >= 0 else self.duration_combo.findData(UNTIL))
            self.ends_edit.setDateTime(to_qdatetime(view.ends_at))
        self.introduction_id = view.draft.introduction_id
        self.introduction_combo.clear()  # the stored one is offered, not what was listed before
        self.organisations.set_items(view.organisations)
        self.people.set_items(view.contacts)
        self.place_edit.setText(view.place)
        self.subject_edit.setText(view.subject)
        self.notes_edit.setPlainText(view.notes)
        for attachment in view.attachments:
            self._add_attachment_item(attachment)
        if view.follow_ups:
            done = self.tr("done")
            lines = [
                f"{short(f.due_date)} — {f.note or '…'}" + (f" ({done})" if f.done else "")
                for f in view.follow_ups
            ]
            self.scheduled_label.setText(self.tr("Already scheduled:") + "\n" + "\n".join(lines))
            self.scheduled_label.show()
            self.follow_up_combo.setItemText(0, self.tr("No new follow-up"))

    def _show_introduction(self) -> None:
        """Offer the introductions between the chosen organisations; keep the one already linked."""
        self._chosen_organisations = tuple(self.organisations.ids())
        wanted = (
            self.introduction_combo.currentData() if self.introduction_combo.count() else self.introduction_id
        )
        organisations = list(self._chosen_organisations[:MAX_ORGANISATIONS_FOR_INTRODUCTIONS])
        self.ctx.ops.query(
            self,
            "introductions",
            lambda uow: introductions_among(organisations, wanted, uow),
            lambda rows: self._list_introductions(rows, wanted),
        )

    def _list_introductions(self, rows: list[IntroductionRow], wanted: int | None) -> None:
        if wanted is not None and wanted not in {r.id for r in rows}:
            wanted = None
        combo = self.introduction_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for row in rows:
            combo.addItem(f"{row.title} — {row.status_label.lower()}", row.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
        combo.blockSignals(False)
        self._form.setRowVisible(combo.parentWidget(), combo.count() > 1)  # only when there is a choice
        self.sig_introductions_listed.emit()

    def kind(self) -> InteractionKind:
        return InteractionKind(self.kind_combo.currentData())

    def follow_up_choice(self) -> Delay | str | None:
        """None, a Delay, or ON_A_DATE."""
        data = self.follow_up_combo.currentData()
        return None if data is None else data if data == ON_A_DATE else Delay(data)

    def starts_at(self) -> datetime:
        return self.starts_edit.dateTime().toPython().replace(second=0, microsecond=0)

    def draft(self) -> InteractionDraft:
        starts_at = self.starts_at()
        return InteractionDraft(
            kind=self.kind(),
            starts_at=starts_at,
            ends_at=self._ends_at(starts_at),
            place=self.place_edit.text(),
            subject=self.subject_edit.text(),
            notes=self.notes_edit.toPlainText(),
            organisation_ids=self.organisations.ids(),
            contact_ids=self.people.ids(),
            new_attachments=self._new_attachments(),
            follow_up=self._follow_up(),
            introduction_id=self.introduction_combo.currentData(),
        )

    def _ends_at(self, starts_at: datetime) -> datetime | None:
        minutes = self.duration_combo.currentData()
        if minutes is None:
            return None
        if minutes == UNTIL:
            return self.ends_edit.dateTime().toPython().replace(second=0, microsecond=0)
        return starts_at + timedelta(minutes=minutes)

    def _follow_up(self) -> FollowUpDraft | None:
        choice = self.follow_up_choice()
        if choice is None:
            return None
        due = self.follow_up_date.date().toPython() if choice == ON_A_DATE else self._due_after(choice)
        return FollowUpDraft(due_date=due, note=self.follow_up_note_edit.text())

    def _due_after(self, delay: Delay) -> date:
        """Counted from the interaction, or from today for one logged afterwards."""
        return delay.after(max(self.ctx.clock.today(), self.starts_at().date()))

    # --- reactions -------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.attendance_button.setVisible(self.kind() is InteractionKind.EVENT)

    def _duration_changed(self) -> None:
        until = self.duration_combo.currentData() == UNTIL
        if until and not self.ends_edit.isVisibleTo(self):
            self.ends_edit.setDateTime(self.starts_edit.dateTime().addSecs(3600))
        self.ends_edit.setVisible(until)

    def _starts_changed(self) -> None:
        starts = self.starts_edit.dateTime()
        if self.duration_combo.currentData() == UNTIL and self._previous_starts is not None:
            moved = self._previous_starts.secsTo(starts)  # the end moves with the start
            self.ends_edit.setDateTime(self.ends_edit.dateTime().addSecs(moved))
        self._previous_starts = starts
        self._follow_up_changed()

    def _follow_up_changed(self) -> None:
        choice = self.follow_up_choice()
        self.follow_up_date.setVisible(choice is not None)
        self.follow_up_date.setEnabled(choice == ON_A_DATE)
        self.follow_up_note_edit.setEnabled(choice is not None)
        if isinstance(choice, Delay):
            self.follow_up_date.setDate(to_qdate(self._due_after(choice)))
        elif choice == ON_A_DATE and self._follow_up_shown is None:
            self.follow_up_date.setDate(to_qdate(self._due_after(Delay.ONE_WEEK)))
        self._follow_up_shown = choice

    def _duration_text(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("{minutes} min").format(minutes=rest)
        if not rest:
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("{hours} h {minutes:02d}").format(hours=hours, minutes=rest)

    # --- participants ----------------------------------------------------------------------

    def open_attendance(self) -> None:
        dialog = AttendanceDialog(self.ctx, self.interaction_id, self.organisations.choices(), self)
        self.attendance_dialog = dialog
        dialog.sig_chosen.connect(self.organisations.set_items)
        dialog.open()

    def write_letter(self) -> None:
        """The follow-up letter of this (stored) interaction: which one, then its preview."""
        from cluster_crm.ui.letter_actions import follow_up_letter  # reportlab loads only to print

        if self.interaction_id is not None:
            self.letter_dialog = follow_up_letter(self.ctx, self.interaction_id, self)

    # --- attachments -----------------------------------------------------------------------

    def add_attachments(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        unreadable = []
        for name in paths:
            path = Path(name)
            if path.is_file():
                self._add_attachment_item(path)
            else:
                unreadable.append(translate("Errors", "This file cannot be read: {path}.").format(path=path))
        self.errors.set("attachments", "\n".join(unreadable) or None)
        self._update_attachment_buttons()

    def _add_attachment_item(self, file: AttachmentView | Path) -> None:
        style = self.style()
        if isinstance(file, Path):
            text, tip, missing = file.name, str(file), False
        else:
            text, tip, missing = file.file_name, str(file.path), not file.exists
        size = file.stat().st_size if isinstance(file, Path) else file.size
        item = QListWidgetItem(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), f"{text}  ({self._size(size)})"
        )
        item.setData(FILE_ROLE, file)
        item.setToolTip(tip)
        if missing:
            item.setText(f"{item.text()} — {self.tr('missing')}")
            item.setForeground(Qt.GlobalColor.darkRed)
        self.attachments_list.addItem(item)
        self.attachments_list.setCurrentItem(item)

    def _size(self, size: int) -> str:
        if size < 1024:
            return self.tr("{size} bytes").format(size=size)
        if size < 1024 * 1024:
            return self.tr("{size} KB").format(size=round(size / 1024))
        return self.tr("{size} MB").format(size=self.locale().toString(size / 1024 / 1024, "f", 1))

    def _new_attachments(self) -> list[Path]:
        files = [self.attachments_list.item(r).data(FILE_ROLE) for r in range(self.attachments_list.count())]
        return [f for f in files if isinstance(f, Path)]

    def open_attachment(self) -> None:
        item = self.attachments_list.currentItem()
        if item is None:
            return
        file = item.data(FILE_ROLE)
        try:
            path = file if isinstance(file, Path) else existing_file(file)
            if not path.is_file():
                raise DomainError(translate("Errors", "This file cannot be read: {path}."), path=str(path))
        except DomainError as error:
            show_domain_error(self, error)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self, self.tr("Open"), self.tr("No application could open {name}.").format(name=path.name)
            )

    def remove_attachment(self) -> None:
        row = self.attachments_list.currentRow()
        if row < 0:
            return
        file = self.attachments_list.takeItem(row).data(FILE_ROLE)
        if isinstance(file, AttachmentView):
            self._removed_attachment_ids.append(file.id)
        self.errors.set("attachments", None)
        self._update_attachment_buttons()

    def _update_attachment_buttons(self) -> None:
        count = self.attachments_list.count()
        self.attachments_list.setVisible(count > 0)
        self.no_attachment_label.setVisible(count == 0)
        selected = self.attachments_list.currentRow() >= 0
        self.open_attachment_button.setVisible(count > 0)
        self.remove_attachment_button.setVisible(count > 0)
        self.open_attachment_button.setEnabled(selected)
        self.remove_attachment_button.setEnabled(selected)

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        for picker in (self.organisations, self.people):
            if picker.pending_text():
                message = self.tr("“{text}” was not added: choose it in the list with Enter, or clear it.")
                self.errors.set("participants", message.format(text=picker.pending_text()))
                picker.setFocus()
                return
        draft, interaction_id = self.draft(), self.interaction_id
        attachments_dir, removed = self.ctx.attachments_dir, list(self._removed_attachment_ids)
        if interaction_id is None:
            work = lambda uow: log_interaction(draft, uow, attachments_dir)  # noqa: E731
        else:
            work = lambda uow: update_interaction(interaction_id, draft, uow, attachments_dir, removed)  # noqa: E731
        self.submit(
            work,
            changed="interactions",
            errors=self.errors,
            on_saved=lambda view: self.sig_saved.emit(view.id),
            on_unplaced=lambda messages: QMessageBox.warning(self, self.windowTitle(), "\n".join(messages)),
        )


def _participants(
    uow,  # noqa: ANN001
    organisation_ids: list[int],
    contact_ids: list[int],
    introduction_id: int | None = None,
) -> tuple[list[Choice], list[Choice]]:
    """The organisations and people an interaction is logged with, as the pickers show them; about
    an introduction, its two parties and the people who speak for them."""
    if introduction_id is not None:
        view = get_introduction(introduction_id, uow)
        organisation_ids = list(dict.fromkeys([*organisation_ids, view.row.contracting_id, view.row.sme_id]))
        speakers = [i for i in (view.contracting_contact_id, view.sme_contact_id) if i is not None]
        contact_ids = list(dict.fromkeys([*contact_ids, *speakers]))
    organisations = [Choice(r.id, r.name, r.town) for r in organisation_rows(organisation_ids, uow)]
    return organisations, contact_choices_of(contact_ids, uow) if contact_ids else []
