"""Texts the funders' report prints in both its PDF and its XLSX forms (English source, translated)."""

from __future__ import annotations

from cluster_crm.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Reports", "Introductions report")
DATES = QT_TRANSLATE_NOOP("Reports", "from {start} to {end}")
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed on {date}")
OUTCOME = QT_TRANSLATE_NOOP("Reports", "Outcome of the concluded introductions")
CLOSE_REASON = QT_TRANSLATE_NOOP("Reports", "Reason for closing without result")
COUNT = QT_TRANSLATE_NOOP("Reports", "Number")
CONCLUDED_ON = QT_TRANSLATE_NOOP("Reports", "Concluded on")
SME = QT_TRANSLATE_NOOP("Reports", "SME")
NEED = QT_TRANSLATE_NOOP("Reports", "Need")
OUTCOME_COLUMN = QT_TRANSLATE_NOOP("Reports", "Outcome")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
PRINTED_ON = QT_TRANSLATE_NOOP("Reports", "Printed on")
