"""HTML of an organisation's detail pane: identity, address, membership, people, relationships."""

from __future__ import annotations

from collections.abc import Sequence

from cluster_crm.i18n import translate
from cluster_crm.services.dto import OrganisationView
from cluster_crm.services.introduction_dto import LinkView
from cluster_crm.ui.views.html import (
    a_date,
    e,
    link,
    multiline,
    period,
    person_line,
    table,
    tags,
    warning,
)


def organisation_html(org: OrganisationView, links: Sequence[LinkView] = ()) -> str:
    parts = [f"<h1>{e(org.name)}</h1>", f'<p class="sub">{e(org.kind_label)}']
    membership = org.membership_label
    if org.member_since:
        since = translate("OrganisationDetail", "since {date}")
        membership += " " + since.format(date=a_date(org.member_since))
    parts.append(f" · {e(membership)}</p>")
    if org.objected_on:
        objection = translate("OrganisationDetail", "Asks not to be solicited any more since {date}")
        parts.append(warning(objection.format(date=a_date(org.objected_on))))
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
    parts.append(relationships_html(org.id, links))
    if org.capabilities:
        title = translate("OrganisationDetail", "Capabilities")
        parts.append(f"<h2>{e(title)}</h2><p>{multiline(org.capabilities)}</p>")
    if org.description:
        title = translate("OrganisationDetail", "Description")
        parts.append(f"<h2>{e(title)}</h2><p>{multiline(org.description)}</p>")
    return "".join(parts)


def relationships_html(organisation_id: int, links: Sequence[LinkView]) -> str:
    """« Fournisseur de <a>Usine de Cléon</a> · depuis le 1er mars 2020 », former ones greyed."""
    title = translate("OrganisationDetail", "Relationships")
    add = link(f"new-link:{organisation_id}", translate("OrganisationDetail", "add a relationship"))
    parts = [f"<h2>{e(title)} ({len(links)})</h2><p>{add}</p>"]
    edit = translate("OrganisationDetail", "edit")
    for item in links:
        other = link(f"organisation:{item.other_id}", item.other_name, muted=not item.current)
        when = period(item.start_date, item.end_date)
        line = f"{e(item.lead)}{other}" + (f" · {e(when)}" if when else "")
        if not item.current:
            line = f'<span class="muted">{line}</span>'
        note = f'<br><span class="muted">{e(item.note)}</span>' if item.note else ""
        action = f"&nbsp;&nbsp;<small>{link(f'edit-link:{item.id}', edit)}</small>"
        parts.append(f'<p class="person">{line}{action}{note}</p>')
    if not links:
        none = translate("OrganisationDetail", "No relationship recorded.")
        parts.append(f'<p class="muted">{e(none)}</p>')
    return "".join(parts)
