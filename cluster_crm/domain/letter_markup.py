"""The safe rich text of letter templates: paragraphs of bold, italic and underlined runs.

A body is stored as a small HTML subset: ``<p>``, ``<b>``, ``<i>``, ``<u>`` and ``<br>``, text
escaped. ``from_qt_html`` keeps only that subset from a QTextEdit's HTML (Qt writes bold, italic
and underline as ``<span style="…">``); everything else (styles, fonts, colours, links, images,
scripts) is dropped, its text kept. Empty paragraphs are dropped: the letter spaces paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP

BREAK = "\n"  # a run of this text is a line break (<br>) inside its paragraph
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_FIELD = re.compile(r"\{\{?[^{}]*\}\}?")
_IGNORED = {"head", "style", "script", "title"}
_PARAGRAPHS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
MAX_BODY = 20_000


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    @property
    def style(self) -> tuple[bool, bool, bool]:
        return (self.bold, self.italic, self.underline)


Paragraph = tuple[Run, ...]


def parse_body(markup: str) -> list[Paragraph]:
    """The paragraphs of a stored body or of any HTML (unknown tags are read as plain text)."""
    if len(markup) > MAX_BODY * 10:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The letter's text is too long."))
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    reader.end_paragraph()
    return [_joined_fields(p) for p in reader.paragraphs]


def serialise(paragraphs: list[Paragraph]) -> str:
    """The stored form: one ``<p>`` per paragraph, runs wrapped in ``<b><i><u>`` in that order."""
    out = []
    for paragraph in paragraphs:
        parts = []
        for run in paragraph:
            if run.text == BREAK:
                parts.append("<br>")
                continue
            text = escape(run.text, quote=False)
            for flag, tag in ((run.underline, "u"), (run.italic, "i"), (run.bold, "b")):
                if flag:
                    text = f"<{tag}>{text}</{tag}>"
            parts.append(text)
        out.append(f"<p>{''.join(parts)}</p>")
    return "\n".join(out)


def from_qt_html(html: str) -> str:
    """A QTextEdit's ``toHtml()`` reduced to the safe subset (paragraphs, bold, italic, underline)."""
    return serialise(parse_body(html))


def normalise_body(body: str) -> str:
    return serialise(parse_body(body))


def from_plain_text(text: str) -> str:
    """Plain text, paragraphs separated by blank lines, single newlines kept as line breaks."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        runs: list[Run] = []
        for index, line in enumerate(lines):
            if index:
                runs.append(Run(BREAK))
            runs.append(Run(line))
        if runs:
            paragraphs.append(tuple(runs))
    return serialise(paragraphs)


def to_reportlab(body: str) -> list[str]:
    """One reportlab paragraph markup per paragraph (``<b>``, ``<i>``, ``<u>``, ``<br/>``, escaped)."""
    return [reportlab_markup(p) for p in parse_body(body)]


def reportlab_markup(paragraph: Paragraph) -> str:
    parts = []
    for run in paragraph:
        if run.text == BREAK:
            parts.append("<br/>")
            continue
        parts.append(styled(escape(run.text, quote=False), run.style))
    return "".join(parts)


def styled(text: str, style: tuple[bool, bool, bool]) -> str:
    bold, italic, underline = style
    if underline:
        text = f"<u>{text}</u>"
    if italic:
        text = f"<i>{text}</i>"
    if bold:
        text = f"<b>{text}</b>"
    return text


def plain_text(body: str) -> str:
    """The text without its formatting (paragraphs separated by blank lines), e.g. for a preview."""
    return "\n\n".join("".join(r.text for r in p) for p in parse_body(body))


class _Reader(HTMLParser):
    """Builds paragraphs of runs; bold, italic and underline come from tags or from Qt's styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self._runs: list[Run] = []
        self._styles: list[tuple[str, tuple[int, int, int]]] = []  # open tag, (bold, italic, underline)
        self._ignored = 0

    def _style(self) -> tuple[bool, bool, bool]:
        bold = italic = underline = 0
        for _, (b, i, u) in self._styles:
            bold, italic, underline = bold + b, italic + i, underline + u
        return (bold > 0, italic > 0, underline > 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _IGNORED:
            self._ignored += 1
        elif tag in _PARAGRAPHS:
            self.end_paragraph()
            self._styles.append((tag, _css(attrs)))
        elif tag == "br":
            self._runs.append(Run(BREAK))
        elif tag in ("b", "strong"):
            self._styles.append((tag, (1, 0, 0)))
        elif tag in ("i", "em"):
            self._styles.append((tag, (0, 1, 0)))
        elif tag == "u":
            self._styles.append((tag, (0, 0, 1)))
        elif tag in ("span", "font", "a", "body", "html", "sub", "sup"):
            self._styles.append((tag, _css(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._runs.append(Run(BREAK))

    def handle_endtag(self, tag: str) -> None:
        if tag in _IGNORED:
            self._ignored = max(0, self._ignored - 1)
            return
        if tag in _PARAGRAPHS:
            self.end_paragraph()
        for index in range(len(self._styles) - 1, -1, -1):
            if self._styles[index][0] == tag or (tag, self._styles[index][0]) in _SAME:
                del self._styles[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._ignored:
            return
        text = _SPACES.sub(" ", data)
        if text:
            self._runs.append(Run(text, *self._style()))

    def end_paragraph(self) -> None:
        paragraph = _tidy(self._runs)
        if paragraph:
            self.paragraphs.append(paragraph)
        self._runs = []


_SAME = {("strong", "b"), ("b", "strong"), ("em", "i"), ("i", "em")}


def _css(attrs: list[tuple[str, str | None]]) -> tuple[int, int, int]:
    style = (dict(attrs).get("style") or "").replace(" ", "").lower()
    weight = re.search(r"font-weight:(\w+)", style)
    bold = bool(
        weight and (weight.group(1) == "bold" or (weight.group(1).isdigit() and int(weight.group(1)) >= 600))
    )
    return (int(bold), int("font-style:italic" in style), int("underline" in style))


def _tidy(runs: list[Run]) -> Paragraph:
    """Adjacent runs of one style merged; spaces collapsed; leading and trailing spaces and breaks gone."""
    merged: list[Run] = []
    for run in runs:
        if merged and run.text != BREAK and merged[-1].text != BREAK:
            text = merged[-1].text + run.text if merged[-1].style == run.style else None
            if text is not None:
                merged[-1] = Run(_SPACES.sub(" ", text), *run.style)
                continue
            if merged[-1].text.endswith(" ") and run.text.startswith(" "):
                run = Run(run.text.lstrip(), *run.style)
        elif run.text != BREAK and (not merged or merged[-1].text == BREAK):
            run = Run(run.text.lstrip(), *run.style)
        if run.text:
            merged.append(run)
    while merged and merged[-1].text == BREAK:
        merged.pop()
    while merged and merged[0].text == BREAK:
        merged.pop(0)
    if merged:
        merged[-1] = (
            Run(merged[-1].text.rstrip(), *merged[-1].style) if merged[-1].text != BREAK else merged[-1]
        )
    cleaned = [r for r in merged if r.text]
    if not "".join(r.text for r in cleaned if r.text != BREAK).strip():
        return ()
    return tuple(cleaned)


def _joined_fields(paragraph: Paragraph) -> Paragraph:
    """A field split across styles (``{{no`` bold, ``m}}`` plain) is moved whole into its first run."""
    text = "".join(r.text for r in paragraph)
    spans = [m.span() for m in _FIELD.finditer(text)]
    if not spans:
        return paragraph
    styles: list[tuple[bool, bool, bool]] = []
    for run in paragraph:
        styles.extend([run.style] * len(run.text))
    for start, end in spans:
        styles[start:end] = [styles[start]] * (end - start)
    runs: list[Run] = []
    position = 0
    for run in paragraph:  # keep breaks where they were, restyle the rest character by character
        if run.text == BREAK:
            runs.append(run)
            position += 1
            continue
        for offset, char in enumerate(run.text):
            style = styles[position + offset]
            if runs and runs[-1].text != BREAK and runs[-1].style == style:
                runs[-1] = Run(runs[-1].text + char, *style)
            else:
                runs.append(Run(char, *style))
        position += len(run.text)
    return tuple(runs)
