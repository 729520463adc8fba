"""The Organisations page: search, filters, the list, and the selected organisation's details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.queries import OrganisationQuery, OrganisationSort
from cluster_crm.services import organisations as service
from cluster_crm.services.dto import Dependents, FilterChoices, OrganisationRow, OrganisationView, SearchPage
from cluster_crm.services.introduction_dto import LinkView
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.confirm_delete import confirm_delete, consequences_for_activity
from cluster_crm.ui.dialogs.link_dialog import LinkDialog
from cluster_crm.ui.dialogs.organisation_dialog import OrganisationDialog
from cluster_crm.ui.models.id_table import Column
from cluster_crm.ui.views.detail_pane import DetailPane
from cluster_crm.ui.views.list_page import ListPage
from cluster_crm.ui.views.organisation_detail import organisation_html
from cluster_crm.ui.views.timeline_widget import DetailTabs, TimelineWidget


class OrganisationsPage(ListPage):
    settings_key = "organisations"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.kind_filter = QComboBox()
        self.membership_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.town_filter = QComboBox()
        self._links: dict[int, LinkView] = {}  # the shown organisation's links, by id
        self.link_dialog: LinkDialog | None = None
        super().__init__(ctx, parent)
        self._load_filter_choices()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name, OrganisationSort.NAME),
            Column(self.tr("Kind"), lambda r: r.kind_label, OrganisationSort.KIND),
            Column(self.tr("Town"), lambda r: r.town, OrganisationSort.TOWN),
            Column(self.tr("Membership"), lambda r: r.membership_label, OrganisationSort.MEMBERSHIP),
            Column(self.tr("NAF"), lambda r: r.naf_code, OrganisationSort.NAF),
            Column(self.tr("Tags"), lambda r: ", ".join(r.tags), None, lambda r: ", ".join(r.tags)),
        ]

    def default_widths(self) -> list[int]:
        return [250, 140, 130, 110, 60]

    def search_placeholder(self) -> str:
        return self.tr("Search organisations: name, town, SIRET, NAF, capabilities… (Ctrl+F)")

    def new_text(self) -> str:
        return self.tr("New organisation")

    def build_filters(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in OrganisationKind:
            self.kind_filter.addItem(kind.label, kind)
        self.membership_filter.addItem(self.tr("Any membership"), None)
        for status in MembershipStatus:
            self.membership_filter.addItem(status.label, status)
        for label, combo in (
            (self.tr("Kind"), self.kind_filter),
            (self.tr("Membership"), self.membership_filter),
            (self.tr("Tag"), self.tag_filter),
            (self.tr("Town"), self.town_filter),
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            caption = QLabel(label)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)
        return box

    def build_detail(self) -> QWidget:
        self.detail = DetailPane(self.tr("Select an organisation to see its details."))
        self.detail.setObjectName("organisationDetail")
        self.detail.sig_action_requested.connect(self._action_requested)
        self.timeline = TimelineWidget(self.ctx)
        return DetailTabs(self.detail, self.timeline)

    def query(self, text: str, sort: Any, descending: bool) -> OrganisationQuery:
        return OrganisationQuery(
            text=text,
            kind=_optional(OrganisationKind, self.kind_filter.currentData()),
            membership=_optional(MembershipStatus, self.membership_filter.currentData()),
            tag=self.tag_filter.currentData(),
            town=self.town_filter.currentData(),
            sort=sort or OrganisationSort.NAME,
            descending=descending,
        )

    def fetch(self, query: OrganisationQuery, uow: Any, first: int) -> SearchPage[OrganisationRow]:
        return service.search_organisations(query, uow, first)

    def rows_of(self, ids: list[int], uow: Any) -> list[OrganisationRow]:
        return service.organisation_rows(ids, uow)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n organisation(s)", "", total)
        return self.tr("%n of {total} organisations", "", shown).format(total=total)

    def show_detail(self, record_id: int | None) -> None:
        if record_id is None:
            self._links = {}
            self.detail.show_html(None)
            self.timeline.clear()
            return
        self.timeline.show_organisation(record_id)
        self.ctx.ops.query(
            self,
            "detail",
            lambda uow: service.organisation_details(record_id, uow),
            self._show_organisation,
            on_error=self._detail_gone,
        )

    def _show_organisation(self, details: tuple[OrganisationView, list[LinkView]]) -> None:
        organisation, links = details
        self._links = {item.id: item for item in links}
        self.detail.show_html(organisation_html(organisation, links))
        self.sig_detail_shown.emit(organisation.id)

    def create_record(self) -> None:
        dialog = OrganisationDialog(self.ctx, None, self)
        dialog.sig_saved.connect(self.select_record)
        dialog.open()

    def edit_record(self, record_id: int) -> None:
        dialog = OrganisationDialog(self.ctx, record_id, self)
        dialog.sig_saved.connect(self.select_record)
        dialog.open()

    def delete_record(self, record_id: int) -> None:
        self.ctx.ops.query(
            self,
            "dependents",
            lambda uow: service.organisation_dependents(record_id, uow),
            lambda dependents: self._confirm_delete(record_id, dependents),
        )

    def _confirm_delete(self, record_id: int, dependents: Dependents) -> None:
        details = []
        if dependents.affiliations:
            details.append(
                self.tr(
                    "Its %n link(s) to contacts will be removed; the people themselves are kept.",
                    "",
                    dependents.affiliations,
                )
            )
        if dependents.links:
            details.append(
                self.tr(
                    "Its %n relationship(s) with other organisations will be deleted.", "", dependents.links
                )
            )
        if dependents.needs:
            details.append(self.tr("Its %n need(s) will be deleted.", "", dependents.needs))
        if dependents.introductions:
            details.append(
                self.tr("The %n introduction(s) it is part of will be deleted.", "", dependents.introductions)
            )
        details += consequences_for_activity(dependents)
        if confirm_delete(self, dependents.name, details):
            self.ctx.ops.action(
                self, lambda uow: service.delete_organisation(record_id, uow), changed="organisations"
            )

    def new_link(self, organisation_id: int) -> LinkDialog:
        return self._open_link_dialog(LinkDialog(self.ctx, organisation_id, None, self))

    def edit_link(self, link_id: int) -> LinkDialog | None:
        item = self._links.get(link_id)
        organisation_id = self.current_id()
        if item is None or organisation_id is None:
            return None  # the pane has changed since the link was drawn
        return self._open_link_dialog(LinkDialog(self.ctx, organisation_id, item, self))

    def _open_link_dialog(self, dialog: LinkDialog) -> LinkDialog:
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def _action_requested(self, action: str, record_id: int) -> None:
        if action == "new-link":
            self.new_link(record_id)
        elif action == "edit-link":
            self.edit_link(record_id)

    def _load_filter_choices(self) -> None:
        self.ctx.ops.query(self, "filters", service.filter_choices, self._show_filter_choices)

    def _show_filter_choices(self, choices: FilterChoices) -> None:
        for combo, everything, values in (
            (self.tag_filter, self.tr("All tags"), choices.tags),
            (self.town_filter, self.tr("All towns"), choices.towns),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _data_changed(self, what: str) -> None:
        self._load_filter_choices()
        super()._data_changed(what)


def _optional(enum, value):  # noqa: ANN001, ANN202 - Qt hands StrEnum item data back as plain str
    return enum(value) if value else None
