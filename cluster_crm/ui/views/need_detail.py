"""HTML of a need's detail pane: who has it, since when, until when, and what is sought."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from cluster_crm.domain.needs import NeedStatus
from cluster_crm.i18n import translate
from cluster_crm.services.introduction_dto import NeedView
from cluster_crm.ui.views.html import a_date, e, link, multiline, table, tags

STATUS_COLOURS = {
    NeedStatus.OPEN: ("#ddf4ff", "#0550ae"),
    NeedStatus.SATISFIED: ("#dafbe1", "#116329"),
    NeedStatus.ABANDONED: ("#eaeef2", "#424a53"),
}


def status_badge(status: str, label: str) -> str:
    background, colour = STATUS_COLOURS[NeedStatus(status)]
    return f'<span style="background-color:{background}; color:{colour};">&nbsp;{e(label)}&nbsp;</span>'


def deadline_html(view: NeedView, today: date) -> str:
    """The deadline, in red with how late it is when an open need is past it."""
    if view.deadline is None:
        return ""
    text = e(a_date(view.deadline))
    late = (today - view.deadline).days
    if view.status == NeedStatus.OPEN and late > 0:
        past = QCoreApplication.translate("NeedDetail", "passed %n day(s) ago", "", late)
        return f'<span style="color:#b42318;"><b>{text}</b> · {e(past)}</span>'
    if view.status == NeedStatus.OPEN and late > -15:
        if late:
            left = QCoreApplication.translate("NeedDetail", "in %n day(s)", "", -late)
        else:
            left = translate("NeedDetail", "today")
        return f'<span style="color:#9a6700;"><b>{text}</b> · {e(left)}</span>'
    return text


def need_html(view: NeedView, today: date) -> str:
    # Not an <h1>: Qt enlarges headings whatever their font size, and need titles are sentences.
    parts = [f'<p style="font-size:13pt; font-weight:600; margin:0 0 2px 0;">{e(view.title)}</p>']
    who = link(f"organisation:{view.organisation_id}", view.organisation_name)
    if view.contact_id is not None:
        said = translate("NeedDetail", "expressed by {name}")
        who += " · " + said.format(name=link(f"contact:{view.contact_id}", view.contact_name))
    parts.append(f'<p class="sub">{status_badge(view.status, view.status_label)}&nbsp;&nbsp;{who}</p>')
    naf = "<br>".join(
        f"{e(code)} – {e(label)}" if label else e(code)
        for code, label in zip(view.naf_codes, view.naf_labels, strict=False)
    )
    place = e(view.town)
    if view.town and view.max_distance_km:
        within = translate("NeedDetail", "within {km} km of {town}")
        place = e(within.format(km=view.max_distance_km, town=view.town))
    rows = [
        (translate("NeedDetail", "Capabilities sought"), e(view.keywords)),
        (translate("NeedDetail", "Tags"), tags(view.tags)),
        (translate("NeedDetail", "NAF codes"), naf),
        (translate("NeedDetail", "Headcount"), e(view.headcount_text)),
        (translate("NeedDetail", "Place"), place),
        (translate("NeedDetail", "Received on"), e(a_date(view.received_on))),
        (translate("NeedDetail", "Deadline"), deadline_html(view, today)),
    ]
    parts.append(table(rows))
    if view.description:
        parts.append(f"<p>{multiline(view.description)}</p>")
    return "".join(parts)
