"""HTML of a contact's detail pane: identity, means of contact, affiliations, notes."""

from __future__ import annotations

from cluster_crm.i18n import translate
from cluster_crm.services.dto import ContactView
from cluster_crm.ui.views.html import a_date, e, link, multiline, period, person_line, table, warning


def contact_html(contact: ContactView) -> str:
    title = " ".join(p for p in (contact.civility_label, contact.name) if p)
    parts = [f"<h1>{e(title)}</h1>"]
    if contact.job_title:
        parts.append(f'<p class="sub">{e(contact.job_title)}</p>')
    if contact.objected_on:
        objection = translate("ContactDetail", "Objects to being contacted since {date}")
        parts.append(warning(objection.format(date=a_date(contact.objected_on))))
    emails = "<br>".join(link(f"mailto:{m}", m) for m in contact.emails)
    phones = "<br>".join(link(f"tel:{p.replace(' ', '')}", p) for p in contact.phones)
    parts.append(
        table([(translate("ContactDetail", "E-mail"), emails), (translate("ContactDetail", "Phone"), phones)])
    )
    heading = translate("ContactDetail", "Organisations")
    parts.append(f"<h2>{e(heading)} ({len(contact.affiliations)})</h2>")
    if contact.affiliations:
        for a in contact.affiliations:
            details = [a.role, period(a.start_date, a.end_date)]
            href = f"organisation:{a.organisation_id}"
            parts.append(person_line(href, a.organisation_name, a.current, details))
    else:
        alone = translate("ContactDetail", "Not linked to any organisation.")
        parts.append(f'<p class="muted">{e(alone)}</p>')
    if contact.notes:
        notes = translate("ContactDetail", "Notes")
        parts.append(f"<h2>{e(notes)}</h2><p>{multiline(contact.notes)}</p>")
    return "".join(parts)
