"""Writing the funders' report in the format its file name asks for: ``.pdf`` or ``.xlsx``."""

from __future__ import annotations

from pathlib import Path

from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.io.tabular_export import ExportFailed
from cluster_crm.services.report_dto import IntroductionReport

REPORT_EXTENSIONS = (".pdf", ".xlsx")


def write_report(report: IntroductionReport, path: Path) -> Path:
    """Write ``report`` to ``path``; ExportFailed for another extension or a file that cannot be written."""
    extension = path.suffix.lower()
    if extension == ".pdf":
        from cluster_crm.documents.report_pdf import write_report_pdf  # reportlab loads only when needed

        return write_report_pdf(report, path)
    if extension == ".xlsx":
        from cluster_crm.documents.report_xlsx import write_report_xlsx

        return write_report_xlsx(report, path)
    raise ExportFailed(
        QT_TRANSLATE_NOOP("Errors", "{name}: unsupported file type, use {supported}."),
        name=path.name,
        supported=", ".join(REPORT_EXTENSIONS),
    )
