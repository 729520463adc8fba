"""The Contacts page: people, searchable by name, e-mail, phone or organisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cluster_crm.domain.queries import ContactQuery, ContactSort
from cluster_crm.services import contacts as service
from cluster_crm.services.dto import ContactRow, ContactView, Dependents, SearchPage
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.confirm_delete import confirm_delete, consequences_for_activity
from cluster_crm.ui.dialogs.contact_dialog import ContactDialog
from cluster_crm.ui.models.id_table import Column
from cluster_crm.ui.views.contact_detail import contact_html
from cluster_crm.ui.views.detail_pane import DetailPane
from cluster_crm.ui.views.html import short
from cluster_crm.ui.views.list_page import ListPage
from cluster_crm.ui.views.timeline_widget import DetailTabs, TimelineWidget


class ContactsPage(ListPage):
    settings_key = "contacts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), _name_with_objection, ContactSort.NAME, self._objection_tip),
            Column(self.tr("Job title"), lambda r: r.job_title, ContactSort.JOB_TITLE),
            Column(self.tr("Organisations"), lambda r: r.organisations, None, lambda r: r.organisations),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Phone"), lambda r: r.phone),
        ]

    def _objection_tip(self, row: ContactRow) -> str:
        if row.objected_on is None:
            return ""
        return self.tr("Objected to being contacted on {date}").format(date=short(row.objected_on))

    def default_widths(self) -> list[int]:
        return [190, 190, 230, 220]

    def search_placeholder(self) -> str:
        return self.tr("Search people: name, organisation, e-mail, phone… (Ctrl+F)")

    def new_text(self) -> str:
        return self.tr("New contact")

    def build_detail(self) -> QWidget:
        self.detail = DetailPane(self.tr("Select a person to see their details."))
        self.detail.setObjectName("contactDetail")
        self.timeline = TimelineWidget(self.ctx)
        return DetailTabs(self.detail, self.timeline)

    def query(self, text: str, sort: Any, descending: bool) -> ContactQuery:
        return ContactQuery(text=text, sort=sort or ContactSort.NAME, descending=descending)

    def fetch(self, query: ContactQuery, uow: Any, first: int) -> SearchPage[ContactRow]:
        return service.search_contacts(query, uow, first)

    def rows_of(self, ids: list[int], uow: Any) -> list[ContactRow]:
        return service.contact_rows(ids, uow)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n contact(s)", "", total)
        return self.tr("%n of {total} contacts", "", shown).format(total=total)

    def show_detail(self, record_id: int | None) -> None:
        if record_id is None:
            self.detail.show_html(None)
            self.timeline.clear()
            return
        self.timeline.show_contact(record_id)
        self.ctx.ops.query(
            self,
            "detail",
            lambda uow: service.get_contact(record_id, uow),
            self._show_contact,
            on_error=self._detail_gone,
        )

    def _show_contact(self, contact: ContactView) -> None:
        self.detail.show_html(contact_html(contact))
        self.sig_detail_shown.emit(contact.id)

    def create_record(self, organisation_id: int | None = None) -> None:
        dialog = ContactDialog(self.ctx, None, self, organisation_id=organisation_id)
        dialog.sig_saved.connect(self.select_record)
        dialog.open()

    def edit_record(self, record_id: int) -> None:
        dialog = ContactDialog(self.ctx, record_id, self)
        dialog.sig_saved.connect(self.select_record)
        dialog.open()

    def delete_record(self, record_id: int) -> None:
        self.ctx.ops.query(
            self,
            "dependents",
            lambda uow: service.contact_dependents(record_id, uow),
            lambda dependents: self._confirm_delete(record_id, dependents),
        )

    def _confirm_delete(self, record_id: int, dependents: Dependents) -> None:
        details = []
        if dependents.affiliations:
            details.append(
                self.tr("Their %n link(s) to organisations will be removed.", "", dependents.affiliations)
            )
        details += consequences_for_activity(dependents)
        if confirm_delete(self, dependents.name, details):
            self.ctx.ops.action(self, lambda uow: service.delete_contact(record_id, uow), changed="contacts")


def _name_with_objection(row: ContactRow) -> str:
    """The name, marked when the person objected to being contacted (so that nobody calls them)."""
    return f"⊘ {row.name}" if row.objected_on else row.name
