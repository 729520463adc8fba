"""HTML of an introduction's detail pane: the parties, the pipeline, the history, what came of it."""

from __future__ import annotations

from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.i18n import translate
from cluster_crm.services.introduction_dto import IntroductionView
from cluster_crm.ui.views.html import a_date, e, link, multiline, short, table

S = IntroductionStatus
PIPELINE = (S.PROPOSED, S.ACCEPTED, S.INTRODUCED, S.MEETING_HELD, S.IN_PROGRESS)


def euros(amount: int | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", "\u202f") + "\u00a0€"


def pipeline_html(status: S) -> str:
    """The stages as a line of steps, done ones ticked, the current one in bold."""
    steps = []
    ended = status.is_final
    for stage in PIPELINE:
        if ended or stage.rank < status.rank:
            steps.append(f'<span style="color:#1a7f37;">✓ {e(stage.label)}</span>')
        elif stage is status:
            steps.append(f'<b style="color:#0b5cad;">● {e(stage.label)}</b>')
        else:
            steps.append(f'<span class="muted">○ {e(stage.label)}</span>')
    if status is S.CONCLUDED:
        steps.append(f'<b style="color:#1a7f37;">★ {e(status.label)}</b>')
    elif status is S.CLOSED:
        steps.append(f'<b style="color:#b42318;">✕ {e(status.label)}</b>')
    return "&nbsp;&nbsp;›&nbsp;&nbsp;".join(steps)


def introduction_html(view: IntroductionView) -> str:
    row = view.row
    status = S(row.status)
    contracting = link(f"organisation:{row.contracting_id}", row.contracting_name)
    sme = link(f"organisation:{row.sme_id}", row.sme_name)
    parts = [
        f"<h1>{e(row.contracting_name)} ↔ {e(row.sme_name)}</h1>",
        '<p class="sub">'
        + e(row.status_label)
        + " · "
        + e(translate("IntroductionDetail", "since {date}").format(date=a_date(row.status_on)))
        + "</p>",
        f"<p>{pipeline_html(status)}</p>",
    ]
    if status is S.CONCLUDED:
        outcome = row.outcome_label + (f" — {euros(row.amount_eur)}" if row.amount_eur is not None else "")
        parts.append(f'<p style="color:#1a7f37;"><b>{e(outcome)}</b></p>')
    elif status is S.CLOSED:
        parts.append(f'<p style="color:#b42318;"><b>{e(view.close_reason_label)}</b></p>')

    def person(contact_id: int | None, name: str) -> str:
        return link(f"contact:{contact_id}", name) if contact_id and name else ""

    def agreed(day) -> str:  # noqa: ANN001
        return (
            e(translate("IntroductionDetail", "agreed on {date}").format(date=a_date(day)))
            if day
            else e(translate("IntroductionDetail", "not yet"))
        )

    need = link(f"need:{row.need_id}", row.need_title) if row.need_id else ""
    rows = [
        (translate("IntroductionDetail", "Contracting organisation"), contracting),
        (translate("IntroductionDetail", "SME"), sme),
        (translate("IntroductionDetail", "Need"), need),
        (
            translate("IntroductionDetail", "Contracting side"),
            " · ".join(
                p
                for p in (
                    person(view.contracting_contact_id, row.contracting_contact_name),
                    agreed(view.contracting_agreed_on),
                )
                if p
            ),
        ),
        (
            translate("IntroductionDetail", "SME side"),
            " · ".join(
                p
                for p in (person(view.sme_contact_id, row.sme_contact_name), agreed(view.sme_agreed_on))
                if p
            ),
        ),
        (translate("IntroductionDetail", "Proposed"), e(a_date(row.proposed_on))),
        (
            translate("IntroductionDetail", "Introduced"),
            e(a_date(view.introduced_on)) if view.introduced_on else "",
        ),
        (translate("IntroductionDetail", "Ended"), e(a_date(view.ended_on)) if view.ended_on else ""),
    ]
    parts.append(table(rows))
    if view.note:
        title = translate("IntroductionDetail", "Note")
        parts.append(f"<h2>{e(title)}</h2><p>{multiline(view.note)}</p>")
    if view.follow_ups:
        title = translate("IntroductionDetail", "Check-ups")
        parts.append(f"<h2>{e(title)}</h2>")
        for f in view.follow_ups:
            state = (
                translate("IntroductionDetail", "done")
                if f.done
                else translate("IntroductionDetail", "overdue")
                if f.overdue
                else translate("IntroductionDetail", "to do")
            )
            style = ' class="muted"' if f.done else ' style="color:#b42318;"' if f.overdue else ""
            parts.append(f"<p{style}>{e(short(f.due_date))} — {e(f.note)} ({e(state)})</p>")
    parts.append(
        "<h2>"
        + e(translate("IntroductionDetail", "Interactions ({count})").format(count=len(view.interactions)))
        + "</h2>"
    )
    log = link(
        f"log-introduction:{row.id}",
        translate("IntroductionDetail", "log an interaction about this introduction"),
    )
    parts.append(f"<p>{log}</p>")
    for entry in view.interactions:
        subject = link(f"interaction:{entry.id}", entry.subject or entry.kind_label)
        detail = " · ".join(p for p in (entry.kind_label, entry.participants) if p)
        parts.append(
            f'<p class="person">{e(short(entry.starts_at.date()))} — {subject}<br>'
            f'<span class="muted">{e(detail)}</span></p>'
        )
    title = translate("IntroductionDetail", "History")
    parts.append(f"<h2>{e(title)}</h2>")
    for entry in reversed(view.history):
        move = (
            entry.status_label if entry.from_status is None else f"{entry.from_label} → {entry.status_label}"
        )
        note = f'<br><span class="muted">{e(entry.note)}</span>' if entry.note else ""
        parts.append(f'<p class="person">{e(short(entry.changed_on))} — {e(move)}{note}</p>')
    return "".join(parts)
