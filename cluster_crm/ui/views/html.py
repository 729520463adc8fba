"""Small HTML builders for the read-only detail panes (escaped text, links between records)."""

from __future__ import annotations

from datetime import date
from html import escape

from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.i18n import current_language, translate

STYLE = """
<style>
h1 { font-size: 15pt; margin: 0 0 2px 0; }
h2 { font-size: 10.5pt; margin: 14px 0 4px 0; color: #44546a; border-bottom: 1px solid #d0d7de; }
.sub { color: #57606a; margin: 0 0 6px 0; }
.tag { background-color: #dbe7f5; color: #1f3b57; }
p.person { margin: 0 0 6px 0; }
.muted { color: #6e7781; }
p.warning { color: #b42318; font-weight: bold; margin: 4px 0 6px 0; }
td.k { color: #57606a; padding-right: 12px; white-space: nowrap; vertical-align: top; }
td { vertical-align: top; padding: 1px 0; }
</style>
"""


def e(text: object) -> str:
    return escape(str(text or ""))


def multiline(text: str) -> str:
    return "<br>".join(e(line) for line in (text or "").splitlines())


MUTED = "#6e7781"


def link(href: str, text: str, muted: bool = False) -> str:
    """An anchor; a muted one is greyed like the text around it (a former link)."""
    style = f' style="color: {MUTED};"' if muted else ""
    return f'<a href="{e(href)}"{style}>{e(text)}</a>'


def a_date(value: date | None) -> str:
    return long_date(value, current_language())


def table(rows: list[tuple[str, str]]) -> str:
    """A two-column table of (label, already-escaped HTML value), skipping empty values."""
    body = "".join(f'<tr><td class="k">{e(k)}</td><td>{v}</td></tr>' for k, v in rows if v)
    return f"<table>{body}</table>" if body else ""


def tags(names: tuple[str, ...]) -> str:
    return "&nbsp;&nbsp;".join(f'<span class="tag">&nbsp;{e(n)}&nbsp;</span>' for n in names)


def person_line(href: str, name: str, current: bool, details: list[str]) -> str:
    """A linked name, then its role and dates on a muted second line (former links greyed)."""
    style = "" if current else ' class="muted"'
    extra = " · ".join(e(d) for d in details if d)
    second = f'<br><span class="muted">{extra}</span>' if extra else ""
    return f'<p class="person"><span{style}>{link(href, name, muted=not current)}</span>{second}</p>'


def warning(text: str) -> str:
    """A line in red that must not be missed (an objection to being contacted)."""
    return f'<p class="warning">{e(text)}</p>'


def period(start: date | None, end: date | None) -> str:
    """``"depuis le 1er mars 2020"``, ``"du … au …"``, ``"jusqu'au …"`` or nothing."""

    if start and end:
        return translate("Detail", "from {start} to {end}").format(start=a_date(start), end=a_date(end))
    if end:
        return translate("Detail", "until {end}").format(end=a_date(end))
    if start:
        return translate("Detail", "since {start}").format(start=a_date(start))
    return ""


def short(value: date | None) -> str:
    return short_date(value, current_language())
