"""One suggested SME as a card: rank, name, badges, score bar, reasons for and against, actions."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.services.introduction_dto import Reason, Suggestion

GOOD, BAD, MUTED, ACCENT = "#1a7f37", "#b42318", "#57606a", "#3d6fb4"
CARD_STYLE = """
QFrame#suggestionCard { background: palette(base); border: 1px solid #d8dee4; border-radius: 6px; }
QFrame#suggestionCard:hover { border-color: #8c959f; }
QFrame#suggestionCard[dismissed="true"] { background: #f6f8fa; border-style: dashed; }
QFrame#suggestionCard QLabel { background: transparent; border: none; }
QLabel#rank { color: #8c959f; font-size: 13pt; font-weight: 600; }
QLabel#badge { border-radius: 8px; padding: 0 7px; font-size: 8.5pt; font-weight: 600; }
"""
UNBROKEN_MAX = 48  # characters: longer reasons (many words found) wrap like a sentence
BADGE_KINDS = ("member", "objection", "already")
"""Reasons shown as a badge (with the reason as its tooltip) rather than in the lines of reasons."""
BADGE_COLOURS = {
    "member": ("#dafbe1", "#116329"),
    "introduced": ("#ddf4ff", "#0550ae"),
    "dismissed": ("#eaeef2", "#424a53"),
    "blocked": ("#ffebe9", "#a40e26"),
}


def _unbroken(text: str) -> str:
    """A short reason stays on one line (no break at its spaces or hyphens); a long one may wrap."""
    html = escape(text)
    if len(text) > UNBROKEN_MAX:
        return html
    return html.replace(" ", "&nbsp;").replace("-", "\u2011")


def _reasons_html(reasons: Sequence[Reason], colour: str, mark: str) -> str:
    items = [f'<span style="color:{colour};">{mark}&nbsp;{_unbroken(r.text)}</span>' for r in reasons]
    return "&nbsp;&nbsp;&nbsp; ".join(items)  # a line may break between reasons, never before a mark


def _points(value: float) -> str:
    return f"{value:+.0f}" if abs(value) >= 1 else f"{value:+.2f}"


class ScoreBar(QWidget):
    """How well an SME matches, as a bar filled in proportion to the best suggestion's score."""

    def __init__(self, fraction: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = max(0.0, min(1.0, fraction))
        self.setFixedSize(96, 8)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(96, 8)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(QColor("#e6eaef"))
        painter.drawRoundedRect(whole, 4, 4)
        if self.fraction > 0:
            filled = QRectF(
                whole.x(), whole.y(), max(whole.height(), whole.width() * self.fraction), whole.height()
            )
            colour = ACCENT if self.isEnabled() else "#afb8c1"
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(filled, 4, 4)


def badge(text: str, kind: str, tooltip: str = "") -> QLabel:
    background, foreground = BADGE_COLOURS[kind]
    label = QLabel(text)
    label.setObjectName("badge")
    label.setProperty("kind", kind)
    label.setStyleSheet(f"background: {background}; color: {foreground};")
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    if tooltip:
        label.setToolTip(tooltip)
    return label


class SuggestionCard(QFrame):
    """One suggested SME: rank, name, badges, score, reasons, and its actions."""

    sig_action = Signal(str, object)
    """A button or link: ``(action, Suggestion)``, action "present", "dismiss", "restore", "open",
    "introduction"."""

    def __init__(self, rank: int, suggestion: Suggestion, best: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = s = suggestion
        self.setObjectName("suggestionCard")
        self.setProperty("dismissed", s.dismissed)
        self.rank_label = QLabel(str(rank))
        self.rank_label.setObjectName("rank")
        self.rank_label.setFixedWidth(self.fontMetrics().horizontalAdvance("00") + 14)
        self.rank_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        name_colour = MUTED if s.dismissed else "#1f3b57"
        self.name_label = QLabel(
            f'<a href="open" style="color:{name_colour}; text-decoration:none;"><b>{escape(s.name)}</b></a>'
        )
        self.name_label.setObjectName("name")
        self.name_label.setStyleSheet("font-size: 10.5pt;")
        self.name_label.setToolTip(self.tr("Open the organisation"))
        self.name_label.linkActivated.connect(lambda _href: self.sig_action.emit("open", self.suggestion))
        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(self.name_label)
        self.badges: list[QLabel] = []
        told = {r.kind: r.text for r in s.reasons_against + s.reasons_for if r.kind in BADGE_KINDS}
        if s.is_member:
            self.badges.append(badge(self.tr("member"), "member", told.get("member", "")))
        if s.already_introduced_id is not None:
            self.badges.append(badge(self.tr("already introduced"), "introduced", told.get("already", "")))
        if s.blocked:
            objection = told.get("objection") or self.tr(
                "GDPR: an objection to prospection is absolute; it cannot be introduced."
            )
            self.badges.append(badge(self.tr("objects to being solicited"), "blocked", objection))
        if s.dismissed:
            reason = (
                self.tr("Reason: {reason}").format(reason=s.dismissed_reason) if s.dismissed_reason else ""
            )
            self.badges.append(badge(self.tr("set aside"), "dismissed", reason))
        for item in self.badges:
            title.addWidget(item)
        title.addStretch(1)

        facts = [s.town] if s.town else []
        if s.contact_name:
            facts.append(self.tr("contact: {name}").format(name=s.contact_name))
        if s.dismissed and s.dismissed_reason:
            facts.append(self.tr("set aside: “{reason}”").format(reason=s.dismissed_reason))
        self.facts_label = QLabel(" · ".join(facts))
        self.facts_label.setStyleSheet(f"color: {MUTED};")
        # What a badge already says (member, objection, already introduced) is not repeated.
        reasons_for = [r for r in s.reasons_for if r.kind not in BADGE_KINDS]
        reasons_against = [r for r in s.reasons_against if r.kind not in BADGE_KINDS]
        self.for_label = self._reasons(_reasons_html(reasons_for, MUTED if s.dismissed else GOOD, "✓"))
        self.for_label.setObjectName("reasonsFor")
        self.against_label = self._reasons(_reasons_html(reasons_against, MUTED if s.dismissed else BAD, "✕"))
        self.against_label.setObjectName("reasonsAgainst")
        notes = "&nbsp;&nbsp;&nbsp; ".join(f"ⓘ&nbsp;{escape(n)}" for n in s.notes)
        self.notes_label = self._reasons(f'<span style="color:{MUTED};">{notes}</span>' if notes else "")
        body = QVBoxLayout()
        body.setSpacing(3)
        body.addLayout(title)
        if facts:
            body.addWidget(self.facts_label)
        body.addWidget(self.for_label)
        body.addWidget(self.against_label)
        body.addWidget(self.notes_label)

        self.score_bar = ScoreBar(s.score / best if best > 0 else 0)
        self.score_bar.setEnabled(not s.dismissed)
        self.score_bar.setToolTip(self._score_tooltip())
        self.present_button = QPushButton(self.tr("Introduce…"))
        self.present_button.setObjectName("presentButton")
        self.open_introduction_button = QPushButton(self.tr("See the introduction"))
        self.dismiss_button = QPushButton(self.tr("Set aside…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.present_button.setToolTip(
            self.tr("Propose this SME to the contracting organisation: the introduction is filled in")
        )
        self.dismiss_button.setToolTip(self.tr("No longer suggest it for this need (remembered)"))
        if s.blocked:
            self.present_button.setEnabled(False)
            self.present_button.setToolTip(
                self.tr("It objected to being solicited: it cannot be introduced.")
            )
        actions = QVBoxLayout()
        actions.setSpacing(4)
        score_row = QHBoxLayout()
        score_row.addStretch(1)
        score_row.addWidget(self.score_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        actions.addLayout(score_row)
        actions.addSpacing(2)
        for button, action, shown in (
            (self.present_button, "present", s.already_introduced_id is None and not s.dismissed),
            (self.open_introduction_button, "introduction", s.already_introduced_id is not None),
            (self.dismiss_button, "dismiss", not s.dismissed),
            (self.restore_button, "restore", s.dismissed),
        ):
            button.setAutoDefault(False)
            if not shown:
                button.hide()  # never setVisible(True) before the card is built: it would open a window
            button.clicked.connect(partial(self._clicked, action))
            actions.addWidget(button)
        actions.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.rank_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(body, 0, 1)
        grid.addLayout(actions, 0, 2)
        grid.setColumnStretch(1, 1)

    def _reasons(self, html: str) -> QLabel:
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if not html:
            label.hide()
        return label

    def _score_tooltip(self) -> str:
        s = self.suggestion
        lines = [
            self.tr("Score: {score}").format(score=f"{s.score:.0f}" if s.score >= 1 else f"{s.score:.2f}")
        ]
        lines += [f"{_points(r.points)}  {r.text}" for r in s.reasons_for]
        lines += [f"{_points(-abs(r.points))}  {r.text}" for r in s.reasons_against]
        return "\n".join(lines)

    def _clicked(self, action: str) -> None:
        self.sig_action.emit(action, self.suggestion)
