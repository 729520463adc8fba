"""A letter body editor: bold, italic and underline buttons with their shortcuts, and fields inserted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget


class RichTextEditor(QWidget):
    """A QTextEdit that accepts only text (pasted HTML is kept as its words), with a small toolbar."""

    sig_changed = Signal()
    """The text changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _PlainPasteTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAcceptRichText(True)
        self.edit.textChanged.connect(self.sig_changed)
        self.bold_button = self._button("B", self.tr("Bold (Ctrl+B)"), QKeySequence.StandardKey.Bold)
        self.italic_button = self._button("I", self.tr("Italic (Ctrl+I)"), QKeySequence.StandardKey.Italic)
        self.underline_button = self._button(
            "U", self.tr("Underline (Ctrl+U)"), QKeySequence.StandardKey.Underline
        )
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        font = self.underline_button.font()
        font.setUnderline(True)
        self.underline_button.setFont(font)
        self.bold_button.toggled.connect(
            lambda on: self._merge(
                lambda f: f.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
            )
        )
        self.italic_button.toggled.connect(lambda on: self._merge(lambda f: f.setFontItalic(on)))
        self.underline_button.toggled.connect(lambda on: self._merge(lambda f: f.setFontUnderline(on)))
        self.edit.currentCharFormatChanged.connect(self._show_format)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for button in (self.bold_button, self.italic_button, self.underline_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def _button(self, text: str, tip: str, keys: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setShortcut(QKeySequence(keys))
        button.setMinimumWidth(28)
        return button

    def _merge(self, change) -> None:  # noqa: ANN001 - a callable on a QTextCharFormat
        text_format = QTextCharFormat()
        change(text_format)
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(text_format)
        self.edit.mergeCurrentCharFormat(text_format)
        self.edit.setFocus()

    def _show_format(self, text_format: QTextCharFormat) -> None:
        for button, on in (
            (self.bold_button, text_format.fontWeight() >= QFont.Weight.Bold),
            (self.italic_button, text_format.fontItalic()),
            (self.underline_button, text_format.fontUnderline()),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def html(self) -> str:
        return self.edit.toHtml()

    def set_html(self, html: str) -> None:
        self.edit.setHtml(html)

    def insert_text(self, text: str) -> None:
        """Insert at the cursor, without the formatting of what is around (a field is plain)."""
        cursor = self.edit.textCursor()
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()


class _PlainPasteTextEdit(QTextEdit):
    """Pasting from a word processor keeps the words, never its fonts, colours or images."""

    def insertFromMimeData(self, source) -> None:  # noqa: N802, ANN001
        if source.hasText():
            self.textCursor().insertText(source.text())
