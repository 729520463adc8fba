"""The report's bar chart: introductions made and concluded over the last periods (reportlab.graphics)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm

from cluster_crm.documents.fonts import REGULAR
from cluster_crm.documents.pdf_layout import ACCENT, INK, MUTED, PRIMARY, RULE
from cluster_crm.services.report_dto import TrendPoint


def trend_chart(
    trend: Sequence[TrendPoint], made_label: str, concluded_label: str, width: float, height: float = 56 * mm
) -> Drawing:
    """Two bars per period, their values on top, and a legend above the plot."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer names Helvetica, a font the PDF does not embed
    legend_height = 9 * mm
    chart = VerticalBarChart()
    chart.x = 10 * mm
    chart.y = 8 * mm
    chart.width = width - chart.x - 2 * mm
    chart.height = height - chart.y - legend_height
    chart.data = [[p.introductions_made for p in trend], [p.concluded for p in trend]]
    chart.barSpacing = 1.5
    chart.groupSpacing = 14
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PRIMARY
    chart.bars[1].fillColor = ACCENT

    top, step = _scale(max((max(series) for series in chart.data), default=0))
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, MUTED
    axis.strokeColor = None
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4
    axis.labelTextFormat = "%d"

    categories = chart.categoryAxis
    categories.categoryNames = [p.short_label for p in trend]
    categories.labels.fontName, categories.labels.fontSize, categories.labels.fillColor = REGULAR, 8, INK
    categories.labels.dy = -2
    categories.strokeColor = RULE
    categories.tickDown = 0

    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)

    x = chart.x
    for colour, label in ((PRIMARY, made_label), (ACCENT, concluded_label)):
        drawing.add(Rect(x, height - 5 * mm, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None))
        text = String(x + 4.5 * mm, height - 4.6 * mm, label, fontName=REGULAR, fontSize=8, fillColor=INK)
        drawing.add(text)
        x += 4.5 * mm + _width(label, 8) + 8 * mm
    return drawing


def _scale(highest: int) -> tuple[int, int]:
    """An axis top and a whole step giving about five grid lines: 0 → (1, 1), 5 → (6, 1), 7 → (8, 2)."""
    if highest <= 0:
        return 1, 1
    step = max(1, math.ceil(highest / 5))
    return step * math.ceil((highest + 1) / step), step  # room above the tallest bar for its value


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, REGULAR, size)
