"""Progress reporting and cancellation for long use cases (imports, batches, the demo)."""

from __future__ import annotations

from collections.abc import Callable

from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)``; it may raise Cancelled to stop the work (rolled back)."""


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed."))
