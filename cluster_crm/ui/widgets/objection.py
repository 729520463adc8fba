"""The "objects to being contacted" field of a person or an organisation: a check box and its date."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cluster_crm.ui.dialogs.base import FieldErrors
from cluster_crm.ui.widgets.forms import OptionalDate

FIELD = "objected_on"


def objection_box(objection: OptionalDate, errors: FieldErrors) -> QWidget:
    """The check box and date with the error under them; only the date is framed in red."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(objection)
    layout.addWidget(errors.label_for(FIELD, objection.edit))
    box.setFocusProxy(objection)
    return box
