"""Introductions for a spreadsheet: XLSX with « Mises en relation » and « Historique », or CSV (the first)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.io.tabular_export import TABLE_EXTENSIONS, ExportFailed, write_table
from cluster_crm.io.workbook import EUROS, Sheet, write_workbook

if TYPE_CHECKING:
    from cluster_crm.services.introduction_exports import IntroductionEventExportRow, IntroductionExportRow

INTRODUCTIONS_SHEET = QT_TRANSLATE_NOOP("Exports", "Introductions")
HISTORY_SHEET = QT_TRANSLATE_NOOP("Exports", "History")
AMOUNT_COLUMN = 14


def _tr(text: str) -> str:
    return translate("Exports", text)


def introduction_table(rows: Sequence[IntroductionExportRow]) -> tuple[list[str], list[list[object]]]:
    """Headers and cells of the « Mises en relation » sheet (and of the CSV file)."""
    headers = [
        _tr(QT_TRANSLATE_NOOP("Exports", "No.")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Contracting organisation")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Contracting organisation's contact")),
        _tr(QT_TRANSLATE_NOOP("Exports", "SME")),
        _tr(QT_TRANSLATE_NOOP("Exports", "SME's contact")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Need")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Stage")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Stage reached on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Proposed on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Contracting organisation agreed on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "SME agreed on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Introduced on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Ended on")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Outcome")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Amount (€)")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Reason for closing")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Note")),
    ]
    cells = [
        [
            r.id,
            r.contracting_name,
            r.contracting_contact,
            r.sme_name,
            r.sme_contact,
            r.need_title,
            r.status_label,
            r.status_on,
            r.proposed_on,
            r.contracting_agreed_on,
            r.sme_agreed_on,
            r.introduced_on,
            r.ended_on,
            r.outcome_label,
            r.amount_eur,
            r.close_reason_label,
            r.note,
        ]
        for r in rows
    ]
    return headers, cells


def history_table(rows: Sequence[IntroductionEventExportRow]) -> tuple[list[str], list[list[object]]]:
    """Headers and cells of the « Historique » sheet: one row per change of stage."""
    headers = [
        _tr(QT_TRANSLATE_NOOP("Exports", "Introduction No.")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Contracting organisation")),
        _tr(QT_TRANSLATE_NOOP("Exports", "SME")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Date")),
        _tr(QT_TRANSLATE_NOOP("Exports", "From stage")),
        _tr(QT_TRANSLATE_NOOP("Exports", "To stage")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Note")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Recorded at")),
    ]
    cells = [
        [
            r.introduction_id,
            r.contracting_name,
            r.sme_name,
            r.changed_on,
            r.from_label,
            r.status_label,
            r.note,
            r.recorded_at,
        ]
        for r in rows
    ]
    return headers, cells


def write_introductions(
    path: Path, rows: Sequence[IntroductionExportRow], events: Sequence[IntroductionEventExportRow]
) -> Path:
    """``.xlsx``: both sheets; ``.csv``: the introductions only (a CSV file has one table)."""
    extension = path.suffix.lower()
    if extension == ".csv":
        return write_table(path, *introduction_table(rows))
    if extension != ".xlsx":
        raise ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "{name}: unsupported file type, use {supported}."),
            name=path.name,
            supported=", ".join(TABLE_EXTENSIONS),
        )
    headers, cells = introduction_table(rows)
    history_headers, history_cells = history_table(events)
    return write_workbook(
        path,
        [
            Sheet(_tr(INTRODUCTIONS_SHEET), headers, cells, column_formats={AMOUNT_COLUMN: EUROS}),
            Sheet(_tr(HISTORY_SHEET), history_headers, history_cells),
        ],
    )
