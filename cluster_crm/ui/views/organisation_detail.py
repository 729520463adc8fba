"""HTML of an organisation's detail pane: identity, address, membership, people, capabilities."""

from __future__ import annotations

from cluster_crm.i18n import translate
from cluster_crm.services.dto import OrganisationView
from cluster_crm.ui.views.html import a_date, e, link, multiline, period, person_line, table, tags


def organisation_html(org: OrganisationView) -> str:
    parts = [f"<h1>{e(org.name)}</h1>", f'<p class="sub">{e(org.kind_label)}']
    membership = org.membership_label
    if org.member_since:
        since = translate("OrganisationDetail", "since {date}")
        membership += " " + since.format(date=a_date(org.member_since))
    parts.append(f" · {e(membership)}</p>")
    if org.tags:
        parts.append(f"<p>{tags(org.tags)}</p>")
    naf = f"{e(org.naf_code)} – {e(org.naf_label)}" if org.naf_code else ""
    website = link(org.website, org.website.split("://", 1)[-1]) if org.website else ""
    phone = link(f"tel:{org.phone.replace(' ', '')}", org.phone) if org.phone else ""
    email = link(f"mailto:{org.email}", org.email) if org.email else ""
    every = translate("OrganisationDetail", "every {days} days")
    stay = e(every.format(days=org.stay_in_touch_days)) if org.stay_in_touch_days else ""
    rows = [
        (translate("OrganisationDetail", "SIRET"), e(org.siret)),
        (translate("OrganisationDetail", "SIREN"), e(org.siren) if not org.siret else ""),
        (translate("OrganisationDetail", "NAF rev. 2"), naf),
        (translate("OrganisationDetail", "Headcount"), e(org.headcount_label)),
        (translate("OrganisationDetail", "Address"), "<br>".join(e(line) for line in org.address_lines)),
        (translate("OrganisationDetail", "Phone"), phone),
        (translate("OrganisationDetail", "E-mail"), email),
        (translate("OrganisationDetail", "Website"), website),
        (translate("OrganisationDetail", "Stay in touch"), stay),
    ]
    parts.append(table(rows))
    people = translate("OrganisationDetail", "People")
    add = link(f"new-contact:{org.id}", translate("OrganisationDetail", "add a person"))
    parts.append(f"<h2>{e(people)} ({len(org.affiliations)})</h2><p>{add}</p>")
    if org.affiliations:
        for a in org.affiliations:
            details = [a.role or a.contact_job_title, period(a.start_date, a.end_date)]
            parts.append(person_line(f"contact:{a.contact_id}", a.contact_name, a.current, details))
    else:
        nobody = translate("OrganisationDetail", "No contact yet.")
        parts.append(f'<p class="muted">{e(nobody)}</p>')
    if org.capabilities:
        title = translate("OrganisationDetail", "Capabilities")
        parts.append(f"<h2>{e(title)}</h2><p>{multiline(org.capabilities)}</p>")
    if org.description:
        title = translate("OrganisationDetail", "Description")
        parts.append(f"<h2>{e(title)}</h2><p>{multiline(org.description)}</p>")
    return "".join(parts)
