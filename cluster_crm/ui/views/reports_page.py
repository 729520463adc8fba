"""The Reports page: the funders' figures on introductions for a month, a quarter or a year, with charts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.documents.report_files import write_report
from cluster_crm.domain.periods import PeriodKind, period_containing
from cluster_crm.services.report_dto import GROUP_COLUMNS, IntroductionReport
from cluster_crm.services.reports import introduction_report
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.roles import ID_ROLE

TILES = (
    "needs_received",
    "introductions_made",
    "conversion_rate",
    "concluded",
    "median_days_to_conclusion",
    "amount_eur",
)
COLUMNS = GROUP_COLUMNS
MADE, CONCLUDED = QColor("#0969da"), QColor("#1a7f37")


class Tile(QFrame):
    """A key figure in big type, its name under it, its definition as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "Tile { background: palette(base); border: 1px solid #d0d7de; border-radius: 6px; }"
        )
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 20pt; font-weight: 600; color: #0b5cad;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #57606a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def show_figure(self, number: str, caption: str, definition: str) -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        self.setToolTip(definition)


class ReportsPage(QWidget):
    sig_loaded = Signal()
    """A report was computed and shown."""

    sig_open_record = Signal(str, int)
    """A group row asked to open its organisation: ``("organisation", id)``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: IntroductionReport | None = None

        self.kind_combo = QComboBox()
        for kind in (PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.YEAR):
            self.kind_combo.addItem(kind.label, kind.value)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(18)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("By contracting organisation"), "contracting")
        self.group_combo.addItem(self.tr("By sector"), "sector")
        self.pdf_button = QPushButton(self.tr("Export as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Export as XLSX…"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #57606a;")

        self.tiles = {key: Tile() for key in TILES}
        tiles = QGridLayout()
        for number, key in enumerate(TILES):
            tiles.addWidget(self.tiles[key], 0, number)

        self.trend_chart = QChart()
        self.trend_chart.setTitle(self.tr("Introductions made and concluded"))
        self.trend_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.trend_chart.setMargins(QMargins(4, 4, 4, 4))
        self.trend_view = QChartView(self.trend_chart)
        self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.trend_view.setMinimumHeight(260)
        self.outcome_chart = QChart()
        self.outcome_chart.setTitle(self.tr("Outcomes of the concluded introductions"))
        self.outcome_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.outcome_view = QChartView(self.outcome_chart)
        self.outcome_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.outcome_view.setMinimumHeight(260)
        charts = QHBoxLayout()
        charts.addWidget(self.trend_view, 3)
        charts.addWidget(self.outcome_view, 2)

        self.groups = QTreeWidget()
        self.groups.setRootIsDecorated(False)
        self.groups.setAlternatingRowColors(True)
        self.groups.setMinimumHeight(220)
        self.concluded = QTreeWidget()
        self.concluded.setRootIsDecorated(False)
        self.concluded.setAlternatingRowColors(True)
        self.concluded.setHeaderLabels(
            [
                self.tr("Concluded on"),
                self.tr("Contracting organisation"),
                self.tr("SME"),
                self.tr("Outcome"),
                self.tr("Amount"),
            ]
        )
        self.concluded.setMinimumHeight(160)
        self.definitions = QLabel()
        self.definitions.setWordWrap(True)
        self.definitions.setStyleSheet("color: #57606a; font-size: 9pt;")
        self.definitions.setTextFormat(Qt.TextFormat.RichText)

        top = QHBoxLayout()
        for caption, combo in (
            (self.tr("Period"), self.kind_combo),
            ("", self.period_combo),
            (self.tr("Figures"), self.group_combo),
        ):
            if caption:
                label = QLabel(caption)
                label.setBuddy(combo)
                top.addWidget(label)
            top.addWidget(combo)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status_label)
        body_layout.addLayout(tiles)
        body_layout.addLayout(charts)
        self.groups_title = QLabel()
        self.groups_title.setStyleSheet("font-weight: 600; color: #44546a;")
        body_layout.addWidget(self.groups_title)
        body_layout.addWidget(self.groups)
        concluded_title = QLabel(self.tr("Introductions concluded in the period"))
        concluded_title.setStyleSheet("font-weight: 600; color: #44546a;")
        body_layout.addWidget(concluded_title)
        body_layout.addWidget(self.concluded)
        body_layout.addWidget(self.definitions)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._fill_periods()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.group_combo.currentIndexChanged.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.groups.itemActivated.connect(self._open_group)
        ctx.bus.sig_data_changed.connect(self._data_changed)
        self._stale = True

    # --- periods ---------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        kind = PeriodKind(self.kind_combo.currentData())
        current = period_containing(self.ctx.clock.today(), kind)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        count = {PeriodKind.MONTH: 24, PeriodKind.QUARTER: 12, PeriodKind.YEAR: 5}[kind]
        for period in reversed(current.last_periods(count)):
            self.period_combo.addItem(period.label(), period)
        self.period_combo.setCurrentIndex(0)
        self.period_combo.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_periods()
        self.refresh()

    def select_period(self, code: str) -> None:
        """Choose a period by its code (``2026-Q4``), for tests and links."""
        for number in range(self.period_combo.count()):
            if self.period_combo.itemData(number).code == code:
                self.period_combo.setCurrentIndex(number)
                return

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        period = self.period_combo.currentData()
        group_by = self.group_combo.currentData()
        self.status_label.setText(self.tr("Computing the figures…"))
        self.ctx.ops.query(self, "report", lambda uow: introduction_report(period, uow, group_by), self._show)

    def _data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, report: IntroductionReport) -> None:
        self.report = report
        status = self.tr("Figures known on {date}").format(date=report.generated_on.strftime("%d/%m/%Y"))
        if not report.is_complete:
            status += " — " + self.tr("the period is not over yet")
        self.status_label.setText(status)
        for key, tile in self.tiles.items():
            figure = report.figure(key)
            tile.show_figure(report.totals.text(key), figure.label, figure.definition)
        self._show_trend(report)
        self._show_outcomes(report)
        self._show_groups(report)
        self._show_concluded(report)
        definitions = "".join(f"<p><b>{f.label}</b> : {f.definition}</p>" for f in report.figures)
        self.definitions.setText(definitions)
        self.sig_loaded.emit()

    def _show_trend(self, report: IntroductionReport) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        made = QBarSet(self.tr("Made"))
        made.setColor(MADE)
        concluded = QBarSet(self.tr("Concluded"))
        concluded.setColor(CONCLUDED)
        for point in report.trend:
            made.append(point.introductions_made)
            concluded.append(point.concluded)
        series = QBarSeries()
        series.append(made)
        series.append(concluded)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([p.short_label for p in report.trend])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max([1] + [max(p.introductions_made, p.concluded) for p in report.trend])
        values.setRange(0, top)
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def _show_outcomes(self, report: IntroductionReport) -> None:
        chart = self.outcome_chart
        chart.removeAllSeries()
        series = QPieSeries()
        for row, colour in zip(report.outcomes, ("#1a7f37", "#0969da", "#8250df"), strict=False):
            if row.count:
                piece = series.append(f"{row.label} ({row.count})", row.count)
                piece.setColor(QColor(colour))
        if not series.count():
            piece = series.append(self.tr("No introduction concluded"), 1)
            piece.setColor(QColor("#d0d7de"))
        chart.addSeries(series)

    def _show_groups(self, report: IntroductionReport) -> None:
        self.groups_title.setText(report.group_title)
        self.groups.clear()
        self.groups.setHeaderLabels([report.group_title] + [report.figure(k).short_label for k in COLUMNS])
        for group in report.groups:
            item = QTreeWidgetItem([group.label] + [group.figures.text(k) for k in COLUMNS])
            item.setData(0, ID_ROLE, group.organisation_id)
            for column in range(1, len(COLUMNS) + 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.groups.addTopLevelItem(item)
        total = QTreeWidgetItem([self.tr("Whole cluster")] + [report.totals.text(k) for k in COLUMNS])
        font = total.font(0)
        font.setBold(True)
        for column in range(len(COLUMNS) + 1):
            total.setFont(column, font)
            if column:
                total.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.groups.addTopLevelItem(total)
        self.groups.setColumnWidth(0, 300)

    def _show_concluded(self, report: IntroductionReport) -> None:
        self.concluded.clear()
        for row in report.concluded:
            amount = (
                "" if row.amount_eur is None else f"{row.amount_eur:,}".replace(",", "\u202f") + "\u00a0€"
            )
            item = QTreeWidgetItem(
                [
                    row.concluded_on.strftime("%d/%m/%Y"),
                    row.contracting_name,
                    row.sme_name,
                    row.outcome_label,
                    amount,
                ]
            )
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.concluded.addTopLevelItem(item)
        for column, width in enumerate((100, 260, 260, 150)):
            self.concluded.setColumnWidth(column, width)

    def _open_group(self, item: QTreeWidgetItem) -> None:
        organisation_id = item.data(0, ID_ROLE)
        if organisation_id:
            self.sig_open_record.emit("organisation", organisation_id)

    # --- export ----------------------------------------------------------------------------

    def export(self, extension: str, path: Path | None = None) -> None:
        """Write the shown report as PDF or XLSX (asking where, unless ``path`` is given)."""
        if self.report is None:
            return
        if path is None:
            suggested = Path.home() / self.tr("introductions-report-{period}.{ext}").format(
                period=self.report.period.code, ext=extension
            )
            filters = (
                self.tr("PDF document (*.pdf)") if extension == "pdf" else self.tr("Excel workbook (*.xlsx)")
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), str(suggested), filters
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != f".{extension}":
            path = path.with_suffix(f".{extension}")
        report = self.report

        def write(_uow: object) -> Path:
            return write_report(report, path)  # PDF or XLSX, from the extension

        def done(written: Path) -> None:
            self.status_label.setText(self.tr("Report written to {path}").format(path=written))

        self.ctx.ops.task(self, write, done)
