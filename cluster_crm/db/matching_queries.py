"""The SQL of matchmaking: candidate SMEs for a need, word frequencies, and the facts scoring needs.

Full-text candidates come from FTS5 on SQLite (prefix queries ranked by bm25, word counts from an
``fts5vocab`` table) and from LIKE on the plain search table of other engines; the rest is portable
SQLAlchemy Core. Everything returns plain rows, read through Core: ORM objects are too slow for
thousands of candidates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Row, and_, func, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from cluster_crm.db.backend import is_sqlite
from cluster_crm.db.models import Affiliation, Contact, Introduction, Organisation, organisation_tag
from cluster_crm.db.search_index import ORGANISATIONS
from cluster_crm.domain.enums import OrganisationKind

SME = OrganisationKind.SME.value
VOCABULARY = "organisation_search_vocab"
CHUNK = 500  # ids per IN (…): well under every engine's limit on bound parameters

FACT_COLUMNS = (
    Organisation.id,
    Organisation.kind,
    Organisation.name,
    Organisation.sort_name,
    Organisation.capabilities,
    Organisation.description,
    Organisation.naf_code,
    Organisation.headcount_band,
    Organisation.town,
    Organisation.postcode,
    Organisation.membership_status,
    Organisation.objected_on,
)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


# --- word frequencies ---------------------------------------------------------------------------


def organisation_count(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(Organisation)).scalar_one()


def _next_prefix(prefix: str) -> str:
    """The smallest string above every word that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_frequencies(connection: Connection, prefixes: Iterable[str]) -> dict[str, int]:
    """How many organisations use a word starting with each (folded) prefix; an estimate on SQLite
    (the sum over the words of their document counts, read from the FTS5 vocabulary)."""
    wanted = [p for p in dict.fromkeys(prefixes) if p]
    counts: dict[str, int] = {}
    if is_sqlite(connection):
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} "
                f"USING fts5vocab(main, {ORGANISATIONS}, row)"
            )
        )
        query = text(
            f"SELECT coalesce(sum(doc), 0) FROM temp.{VOCABULARY} WHERE term >= :low AND term < :high"
        )
        for prefix in wanted:
            counts[prefix] = connection.execute(
                query, {"low": prefix, "high": _next_prefix(prefix)}
            ).scalar_one()
        return counts
    query = text(f"SELECT count(*) FROM {ORGANISATIONS} WHERE body LIKE :pattern")
    for prefix in wanted:
        counts[prefix] = connection.execute(query, {"pattern": f"%{prefix}%"}).scalar_one()
    return counts


# --- candidates ---------------------------------------------------------------------------------


def text_candidates(
    connection: Connection, prefixes: Sequence[str], limit: int, every: bool = False, ranked: bool = False
) -> list[int]:
    """SMEs whose indexed text has a word starting with one of ``prefixes`` (each of them when
    ``every``); when ``ranked``, the ``limit`` most relevant by the engine (bm25 on FTS5: it reads
    every match, ~1.5 µs each), otherwise the first ``limit`` found."""
    if not prefixes:
        return []
    if is_sqlite(connection):
        order = "ORDER BY s.rank " if ranked else ""
        query = text(
            f"SELECT s.rowid FROM {ORGANISATIONS} s JOIN organisation o ON o.id = s.rowid "
            f"WHERE {ORGANISATIONS} MATCH :q AND o.kind = :sme {order}LIMIT :limit"
        )
        match = (" AND " if every else " OR ").join(f'"{p}"*' for p in prefixes)
        return list(connection.execute(query, {"q": match, "sme": SME, "limit": limit}).scalars())
    params: dict[str, object] = {f"w{i}": f"%{p}%" for i, p in enumerate(prefixes)}
    tests = [f"s.body LIKE :w{i}" for i in range(len(prefixes))]
    hits = " + ".join(f"CASE WHEN {t} THEN 1 ELSE 0 END" for t in tests)
    order = f"ORDER BY {hits} DESC, o.id " if ranked else ""
    where = (" AND " if every else " OR ").join(tests)
    query = text(
        f"SELECT o.id FROM {ORGANISATIONS} s JOIN organisation o ON o.id = s.rowid "
        f"WHERE o.kind = :sme AND ({where}) {order}LIMIT :limit"
    )
    return list(connection.execute(query, {**params, "sme": SME, "limit": limit}).scalars())


def tag_candidates(connection: Connection, tag_ids: Sequence[int], limit: int) -> list[int]:
    """Organisations sharing the most of these tags, most first (of any kind: reading the tag
    index alone is what keeps this fast, so the caller keeps the SMEs)."""
    if not tag_ids:
        return []
    query = select(organisation_tag.c.organisation_id).where(organisation_tag.c.tag_id.in_(list(tag_ids)))
    shared = Counter(connection.execute(query).scalars())
    return [org for org, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def _naf_prefix(prefix: str) -> ColumnElement[bool]:
    """``naf_code`` starts with ``prefix``, as a range that an index on the column serves."""
    return and_(Organisation.naf_code >= prefix, Organisation.naf_code < _next_prefix(prefix))


def naf_candidates(connection: Connection, codes: Sequence[str], limit: int) -> list[int]:
    """SMEs with one of these NAF codes, then of the same class (25.62), group (25.6), division (25),
    one index range at a time until ``limit`` are found."""
    found: list[int] = []
    for length in (6, 5, 4, 2):
        if len(found) >= limit:
            break
        prefixes = list(dict.fromkeys(c[:length] for c in codes if len(c) >= length))
        if not prefixes:
            continue
        query = (
            select(Organisation.id)
            .where(Organisation.kind == SME, or_(*[_naf_prefix(p) for p in prefixes]))
            .limit(limit + len(found))
        )
        if found:
            query = query.where(Organisation.id.not_in(found))
        found += [i for i in connection.execute(query).scalars()][: limit - len(found)]
    return found


def introductions_with(connection: Connection, contracting_id: int) -> list[Row]:
    """(id, need_id, sme_id, status, close_reason, ended_on, status_on) of the contracting
    organisation's introductions."""
    query = select(
        Introduction.id,
        Introduction.need_id,
        Introduction.sme_id,
        Introduction.status,
        Introduction.close_reason,
        Introduction.ended_on,
        Introduction.status_on,
    ).where(Introduction.contracting_id == contracting_id)
    return list(connection.execute(query))


# --- facts of the candidates --------------------------------------------------------------------


def facts(connection: Connection, ids: Sequence[int]) -> list[Row]:
    """The columns scoring reads (``FACT_COLUMNS``) of these SMEs, in no particular order."""
    rows: list[Row] = []
    for chunk in _chunks(ids):
        rows += connection.execute(select(*FACT_COLUMNS).where(Organisation.id.in_(chunk))).all()
    return rows


def shared_tags(connection: Connection, ids: Sequence[int], tag_ids: Sequence[int]) -> dict[int, list[int]]:
    """organisation id → the ids of the given tags it has."""
    found: dict[int, list[int]] = {}
    if not tag_ids:
        return found
    for chunk in _chunks(ids):
        query = select(organisation_tag.c.organisation_id, organisation_tag.c.tag_id).where(
            organisation_tag.c.organisation_id.in_(chunk), organisation_tag.c.tag_id.in_(list(tag_ids))
        )
        for organisation_id, tag_id in connection.execute(query):
            found.setdefault(organisation_id, []).append(tag_id)
    return found


@dataclass(frozen=True)
class Person:
    organisation_id: int
    contact_id: int
    first_name: str
    last_name: str
    job_title: str
    role: str
    objected_on: date | None


def _current(today: date) -> ColumnElement[bool]:
    return and_(
        or_(Affiliation.start_date.is_(None), Affiliation.start_date <= today),
        or_(Affiliation.end_date.is_(None), Affiliation.end_date >= today),
    )


def current_people(connection: Connection, ids: Sequence[int], today: date) -> list[Person]:
    """The people currently working for these organisations, with their role there."""
    people: list[Person] = []
    for chunk in _chunks(ids):
        query = (
            select(
                Affiliation.organisation_id,
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.job_title,
                Affiliation.role,
                Contact.objected_on,
            )
            .join(Contact, Contact.id == Affiliation.contact_id)
            .where(Affiliation.organisation_id.in_(chunk), _current(today))
            .order_by(Affiliation.organisation_id, Contact.id)
        )
        people += [
            Person(org, contact, first or "", last or "", title or "", role or "", objected)
            for org, contact, first, last, title, role, objected in connection.execute(query)
        ]
    return people
