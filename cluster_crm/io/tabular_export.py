"""Tables written for French Excel: CSV (UTF-8 with BOM, ``;``) or XLSX (real dates, frozen header).

``save_atomically`` is shared with the other exporters: a file is written beside its destination and
moved over it at the end, so a failed export never leaves a half-written file, and the reasons a file
cannot be written come back as one translatable sentence instead of an ``OSError``.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP

TABLE_EXTENSIONS = (".csv", ".xlsx")
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATE_FORMAT = "%d/%m/%Y"
XLSX_DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
XLSX_DATE_FORMAT = "dd/mm/yyyy"
MAX_COLUMN_WIDTH = 60
_WIDTH_SAMPLE = 2000  # rows looked at to size the columns
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportFailed(DomainError):
    """The export file could not be written (unknown type, missing folder, no permission…)."""


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Write ``headers`` then ``rows`` to ``path``, as CSV or XLSX after its extension."""
    path = Path(path)
    extension = path.suffix.lower()
    if extension == ".csv":
        save_atomically(path, lambda tmp: _write_csv(tmp, headers, rows))
    elif extension == ".xlsx":
        save_atomically(path, lambda tmp: _write_xlsx(tmp, headers, list(rows)))
    else:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "{name}: unsupported file type, use {supported}."),
            name=path.name,
            supported=", ".join(TABLE_EXTENSIONS),
        )
    return path


def csv_text(value: object) -> str:
    """A cell as French Excel reads it: ``14/10/2026 09:30``, ``3,5``, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    # Excel runs a cell that starts like a formula ("- point one", "=HYPERLINK(…)"): quote it.
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in headers])
        writer.writerows([csv_text(v) for v in row] for row in rows)


def _write_xlsx(path: Path, headers: Sequence[str], rows: list[Sequence[object]]) -> None:
    from openpyxl import Workbook  # imported here: only the XLSX export pays for it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    # Column widths and the frozen header must be set before the first row is streamed.
    for index, width in enumerate(_column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last_column = get_column_letter(max(len(headers), 1))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"

    bold = Font(bold=True)
    top = Alignment(vertical="top")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_xlsx_text(str(header)))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = XLSX_DATETIME_FORMAT
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = XLSX_DATE_FORMAT
            elif value is None or isinstance(value, int | float):
                cell.value = value
            else:
                cell.value = _xlsx_text(str(value))
                cell.data_type = "s"  # never a formula nor an error code, whatever it starts with
            cell.alignment = top
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)


def _xlsx_text(text: str) -> str:
    return _ILLEGAL_XML.sub("", text)  # control characters are not allowed in the XML of a sheet


def _column_widths(headers: Sequence[str], rows: list[Sequence[object]]) -> list[float]:
    widths = [len(str(h)) + 4 for h in headers]  # room for the filter button
    for row in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row[: len(widths)]):
            if isinstance(value, datetime):
                length = 16
            elif isinstance(value, date):
                length = 10
            else:
                text = "" if value is None else str(value)
                length = max((len(line) for line in text.splitlines()), default=0)
            widths[index] = max(widths[index], length + 2)
    return [min(w, MAX_COLUMN_WIDTH) for w in widths]


def save_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then put it in place in one move."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    if path.is_dir():
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(path))
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=path.suffix)
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise _cannot_write(path, error) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _cannot_write(path: Path, error: OSError) -> ExportFailed:
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be written: permission denied, or the file is open in another program.",
            ),
            path=str(path),
        )
    if error.errno == errno.ENOSPC:
        return ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "The disk is full: {path} cannot be written."), path=str(path)
        )
    return ExportFailed(
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({reason})."),
        path=str(path),
        reason=error.strerror or type(error).__name__,
    )
