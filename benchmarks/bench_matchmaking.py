"""Matchmaking benchmark at region scale: suggestions for a few needs, next to the bare engine.

Copies the 100,000-organisation / 300,000-contact database of ``bench_search.py`` (built first if
missing), adds needs (specific words, generic words, tags + NAF codes, a distance, common words
only) and some introductions and dismissals of the first contracting organisation, then times
``suggestions()`` -- the service the interface calls, with its own unit of work -- and the same SQL
on a plain ``sqlite3`` connection: the statements the service sent, replayed, and its candidate
queries alone. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench_matchmaking.py [--keep] [--runs 20] [--limit 50] [--explain]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_search import (  # noqa: E402
    StatementCounter,
    _existing_size,
    _remove_database,
    build_database,
    machine,
    measure,
    median_ms,
    p95_ms,
)

from cluster_crm.db import matching_queries  # noqa: E402
from cluster_crm.db.database import Database, open_database  # noqa: E402
from cluster_crm.domain.enums import HeadcountBand  # noqa: E402
from cluster_crm.domain.introductions import (  # noqa: E402
    CloseReason,
    IntroductionDraft,
    IntroductionStatus,
    StatusChange,
)
from cluster_crm.domain.needs import NeedDraft  # noqa: E402
from cluster_crm.services.introductions import change_status, propose_introduction  # noqa: E402
from cluster_crm.services.matchmaking import dismiss_suggestion, suggestions  # noqa: E402
from cluster_crm.services.needs import add_need  # noqa: E402

SOURCE = Path("/tmp/cluster_crm_bench_100000_300000.sqlite")
DEFAULT_DB = Path("/tmp/cluster_crm_bench_matchmaking.sqlite")
CANDIDATE_SQL = re.compile(r"MATCH|naf_code >=|FROM organisation_tag\b", re.IGNORECASE)


def needs(contracting: int) -> dict[str, NeedDraft]:
    def draft(title: str, **fields: Any) -> NeedDraft:
        return NeedDraft(organisation_id=contracting, title=title, **fields)

    return {
        "specific words": draft("Usinage de précision", keywords="pièces en titane, petites séries"),
        "generic words": draft("Maintenance industrielle", keywords="dépannage, entretien"),
        "tags + NAF codes": draft(
            "Robotique collaborative", tags=["Robotique", "Automobile"], naf_codes="28.99B, 33.20C"
        ),
        "words + distance + headcount": draft(
            "Data science et intelligence artificielle",
            keywords="apprentissage automatique",
            town="Rouen",
            postcode="76000",
            max_distance_km=50,
            headcount_min=HeadcountBand.B11,
            headcount_max=HeadcountBand.B22,
        ),
        "common words only": draft("Industrie et services", description="pour une entreprise normande"),
    }


def prepare(db: Database, seed: int) -> dict[str, int]:
    """Add the needs, and for the first one some history: introductions (some declined) and
    dismissals, so that those paths are measured too."""
    con = sqlite3.connect(db.file)
    contracting = con.execute("SELECT min(id) FROM organisation WHERE kind = 'contracting'").fetchone()[0]
    wanted = needs(contracting)
    # The copy holds no needs of its own: needs with these titles were added by an earlier run.
    existing = dict(
        con.execute("SELECT title, id FROM need WHERE organisation_id = ?", (contracting,)).fetchall()
    )
    if all(d.title in existing for d in wanted.values()):
        con.close()
        return {label: existing[d.title] for label, d in wanted.items()}
    started = time.perf_counter()
    ids = {label: add_need(d, db.uow()).id for label, d in wanted.items()}
    rng = random.Random(seed)
    smes = [
        r[0] for r in con.execute("SELECT id FROM organisation WHERE kind = 'sme' AND objected_on IS NULL")
    ]
    con.close()
    first = ids["specific words"]
    earlier = date.today() - timedelta(days=200)
    for index, sme in enumerate(rng.sample(smes, 40)):
        draft = IntroductionDraft(
            contracting_id=contracting, sme_id=sme, need_id=first if index < 10 else None, proposed_on=earlier
        )
        introduction = propose_introduction(draft, db.uow(), confirmed=True).id
        if index % 3 == 0:
            change = StatusChange(
                IntroductionStatus.CLOSED, earlier + timedelta(days=5), close_reason=CloseReason.DECLINED
            )
            change_status(introduction, change, db.uow())
    for sme in rng.sample(smes, 10):
        dismiss_suggestion(first, sme, "Hors de notre périmètre", db.uow())
    print(f"  needs, 40 introductions and 10 dismissals added in {time.perf_counter() - started:.1f} s")
    return ids


@dataclass
class Row:
    label: str
    shown: int
    candidates: int
    statements: int
    app: list[float]
    cpu: list[float]
    replay: list[float]
    bare: list[float]


def _capture(
    counter: StatementCounter, need: int, limit: int, db: Database
) -> tuple[list[tuple[str, Any]], int]:
    """The SQL statements one call sends, and how many candidates it scored."""
    scored: list[int] = []
    original = matching_queries.facts

    def facts(connection: Any, ids: Any) -> Any:
        rows = original(connection, ids)
        scored.append(len(rows))
        return rows

    matching_queries.facts = facts
    counter.recording = []
    try:
        suggestions(need, db.uow(), limit=limit)
    finally:
        matching_queries.facts = original
    statements = counter.recording
    counter.recording = None
    return statements, sum(scored)


def _cpu_times(call: Any, runs: int) -> list[float]:
    """The processor time of each call: on a machine shared with other work, about what the wall
    clock would show on an idle one."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        call()
        times.append(time.process_time() - started)
    return times


def run(
    db: Database, path: Path, ids: dict[str, int], runs: int, warmup: int, limit: int, explain: bool
) -> None:
    counter = StatementCounter(db.engine)
    bare = sqlite3.connect(path, check_same_thread=False)
    rows = []
    try:
        for label, need in ids.items():
            print(f"  measuring {label}…", end="", flush=True)
            statements, scored = _capture(counter, need, limit, db)
            candidate_sql = [s for s in statements if CANDIDATE_SQL.search(s[0])]

            def replay(_: Any, statements: list[tuple[str, Any]] = statements) -> Any:
                return [bare.execute(sql, params).fetchall() for sql, params in statements]

            def candidates(_: Any, statements: list[tuple[str, Any]] = candidate_sql) -> Any:
                return [bare.execute(sql, params).fetchall() for sql, params in statements]

            app = measure([("app", lambda _, n=need: suggestions(n, db.uow(), limit=limit))], runs, warmup)
            cpu = _cpu_times(lambda n=need: suggestions(n, db.uow(), limit=limit), runs)
            replayed = measure([("replay", replay)], runs, warmup)
            bare_candidates = measure([("candidates", candidates)], runs, warmup)
            rows.append(
                Row(
                    label,
                    len(app.result),
                    scored,
                    len(statements),
                    app.totals,
                    cpu,
                    replayed.totals,
                    bare_candidates.totals,
                )  # fmt: skip
            )
            print(
                f" {median_ms(app.totals):.1f} ms (SQL replayed {median_ms(replayed.totals):.1f} ms)",
                flush=True,
            )
            if explain:
                _explain(bare, statements)
    finally:
        bare.close()
    report(rows, runs, warmup, limit)


def _explain(bare: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for sql, params in statements:
        text = re.sub(r"\(\?(, \?)+\)", "(?, …)", re.sub(r"\s+", " ", sql))
        print(f"\n    SQL: {text[:300]}")
        try:
            for *_, detail in bare.execute("EXPLAIN QUERY PLAN " + sql, params):
                print(f"      plan: {detail}")
        except sqlite3.Error as error:
            print(f"      (no plan: {error})")


def report(rows: list[Row], runs: int, warmup: int, limit: int) -> None:
    print()
    print(machine())
    print(
        f"suggestions(need, uow, limit={limit}): median and p95 of {runs} runs after {warmup} warm-up runs, ms."
    )
    print(
        "shown = suggestions returned; cands = candidates scored in Python (found by the candidate queries);"
    )
    print("stmts = SQL statements sent; replay = those statements on a plain sqlite3 connection;")
    print("bare = the candidate queries alone; ratio = app median / replay median; app cpu = median")
    print(
        f"processor time of the app (load average when done: {os.getloadavg()[0]:.2f}); ! = median above 50 ms."
    )
    header = (
        f"{'need':<30} {'shown':>6} {'cands':>6} {'stmts':>6} {'app med':>8} {'app p95':>8} "
        f"{'app cpu':>8} {'replay':>8} {'bare':>8} {'ratio':>6}"
    )
    print("=" * len(header))
    print(header)
    print("-" * len(header))
    for r in rows:
        am, rm = median_ms(r.app), median_ms(r.replay)
        print(
            f"{r.label:<30} {r.shown:>6} {r.candidates:>6} {r.statements:>6} {am:8.1f} {p95_ms(r.app):8.1f} "
            f"{median_ms(r.cpu):8.1f} {rm:8.1f} {median_ms(r.bare):8.1f} {am / rm if rm else float('inf'):5.1f}x"
            f"{'  !' if am > 50 else ''}"
        )
    print("=" * len(header))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the bench_search.py database to copy")
    parser.add_argument("--db", type=Path, help="the copy to measure (reused when it has the needs; kept)")
    parser.add_argument("--keep", action="store_true", help=f"keep (and reuse) {DEFAULT_DB}")
    parser.add_argument("--rebuild", action="store_true", help="copy the source again")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument(
        "--limit", type=int, default=50, help="suggestions asked for (the interface shows 50)"
    )
    parser.add_argument("--seed", type=int, default=2028)
    parser.add_argument("--explain", action="store_true", help="print the SQL the service sends and its plan")
    parser.add_argument("--only", help="only the needs whose label contains this text")
    args = parser.parse_args(argv)

    print(machine())
    path = args.db or DEFAULT_DB
    reusable = (args.db is not None or args.keep) and not args.rebuild and path.exists()
    if not reusable:
        if _existing_size(args.source) is None:
            print(f"{args.source} is missing: building it as bench_search.py --keep does", flush=True)
            build_database(args.source, 100_000, 300_000, 2026).dispose()
        _remove_database(path)
        started = time.perf_counter()
        with sqlite3.connect(args.source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)  # consistent copy; the source is not modified
        print(f"Copied {args.source} to {path} in {time.perf_counter() - started:.1f} s")
    db = open_database(f"sqlite:///{path}", None)
    try:
        ids = prepare(db, args.seed)
        if args.only:
            ids = {k: v for k, v in ids.items() if args.only.lower() in k.lower()}
        run(db, path, ids, args.runs, args.warmup, args.limit, args.explain)
    finally:
        db.dispose()
        if args.db is None and not args.keep:
            _remove_database(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
