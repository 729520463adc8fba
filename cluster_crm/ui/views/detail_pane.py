"""The read-only pane that shows the selected record, with links to the records it mentions."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from cluster_crm.ui.views.html import STYLE

RECORD_SCHEMES = ("organisation", "contact", "new-contact")
ACTION_SCHEMES = ("new-link", "edit-link")
WEB_SCHEMES = ("http", "https", "mailto", "tel")


class DetailPane(QTextBrowser):
    sig_open_record = Signal(str, int)
    """A link was followed: ``(kind, id)`` with kind ``"organisation"``, ``"contact"``, or
    ``"new-contact"`` (a new person for the organisation ``id``)."""

    sig_action_requested = Signal(str, int)
    """An action on the shown record, for its page to handle: ``(action, id)`` with action
    ``"new-link"`` (a new relationship of the organisation ``id``) or ``"edit-link"`` (link ``id``)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.show_html(None)

    def show_html(self, body: str | None) -> None:
        if body is None:
            body = f'<p class="muted">{self._placeholder}</p>'
        self.setHtml(STYLE + body)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in RECORD_SCHEMES:
            self.sig_open_record.emit(scheme, int(url.path() or url.host() or 0))
        elif scheme in ACTION_SCHEMES:
            self.sig_action_requested.emit(scheme, int(url.path() or url.host() or 0))
        elif scheme in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
