"""XLSX workbooks of several sheets, each like ``tabular_export``'s: bold frozen header, filters, real dates.

A cell may carry its own number format (``Formatted``) or take its column's, so that amounts read
« 57 500 € » and rates « 80,0 % » in French Excel while staying numbers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cluster_crm.io.tabular_export import (
    XLSX_DATE_FORMAT,
    XLSX_DATETIME_FORMAT,
    _column_widths,
    _xlsx_text,
    save_atomically,
)

EUROS = '#,##0 "€"'
PERCENT = "0.0%"
DECIMAL = "0.0"
_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
TITLE_MAX = 31  # Excel refuses longer sheet names


@dataclass(frozen=True)
class Formatted:
    """A number (or date) shown with an Excel number format of its own."""

    value: object
    number_format: str


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    column_formats: Mapping[int, str] = field(default_factory=dict)  # 0-based column → number format
    bold_last_row: bool = False  # a total


def sheet_title(text: str) -> str:
    """A name Excel accepts: no ``[]:*?/\\``, at most 31 characters."""
    return " ".join(text.translate(_TITLE_FORBIDDEN).split())[:TITLE_MAX].strip() or "Sheet"


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write the sheets in order to ``path`` (atomically, as ``save_atomically`` does)."""
    save_atomically(path, lambda temporary: _write(temporary, sheets))
    return path


def _write(path: Path, sheets: Sequence[Sheet]) -> None:
    from openpyxl import Workbook  # imported here: only the XLSX exports pay for it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    top = Alignment(vertical="top")
    for sheet in sheets:
        target = workbook.create_sheet(sheet_title(sheet.title))
        plain_rows = [[_plain(v) for v in row] for row in sheet.rows]
        for index, width in enumerate(_column_widths(sheet.headers, plain_rows), start=1):
            target.column_dimensions[get_column_letter(index)].width = width
        target.freeze_panes = "A2"
        last_column = get_column_letter(max(len(sheet.headers), 1))
        target.auto_filter.ref = f"A1:{last_column}{len(sheet.rows) + 1}"
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(target, value=_xlsx_text(str(header)))
            cell.font = bold
            header_cells.append(cell)
        target.append(header_cells)
        for number, row in enumerate(sheet.rows, start=1):
            cells = []
            for column, value in enumerate(row):
                cell = WriteOnlyCell(target)
                _fill(cell, value, sheet.column_formats.get(column))
                cell.alignment = top
                if sheet.bold_last_row and number == len(sheet.rows):
                    cell.font = bold
                cells.append(cell)
            target.append(cells)
    workbook.save(path)


def _plain(value: object) -> object:
    return value.value if isinstance(value, Formatted) else value


def _fill(cell, value: object, column_format: str | None) -> None:  # noqa: ANN001 - an openpyxl cell
    number_format = column_format
    if isinstance(value, Formatted):
        value, number_format = value.value, value.number_format
    if isinstance(value, datetime):
        cell.value = value
        cell.number_format = number_format or XLSX_DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = number_format or XLSX_DATE_FORMAT
    elif value is None or isinstance(value, int | float):
        cell.value = value
        if number_format and value is not None:
            cell.number_format = number_format
    else:
        cell.value = _xlsx_text(str(value))
        cell.data_type = "s"  # never a formula nor an error code, whatever it starts with
