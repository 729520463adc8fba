"""Interactions, timelines, follow-ups and the dashboard at region scale, beside the bare engine.

Copies the 100,000-organisation / 300,000-contact database that ``bench_search.py --keep`` builds,
migrates it (which adds the interaction tables), bulk-inserts 1,000,000 interactions over five
years with their organisations and people, ~150,000 follow-ups and "stay in touch" intervals, then
times what the interface does -- a record page's timeline and last contact, the home dashboard and
its parts, the follow-up lists -- through the application's services and through hand-written SQL
on a plain ``sqlite3`` connection. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench_interactions.py [--interactions 1000000] [--db PATH] [--keep]
                                                      [--runs 20] [--warmup 2] [--explain]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from bisect import bisect_left
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_search import (  # noqa: E402
    Case,
    StatementCounter,
    _remove_database,
    _run,
    explain,
    machine,
    measure,
    median_ms,
    p95_ms,
)
from sqlalchemy import bindparam, insert, update  # noqa: E402

from cluster_crm.db.database import Database, open_database  # noqa: E402
from cluster_crm.db.models import (  # noqa: E402
    Attachment,
    FollowUp,
    Interaction,
    Organisation,
    interaction_contact,
    interaction_organisation,
)
from cluster_crm.services.dashboard import (  # noqa: E402
    RECENT,
    UPCOMING_DAYS,
    _month_counts,
    dashboard,
    dormant_relationships,
)
from cluster_crm.services.follow_ups import follow_up_view, follow_ups_of, open_follow_ups  # noqa: E402
from cluster_crm.services.interactions import last_contact, timeline, timeline_entry  # noqa: E402

SOURCE = Path("/tmp/cluster_crm_bench_100000_300000.sqlite")
DEFAULT_DB = Path("/tmp/cluster_crm_bench_interactions.sqlite")
CHUNK = 50_000  # interactions (with their links) per transaction
GUI_LIMIT = 500  # the most rows a timeline shows
SLOW_MS = 50.0

# --- synthetic interactions -----------------------------------------------------------------------

KINDS = ("email", "call", "meeting", "visit", "event", "letter", "other")
KIND_WEIGHTS = (30, 25, 20, 8, 5, 7, 5)
SUBJECTS = {
    "email": (
        "Envoi du compte rendu",
        "Relance cotisation {year}",
        "Invitation au comité technique",
        "Demande de devis usinage",
        "Transmission de la plaquette",
        "Question sur l'appel à projets",
        "Suivi de la mise en relation",
        "Offre d'emploi à diffuser",
        "Partage du diagnostic",
        "Confirmation d'inscription",
        "Documents pour le dossier de financement",
    ),
    "call": (
        "Point d'avancement",
        "Appel de courtoisie",
        "Besoin en sous-traitance",
        "Recherche de partenaire",
        "Préparation de la visite",
        "Relance adhésion",
        "Difficultés de recrutement",
        "Question réglementaire",
        "Suivi du projet collaboratif",
    ),
    "meeting": (
        "Comité technique",
        "Réunion projet {project}",
        "Rendez-vous adhésion",
        "Point stratégique",
        "Groupe de travail achats",
        "Comité de pilotage {project}",
        "Présentation de l'offre du cluster",
        "Réunion bilatérale donneur d'ordres",
        "Atelier innovation",
        "Revue annuelle {year}",
    ),
    "visit": (
        "Visite d'atelier",
        "Visite de site",
        "Visite découverte",
        "Audit de capacités",
        "Visite avec le donneur d'ordres",
        "Diagnostic industrie du futur",
    ),
    "event": (
        "Assemblée générale {year}",
        "Salon Industrie Normandie {year}",
        "Rencontres d'affaires {year}",
        "Matinale RH",
        "Convention d'affaires donneurs d'ordres",
        "Webinaire cybersécurité",
        "Soirée des adhérents {year}",
        "Journée portes ouvertes",
    ),
    "letter": (
        "Courrier de bienvenue",
        "Appel de cotisation {year}",
        "Attestation d'adhésion",
        "Courrier de résiliation",
        "Convention de partenariat",
    ),
    "other": ("Note interne", "Échange informel", "Mise en relation", "Retour d'expérience"),
}
PROJECTS = (
    "Hydrogène vert",
    "Usine 4.0",
    "Décarbonation",
    "Robotique cobot",
    "Fabrication additive",
    "Maintenance prédictive",
    "Éco-conception",
    "Supply chain",
    "Compétences 2030",
)
PLACES = ("Rouen", "Évreux", "Le Havre", "Caen", "Cherbourg", "Vernon", "Louviers", "Dieppe", "Visio", "")
NOTES = (
    "",
    "",
    "",
    "Échange cordial, à recontacter.",
    "Intéressé par le groupe de travail achats.",
    "Besoin identifié en tôlerie fine ; mise en relation à prévoir.",
    "Charge de travail élevée, recrutement de deux techniciens en cours.",
    "Souhaite recevoir le catalogue des formations.",
)
FOLLOW_UP_NOTES = (
    "Rappeler",
    "Envoyer le devis",
    "Relancer la cotisation",
    "Transmettre le compte rendu",
    "Proposer une visite",
    "Inviter au prochain comité",
    "Vérifier l'inscription",
)
INTERVALS = (30, 60, 90, 90, 180, 180, 365)


def _org_weights(rows: list[tuple[int, str, str]], rng: random.Random) -> list[float]:
    """Contracting organisations and members far more often; a Zipf head of contracting ones."""
    base = {"sme": 1.0, "institution": 3.0, "partner": 4.0, "other": 1.0, "contracting": 40.0}
    status = {"member": 12.0, "prospect": 3.0, "former": 2.0, "none": 1.0}
    contracting = [i for i, (_, kind, _) in enumerate(rows) if kind == "contracting"]
    rng.shuffle(contracting)
    head = {index: 4000.0 / rank for rank, index in enumerate(contracting, start=1)}
    return [
        base.get(kind, 1.0) * status.get(membership, 1.0) + head.get(i, 0.0)
        for i, (_, kind, membership) in enumerate(rows)
    ]


def _fmt(moment: datetime) -> str:
    """The way SQLAlchemy stores a DateTime in SQLite."""
    return moment.isoformat(sep=" ", timespec="microseconds")


def build_interactions(
    db: Database, path: Path, count: int, follow_ups: int, open_count: int, seed: int
) -> None:
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    orgs = con.execute("SELECT id, kind, membership_status FROM organisation ORDER BY id").fetchall()
    staff: dict[int, list[int]] = {}
    for contact_id, organisation_id in con.execute("SELECT contact_id, organisation_id FROM affiliation"):
        staff.setdefault(organisation_id, []).append(contact_id)
    max_contact = con.execute("SELECT max(id) FROM contact").fetchone()[0]
    next_id = (con.execute("SELECT max(id) FROM interaction").fetchone()[0] or 0) + 1
    con.close()

    org_ids = [o[0] for o in orgs]
    cum = list(accumulate(_org_weights(orgs, rng)))
    total = cum[-1]

    def pick_org() -> int:
        return org_ids[bisect_left(cum, rng.random() * total)]

    now = datetime.now().replace(second=0, microsecond=0)
    first = now - timedelta(days=5 * 365)
    span_days = (now - first).days
    today = date.today()
    starts: list[int] = []  # ordinal day of each interaction, by id - next_id
    ids: list[int] = []

    started = time.perf_counter()
    links_o = links_c = attachments = 0
    done = 0
    while done < count:
        n = min(CHUNK, count - done)
        rows, orows, crows, arows = [], [], [], []
        for _ in range(n):
            kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
            if rng.random() < 0.005:  # planned, in the coming weeks
                day = today + timedelta(days=rng.randint(1, 30))
            else:
                # more activity lately (the CRM is used more and more)
                day = (first + timedelta(days=int(span_days * rng.random() ** 0.7))).date()
            hour = rng.randint(8, 17) if kind in ("meeting", "visit", "event", "call") else rng.randint(7, 21)
            moment = datetime(day.year, day.month, day.day, hour, rng.choice((0, 15, 30, 45)))
            ends = (
                moment + timedelta(minutes=rng.choice((30, 60, 90, 120, 180)))
                if kind in ("meeting", "visit", "event")
                else None
            )
            subject = rng.choice(SUBJECTS[kind]).format(year=day.year, project=rng.choice(PROJECTS))
            iid = next_id
            next_id += 1
            rows.append(
                {
                    "id": iid,
                    "kind": kind,
                    "starts_at": moment,
                    "ends_at": ends,
                    "place": rng.choice(PLACES) if ends else "",
                    "subject": subject,
                    "notes": rng.choice(NOTES),
                }
            )
            ids.append(iid)
            starts.append(day.toordinal())
            chosen = list(dict.fromkeys(pick_org() for _ in range(rng.choices((1, 2, 3), (55, 30, 15))[0])))
            orows += [{"interaction_id": iid, "organisation_id": o} for o in chosen]
            people: set[int] = set()
            for _ in range(rng.choices((0, 1, 2, 3), (25, 45, 20, 10))[0]):
                pool = staff.get(rng.choice(chosen))
                people.add(rng.choice(pool) if pool and rng.random() < 0.9 else rng.randint(1, max_contact))
            crows += [{"interaction_id": iid, "contact_id": c} for c in people]
            if rng.random() < 0.03:
                arows.append(
                    {
                        "interaction_id": iid,
                        "file_name": "compte-rendu.pdf",
                        "stored_name": f"{iid}/compte-rendu.pdf",
                        "size": rng.randint(20_000, 900_000),
                    }
                )
        with db.engine.begin() as connection:
            connection.execute(insert(Interaction.__table__), rows)
            connection.execute(insert(interaction_organisation), orows)
            if crows:
                connection.execute(insert(interaction_contact), crows)
            if arows:
                connection.execute(insert(Attachment.__table__), arows)
        links_o += len(orows)
        links_c += len(crows)
        attachments += len(arows)
        done += n
        print(f"\r  interactions {done:,}/{count:,}", end="", flush=True)
    print()
    inserted = time.perf_counter()

    # Follow-ups: most done long ago; a few thousand open (some overdue), soonest in the next weeks.
    recent = [i for i, s in zip(ids, starts, strict=True) if today.toordinal() - 60 <= s <= today.toordinal()]
    start_of = dict(zip(ids, starts, strict=True))
    frows = []
    for index in range(follow_ups):
        is_open = index < open_count
        about = rng.random()
        interaction_id = organisation_id = contact_id = None
        if about < 0.80:
            interaction_id = rng.choice(recent) if is_open else rng.choice(ids)
            origin = date.fromordinal(start_of[interaction_id])
        else:
            if about < 0.95:
                organisation_id = pick_org()
            else:
                contact_id = rng.randint(1, max_contact)
            origin = today - timedelta(days=rng.randint(0, 60) if is_open else rng.randint(30, 5 * 365))
        offsets = (14, 30, 30, 60, 90, 120) if is_open else (7, 14, 15, 30, 30, 60, 90)
        due = origin + timedelta(days=rng.choice(offsets))
        if not is_open and due >= today:
            due = today - timedelta(days=rng.randint(1, 30))
        done_at = None
        if not is_open:
            done_day = min(today, due + timedelta(days=rng.randint(-5, 10)))
            done_at = datetime(
                done_day.year, done_day.month, done_day.day, rng.randint(8, 18), rng.randint(0, 59)
            )
        frows.append(
            {
                "due_date": due,
                "note": rng.choice(FOLLOW_UP_NOTES),
                "done": not is_open,
                "done_at": done_at,
                "interaction_id": interaction_id,
                "organisation_id": organisation_id,
                "contact_id": contact_id,
            }
        )
    rng.shuffle(frows)
    for start in range(0, len(frows), CHUNK):
        with db.engine.begin() as connection:
            connection.execute(insert(FollowUp.__table__), frows[start : start + CHUNK])

    # "Stay in touch" on ~20 % of organisations: contracting ones and most members, then others.
    chosen_orgs: dict[int, int] = {}
    for oid, kind, membership in orgs:
        if kind == "contracting" or (membership == "member" and rng.random() < 0.85):
            chosen_orgs[oid] = rng.choice(INTERVALS)
    others = [o[0] for o in orgs if o[0] not in chosen_orgs]
    for oid in rng.sample(others, max(0, len(orgs) // 5 - len(chosen_orgs))):
        chosen_orgs[oid] = rng.choice(INTERVALS)
    stmt = (
        update(Organisation.__table__)
        .where(Organisation.__table__.c.id == bindparam("oid"))
        .values(stay_in_touch_days=bindparam("days"))
    )
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE organisation SET stay_in_touch_days = NULL"
        )  # bench_search sets some
        connection.execute(stmt, [{"oid": k, "days": v} for k, v in chosen_orgs.items()])
    followed = time.perf_counter()

    with db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    analysed = time.perf_counter()
    overdue = sum(1 for f in frows if not f["done"] and f["due_date"] < today)
    print(
        f"  rows: {count:,} interactions, {links_o:,} organisation links ({links_o / count:.2f}/interaction), "
        f"{links_c:,} contact links, {attachments:,} attachments, {len(frows):,} follow-ups "
        f"({open_count:,} open, {overdue:,} overdue), stay_in_touch_days on {len(chosen_orgs):,} organisations; "
        f"file {path.stat().st_size / 1e6:,.0f} MB"
    )
    print(f"  interactions + links (Core executemany, {CHUNK:,}/transaction) {inserted - started:7.1f} s")
    print(f"  follow-ups + stay_in_touch_days                          {followed - inserted:7.1f} s")
    print(f"  ANALYZE + checkpoint                                     {analysed - followed:7.1f} s")
    print(
        f"  total build                                              {analysed - started:7.1f} s", flush=True
    )


# --- the bare engine -------------------------------------------------------------------------------

ENTRY = """
SELECT t.id, t.kind, t.starts_at, t.subject,
  (SELECT group_concat(name, ', ') FROM (
     SELECT o.name FROM interaction_organisation x JOIN organisation o ON o.id = x.organisation_id
     WHERE x.interaction_id = t.id AND x.organisation_id IS NOT :org ORDER BY o.sort_name)),
  (SELECT group_concat(n, ', ') FROM (
     SELECT trim(c.first_name || ' ' || c.last_name) n FROM interaction_contact y JOIN contact c ON c.id = y.contact_id
     WHERE y.interaction_id = t.id AND y.contact_id IS NOT :contact ORDER BY c.sort_name)),
  (SELECT count(*) FROM attachment a WHERE a.interaction_id = t.id),
  (SELECT count(*) FROM follow_up f WHERE f.interaction_id = t.id AND f.done = 0)
FROM t ORDER BY t.starts_at DESC, t.id DESC
"""
TIMELINE_ORG = (
    """WITH t AS (
  SELECT i.id, i.kind, i.starts_at, i.subject FROM interaction_organisation io
  JOIN interaction i ON i.id = io.interaction_id WHERE io.organisation_id = :org
  ORDER BY i.starts_at DESC, i.id DESC LIMIT :limit)"""
    + ENTRY
)
TIMELINE_CONTACT = (
    """WITH t AS (
  SELECT i.id, i.kind, i.starts_at, i.subject FROM interaction_contact ic
  JOIN interaction i ON i.id = ic.interaction_id WHERE ic.contact_id = :contact
  ORDER BY i.starts_at DESC, i.id DESC LIMIT :limit)"""
    + ENTRY
)
RECENT_SQL = (
    """WITH t AS (
  SELECT id, kind, starts_at, subject FROM interaction WHERE starts_at < :until
  ORDER BY starts_at DESC, id DESC LIMIT :limit)"""
    + ENTRY
)
LAST_CONTACT = """SELECT max(i.starts_at) FROM interaction_organisation io
  JOIN interaction i ON i.id = io.interaction_id WHERE io.organisation_id = ?"""
LAST_CONTACTS = """SELECT io.organisation_id, max(i.starts_at) FROM interaction_organisation io
  JOIN interaction i ON i.id = io.interaction_id GROUP BY io.organisation_id"""
DORMANT = """WITH l AS (
  SELECT o.id, o.name, o.membership_status, o.stay_in_touch_days AS days,
    (SELECT max(i.starts_at) FROM interaction_organisation io JOIN interaction i ON i.id = io.interaction_id
     WHERE io.organisation_id = o.id) AS last
  FROM organisation o WHERE o.stay_in_touch_days IS NOT NULL)
SELECT id, name, membership_status, date(last), days FROM l
WHERE last IS NULL OR julianday(:today) - julianday(date(last)) > days
ORDER BY membership_status != 'member', date(last), name LIMIT :limit"""
FOLLOW_UP_LIST = """WITH f AS (
  SELECT f.id, f.due_date, f.note, f.done, f.interaction_id,
    coalesce(f.organisation_id, (SELECT x.organisation_id FROM interaction_organisation x
      JOIN organisation o ON o.id = x.organisation_id WHERE x.interaction_id = f.interaction_id
      ORDER BY o.sort_name LIMIT 1)) AS oid,
    coalesce(f.contact_id, (SELECT y.contact_id FROM interaction_contact y JOIN contact c ON c.id = y.contact_id
      WHERE y.interaction_id = f.interaction_id ORDER BY c.sort_name LIMIT 1)) AS cid
  FROM follow_up f WHERE {where})
SELECT f.id, f.due_date, f.note, f.done, f.interaction_id, i.subject, f.oid, o.name, f.cid,
  c.first_name, c.last_name
FROM f LEFT JOIN interaction i ON i.id = f.interaction_id LEFT JOIN organisation o ON o.id = f.oid
LEFT JOIN contact c ON c.id = f.cid ORDER BY {order}"""
OPEN_DUE = FOLLOW_UP_LIST.format(where="f.done = 0 AND f.due_date < :before", order="f.due_date, f.id")
OPEN_ALL = FOLLOW_UP_LIST.format(where="f.done = 0", order="f.due_date, f.id")
FOLLOW_UPS_OF = FOLLOW_UP_LIST.format(
    where="f.organisation_id = :org OR f.interaction_id IN "
    "(SELECT interaction_id FROM interaction_organisation WHERE organisation_id = :org)",
    order="f.done, f.due_date",
)
COUNT_BETWEEN = "SELECT count(id) FROM interaction WHERE starts_at >= ? AND starts_at < ?"
COUNT_KIND = COUNT_BETWEEN + " AND kind = ?"
DONE_BETWEEN = "SELECT count(id) FROM follow_up WHERE done_at >= ? AND done_at < ?"
MET_BETWEEN = """SELECT count(DISTINCT io.organisation_id) FROM interaction_organisation io
  JOIN interaction i ON i.id = io.interaction_id WHERE i.starts_at >= ? AND i.starts_at < ?"""


class Bare:
    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, check_same_thread=False)
        self.con.execute("PRAGMA foreign_keys = ON")

    def all(self, sql: str, params: Any = ()) -> list[tuple]:
        return self.con.execute(sql, params).fetchall()

    def timeline_org(self, org: int, limit: int = -1) -> list[tuple]:
        return self.all(TIMELINE_ORG, {"org": org, "contact": None, "limit": limit})

    def timeline_contact(self, contact: int, limit: int = -1) -> list[tuple]:
        return self.all(TIMELINE_CONTACT, {"org": None, "contact": contact, "limit": limit})

    def recent(self, today: date) -> list[tuple]:
        until = _fmt(datetime.combine(today + timedelta(days=1), datetime.min.time()))
        return self.all(RECENT_SQL, {"org": None, "contact": None, "until": until, "limit": RECENT})

    def last_contact(self, org: int) -> Any:
        return self.con.execute(LAST_CONTACT, (org,)).fetchone()[0]

    def last_contacts(self) -> dict[int, str]:
        return dict(self.con.execute(LAST_CONTACTS))

    def dormant(self, today: date, limit: int = 50) -> list[tuple]:
        return self.all(DORMANT, {"today": today.isoformat(), "limit": limit})

    def open_due(self, today: date) -> list[tuple]:
        return self.all(OPEN_DUE, {"before": (today + timedelta(days=UPCOMING_DAYS + 1)).isoformat()})

    def open_all(self) -> list[tuple]:
        return self.all(OPEN_ALL)

    def follow_ups_of(self, org: int) -> list[tuple]:
        return self.all(FOLLOW_UPS_OF, {"org": org})

    def month(self, today: date) -> tuple:
        start = datetime(today.year, today.month, 1)
        end = datetime(today.year + today.month // 12, today.month % 12 + 1, 1)
        s, e = _fmt(start), _fmt(end)
        one = self.con.execute
        return (
            one(COUNT_BETWEEN, (s, e)).fetchone()[0],
            one(COUNT_KIND, (s, e, "meeting")).fetchone()[0],
            one(COUNT_KIND, (s, e, "event")).fetchone()[0],
            one(DONE_BETWEEN, (s, e)).fetchone()[0],
            one(MET_BETWEEN, (s, e)).fetchone()[0],
        )

    def dashboard(self, today: date) -> tuple:
        return (self.open_due(today), self.recent(today), self.dormant(today), self.month(today))


# --- cases -----------------------------------------------------------------------------------------


def pick_records(bare: Bare) -> dict[str, Any]:
    con = bare.con
    busiest, busiest_n = con.execute(
        "SELECT organisation_id, count(*) n FROM interaction_organisation GROUP BY organisation_id "
        "ORDER BY n DESC LIMIT 1"
    ).fetchone()
    sme, sme_n = con.execute(
        "SELECT io.organisation_id, count(*) n FROM interaction_organisation io "
        "JOIN organisation o ON o.id = io.organisation_id WHERE o.kind = 'sme' "
        "GROUP BY io.organisation_id ORDER BY abs(n - 40), io.organisation_id LIMIT 1"
    ).fetchone()
    contact, contact_n = con.execute(
        "SELECT contact_id, count(*) n FROM interaction_contact "
        "GROUP BY contact_id ORDER BY abs(n - 30), contact_id LIMIT 1"
    ).fetchone()
    busy_contact, busy_contact_n = con.execute(
        "SELECT contact_id, count(*) n FROM interaction_contact GROUP BY contact_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    return {
        "busiest": busiest,
        "busiest_n": busiest_n,
        "sme": sme,
        "sme_n": sme_n,
        "contact": contact,
        "contact_n": contact_n,
        "busy_contact": busy_contact,
        "busy_contact_n": busy_contact_n,
    }


def _ids(result: Any) -> list[int]:
    return [getattr(r, "id", None) or getattr(r, "organisation_id", None) or r[0] for r in result]


def _same_ids(app: Any, bare: Any) -> bool:
    return _ids(app) == _ids(bare)


def _same_set(app: Any, bare: Any) -> bool:
    return sorted(_ids(app)) == sorted(_ids(bare))


def build_cases(db: Database, bare: Bare, p: dict[str, Any], today: date) -> list[Case]:
    u = db.uow
    sme, big, contact, busy_contact = p["sme"], p["busiest"], p["contact"], p["busy_contact"]

    def in_uow(fn):  # noqa: ANN001, ANN202 - a repository call inside its own unit of work
        def step(_: Any) -> Any:
            with u() as uow:
                return fn(uow)

        return step

    def case(group: str, label: str, app, bare_fn, check=None) -> Case:  # noqa: ANN001
        return Case(group, label, [("all", app)], [("all", bare_fn)], check)

    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time())
    return [
        case(
            "record page",
            f"timeline SME #{sme} ({p['sme_n']} int.)",
            lambda _: timeline(u(), organisation_id=sme),
            lambda _: bare.timeline_org(sme),
            _same_ids,
        ),
        case(
            "record page",
            f"timeline busiest org #{big} (all)",
            lambda _: timeline(u(), organisation_id=big),
            lambda _: bare.timeline_org(big),
            _same_ids,
        ),
        case(
            "record page",
            f"timeline busiest org, limit={GUI_LIMIT}",
            lambda _: timeline(u(), organisation_id=big, limit=GUI_LIMIT),
            lambda _: bare.timeline_org(big, GUI_LIMIT),
            _same_ids,
        ),
        case(
            "record page",
            f"timeline contact #{contact} ({p['contact_n']} int.)",
            lambda _: timeline(u(), contact_id=contact),
            lambda _: bare.timeline_contact(contact),
            _same_ids,
        ),
        case(
            "record page",
            f"timeline busiest contact #{busy_contact} ({p['busy_contact_n']})",
            lambda _: timeline(u(), contact_id=busy_contact),
            lambda _: bare.timeline_contact(busy_contact),
            _same_ids,
        ),
        case(
            "record page",
            "last_contact SME",
            lambda _: last_contact(u(), organisation_id=sme),
            lambda _: bare.last_contact(sme),
        ),
        case(
            "record page",
            "last_contact busiest org",
            lambda _: last_contact(u(), organisation_id=big),
            lambda _: bare.last_contact(big),
        ),
        case(
            "record page",
            "follow_ups_of busiest org",
            lambda _: follow_ups_of(u(), organisation_id=big),
            lambda _: bare.follow_ups_of(big),
            _same_set,
        ),
        case(
            "record page",
            "follow_ups_of SME",
            lambda _: follow_ups_of(u(), organisation_id=sme),
            lambda _: bare.follow_ups_of(sme),
            _same_set,
        ),
        case(
            "dashboard",
            "dashboard(uow, today) whole",
            lambda _: dashboard(u(), today),
            lambda _: bare.dashboard(today),
        ),
        case(
            "dashboard",
            "  last_contacts() (all orgs)",
            in_uow(lambda uow: uow.interactions.last_contacts()),
            lambda _: bare.last_contacts(),
        ),
        case(
            "dashboard",
            "  dormant_relationships (top 50)",
            in_uow(lambda uow: dormant_relationships(uow, today)[:50]),
            lambda _: bare.dormant(today),
            _same_ids,
        ),
        case(
            "dashboard",
            f"  open_due(<today+{UPCOMING_DAYS + 1}) + follow_up_view",
            in_uow(
                lambda uow: [
                    follow_up_view(f, today)
                    for f in uow.follow_ups.open_due(before=today + timedelta(days=UPCOMING_DAYS + 1))
                ]
            ),
            lambda _: bare.open_due(today),
            _same_ids,
        ),
        case(
            "dashboard",
            "  month counts (5 counts)",
            in_uow(lambda uow: _month_counts(uow, today)),
            lambda _: bare.month(today),
        ),
        case(
            "dashboard",
            f"  recent list (timeline until=, limit={RECENT})",
            in_uow(
                lambda uow: [
                    timeline_entry(i) for i in uow.interactions.timeline(until=tomorrow, limit=RECENT)
                ]
            ),
            lambda _: bare.recent(today),
            _same_ids,
        ),
        case(
            "follow-ups",
            "open_follow_ups(uow) (all open)",
            lambda _: open_follow_ups(u(), today),
            lambda _: bare.open_all(),
            _same_ids,
        ),
    ]


def _count(result: Any) -> str:
    if isinstance(result, (list, tuple, dict)):
        return f"{len(result):,}"
    return "1"


def report(cases: list[Case], timings: list[tuple[Any, Any, int, bool]], runs: int, warmup: int) -> None:
    print()
    print(
        f"Timings: median and p95 of {runs} runs after {warmup} warm-up runs, in ms; 'stmts' = SQL statements"
    )
    print(
        "the application path sent; ratio = app median / bare median; '!' = app median over "
        f"{SLOW_MS:.0f} ms; 'MISMATCH' = ids differ."
    )
    header = (
        f"{'query':<46} {'rows':>7} {'app med':>9} {'app p95':>9} {'stmts':>6} "
        f"{'bare med':>9} {'bare p95':>9} {'ratio':>7}"
    )
    print("=" * len(header))
    print(header)
    group = None
    for case, (app, bare, stmts, ok) in zip(cases, timings, strict=True):
        if case.group != group:
            group = case.group
            print("-" * len(header))
            print(f"[{group}]")
        am, bm = median_ms(app.totals), median_ms(bare.totals)
        flag = (" !" if am > SLOW_MS else "") + ("" if ok else " MISMATCH")
        print(
            f"{case.label:<46} {_count(app.result):>7} {am:9.1f} {p95_ms(app.totals):9.1f} {stmts:6d} "
            f"{bm:9.1f} {p95_ms(bare.totals):9.1f} {am / bm if bm else float('inf'):6.1f}x{flag}"
        )
    print("=" * len(header))


def _interaction_count(path: Path) -> int | None:
    try:
        with sqlite3.connect(path) as con:
            return con.execute("SELECT count(*) FROM interaction").fetchone()[0]
    except sqlite3.Error:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--follow-ups", type=int, default=150_000)
    parser.add_argument("--open-follow-ups", type=int, default=4_000, help="how many follow-ups are not done")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the bench_search.py database to copy")
    parser.add_argument(
        "--db", type=Path, help="database file (reused when it already holds the interactions; kept)"
    )
    parser.add_argument("--keep", action="store_true", help=f"keep (and reuse) {DEFAULT_DB}")
    parser.add_argument("--rebuild", action="store_true", help="copy and build even if reusable")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--explain", action="store_true", help="print the SQL the app emits and its plan")
    parser.add_argument("--only", help="only the queries whose label contains this text")
    args = parser.parse_args(argv)

    path = args.db or DEFAULT_DB
    reusable = (args.db is not None or args.keep) and not args.rebuild
    print(machine())
    if reusable and _interaction_count(path) == args.interactions:
        print(f"Reusing {path} ({args.interactions:,} interactions)")
        db = open_database(f"sqlite:///{path}", None)
    else:
        if not args.source.exists():
            print(f"{args.source} is missing: run benchmarks/bench_search.py --keep first", file=sys.stderr)
            return 2
        _remove_database(path)
        started = time.perf_counter()
        with sqlite3.connect(args.source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)  # consistent copy, WAL included; the source is not modified
        copied = time.perf_counter()
        db = open_database(f"sqlite:///{path}", None)
        migrated = time.perf_counter()
        print(
            f"Building {path}: copy of {args.source} {copied - started:.1f} s, migrations {migrated - copied:.1f} s"
        )
        build_interactions(db, path, args.interactions, args.follow_ups, args.open_follow_ups, args.seed)

    today = date.today()
    counter = StatementCounter(db.engine)
    bare = Bare(path)
    try:
        picks = pick_records(bare)
        print("Records:", ", ".join(f"{k}={v}" for k, v in picks.items()))
        cases = build_cases(db, bare, picks, today)
        if args.only:
            cases = [c for c in cases if args.only.lower() in c.label.lower()]
        timings = []
        for case in cases:
            print(f"  measuring {case.label.strip()}…", end="", flush=True)
            before = counter.count
            _run(case.app)
            stmts = counter.count - before
            app = measure(case.app, args.runs, args.warmup)
            bare_timing = measure(case.bare, args.runs, args.warmup)
            ok = case.check is None or case.check(app.result, bare_timing.result)
            print(
                f" {median_ms(app.totals):.1f} ms / {median_ms(bare_timing.totals):.1f} ms"
                f"{'' if ok else ' MISMATCH'}",
                flush=True,
            )
            timings.append((app, bare_timing, stmts, ok))
        print()
        print(machine())
        report(cases, timings, args.runs, args.warmup)
        if args.explain:
            explain(counter, cases, bare)  # type: ignore[arg-type]
    finally:
        bare.con.close()
        db.dispose()
        if args.db is None and not args.keep:
            _remove_database(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
