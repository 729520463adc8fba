"""The cluster's shared settings, stored in the database (a team on PostgreSQL shares them)."""

from __future__ import annotations

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.introductions import DEFAULT_CHECK_UP_MONTHS, parse_check_up_months
from cluster_crm.i18n import QT_TRANSLATE_NOOP

CHECK_UP_MONTHS = "introductions.check_up_months"
CLUSTER_NAME = "cluster.name"  # printed on reports (and, later, letterheads)


def check_up_months(uow: UnitOfWork) -> tuple[int, ...]:
    """Months after an introduction when its outcome is checked (default 1 and 3)."""
    with uow:
        text = uow.settings.get(CHECK_UP_MONTHS, "")
    try:
        return parse_check_up_months(text) if text else DEFAULT_CHECK_UP_MONTHS
    except ValueError:
        return DEFAULT_CHECK_UP_MONTHS


CHECK_UP_MONTHS_FIELD = "check_up_months"
CHECK_UP_MONTHS_PROBLEM = QT_TRANSLATE_NOOP(
    "Errors", "Give whole numbers of months between 1 and 24, separated by commas (e.g. 1, 3)."
)


def get_settings(uow: UnitOfWork) -> dict[str, str]:
    with uow:
        return uow.settings.all()


def save_settings(values: dict[str, str], uow: UnitOfWork) -> None:
    with uow:
        for key, value in values.items():
            uow.settings.set(key, value)
        uow.commit()
