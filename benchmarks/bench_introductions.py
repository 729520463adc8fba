"""Needs, the introductions pipeline and the funders' report at region scale, beside the bare engine.

Copies the 100,000-organisation / 300,000-contact database that ``bench_search.py --keep`` builds,
migrates it (which adds the introduction tables), bulk-inserts 5,000 needs and 30,000 introductions
over five years at every stage with their history (~110,000 status changes) and outcome check-ups,
then times what the interface does -- the pipeline board and its filters, an organisation's
introductions tab, an introduction's page, the needs list, the quarterly and yearly report -- through
the application's services and through hand-written SQL on a plain ``sqlite3`` connection.

    .venv/bin/python benchmarks/bench_introductions.py [--introductions 30000] [--db PATH] [--keep]
                                                       [--runs 15] [--warmup 2]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_interactions import report  # noqa: E402 - the same table of timings
from bench_search import Case, StatementCounter, _remove_database, _run, machine, measure, median_ms  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from cluster_crm.db.database import Database, open_database  # noqa: E402
from cluster_crm.db.models import FollowUp, Introduction, IntroductionEvent, Need  # noqa: E402
from cluster_crm.domain.introductions import IntroductionStatus  # noqa: E402
from cluster_crm.domain.periods import PeriodKind, period_containing  # noqa: E402
from cluster_crm.services.introductions import (  # noqa: E402
    get_introduction,
    introduction_page,
    introduction_rows,
)
from cluster_crm.services.needs import need_rows  # noqa: E402
from cluster_crm.services.reports import introduction_report  # noqa: E402

SOURCE = Path("/tmp/cluster_crm_bench_100000_300000.sqlite")
DEFAULT_DB = Path("/tmp/cluster_crm_bench_introductions.sqlite")
S = IntroductionStatus
# Where introductions stand: most end, some are under way (shares, in the pipeline's order).
STAGE_WEIGHTS = {
    S.PROPOSED: 6,
    S.ACCEPTED: 4,
    S.INTRODUCED: 6,
    S.MEETING_HELD: 5,
    S.IN_PROGRESS: 6,
    S.CONCLUDED: 33,
    S.CLOSED: 40,
}
NEED_TITLES = (
    "Sous-traitance en usinage de précision",
    "Partenaire data et intelligence artificielle",
    "Maintenance de lignes de production",
    "Fabrication additive de pièces prototypes",
    "Traitement de surface et peinture",
    "Chaudronnerie inox",
    "Formation cybersécurité",
    "Logistique du dernier kilomètre",
    "Nettoyage industriel",
    "Câblage électrique d'armoires",
)


def build_introductions(db: Database, needs: int, introductions: int, seed: int) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    with db.engine.begin() as con:
        contracting = [
            r[0] for r in con.exec_driver_sql("SELECT id FROM organisation WHERE kind = 'contracting'")
        ]
        smes = [r[0] for r in con.exec_driver_sql("SELECT id FROM organisation WHERE kind = 'sme'")]
        today = date.today()
        need_rows_ = []
        for number in range(needs):
            received = today - timedelta(days=rng.randrange(5 * 365))
            need_rows_.append(
                {
                    "organisation_id": rng.choice(contracting),
                    "title": f"{rng.choice(NEED_TITLES)} n° {number + 1}",
                    "description": "",
                    "keywords": "",
                    "naf_codes": "",
                    "status": rng.choice(("open", "open", "satisfied", "abandoned")),
                    "received_on": received,
                }
            )
        con.execute(insert(Need.__table__), need_rows_)
        need_ids = [
            (r[0], r[1], r[2])
            for r in con.exec_driver_sql("SELECT id, organisation_id, received_on FROM need")
        ]
        stages = list(STAGE_WEIGHTS)
        weights = list(STAGE_WEIGHTS.values())
        rows, events, check_ups = [], [], []
        for number in range(introductions):
            with_need = rng.random() < 0.7
            need_id, owner, received = (
                rng.choice(need_ids) if with_need else (None, rng.choice(contracting), None)
            )
            start = (
                date.fromisoformat(str(received))
                if received
                else today - timedelta(days=rng.randrange(5 * 365))
            )
            proposed = min(today, start + timedelta(days=rng.randrange(30)))
            final = rng.choices(stages, weights)[0]
            path = [
                s for s in stages if s.rank <= final.rank and not (s is S.CONCLUDED and final is S.CLOSED)
            ]
            if final is S.CLOSED:
                path = path[: rng.randrange(1, 6)] + [S.CLOSED]
            day, dated = proposed, []
            for stage in path:
                dated.append((stage, day))
                day = min(today, day + timedelta(days=rng.randrange(3, 40)))
            introduced = next((d for s, d in dated if s is S.INTRODUCED), None)
            ended = dated[-1][1] if final.is_final else None
            introduction_id = number + 1
            rows.append(
                {
                    "id": introduction_id,
                    "need_id": need_id,
                    "contracting_id": owner,
                    "sme_id": rng.choice(smes),
                    "note": "",
                    "status": final.value,
                    "status_on": dated[-1][1],
                    "proposed_on": proposed,
                    "contracting_agreed_on": proposed
                    if final.rank >= S.ACCEPTED.rank and introduced
                    else None,
                    "sme_agreed_on": proposed if final.rank >= S.ACCEPTED.rank and introduced else None,
                    "introduced_on": introduced,
                    "ended_on": ended,
                    "outcome": rng.choice(("contract", "contract", "partnership", "other"))
                    if final is S.CONCLUDED
                    else None,
                    "amount_eur": rng.randrange(5, 400) * 1000
                    if final is S.CONCLUDED and rng.random() < 0.6
                    else None,
                    "close_reason": rng.choice(("unreachable", "not_for_us", "declined", "other"))
                    if final is S.CLOSED
                    else None,
                }
            )
            previous = None
            for stage, when in dated:
                events.append(
                    {
                        "introduction_id": introduction_id,
                        "from_status": previous,
                        "status": stage.value,
                        "changed_on": when,
                        "note": "",
                    }
                )
                previous = stage.value
            if introduced:
                for months in (1, 3):
                    due = introduced + timedelta(days=30 * months)
                    done = final.is_final or due < today - timedelta(days=20)
                    check_ups.append(
                        {
                            "due_date": due,
                            "note": f"Vérifier le résultat ({months} mois)",
                            "done": done,
                            "introduction_id": introduction_id,
                        }
                    )
        con.execute(insert(Introduction.__table__), rows)
        con.execute(insert(IntroductionEvent.__table__), events)
        con.execute(insert(FollowUp.__table__), check_ups)
        con.exec_driver_sql("ANALYZE")
    print(
        f"Built {needs:,} needs, {introductions:,} introductions, {len(events):,} status changes, "
        f"{len(check_ups):,} check-ups in {time.perf_counter() - started:.1f} s"
    )


class Bare:
    """The same questions in hand-written SQL on a plain sqlite3 connection."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path)

    def pipeline(self, statuses: tuple[str, ...] | None = None) -> list[tuple]:
        where = f"WHERE i.status IN ({','.join('?' * len(statuses))})" if statuses else ""
        return self.con.execute(
            "SELECT i.id, i.status, i.status_on, c.name, s.name, n.title FROM introduction i "
            "JOIN organisation c ON c.id = i.contracting_id JOIN organisation s ON s.id = i.sme_id "
            f"LEFT JOIN need n ON n.id = i.need_id {where} ORDER BY i.status_on DESC, i.id DESC",
            statuses or (),
        ).fetchall()

    def board(self, since: date, limit: int) -> list[tuple]:
        return self.con.execute(
            "SELECT i.id, i.status, i.status_on, c.name, s.name, n.title FROM introduction i "
            "JOIN organisation c ON c.id = i.contracting_id JOIN organisation s ON s.id = i.sme_id "
            "LEFT JOIN need n ON n.id = i.need_id WHERE i.ended_on IS NULL OR i.ended_on >= ? "
            "ORDER BY i.status_on DESC, i.id DESC LIMIT ?",
            (since.isoformat(), limit),
        ).fetchall()

    def of_organisation(self, organisation_id: int) -> list[tuple]:
        return self.con.execute(
            "SELECT i.id, i.status, c.name, s.name FROM introduction i "
            "JOIN organisation c ON c.id = i.contracting_id JOIN organisation s ON s.id = i.sme_id "
            "WHERE i.contracting_id = ? OR i.sme_id = ? ORDER BY i.status_on DESC, i.id DESC",
            (organisation_id, organisation_id),
        ).fetchall()

    def introduction(self, introduction_id: int) -> tuple:
        con = self.con
        row = con.execute("SELECT * FROM introduction WHERE id = ?", (introduction_id,)).fetchone()
        history = con.execute(
            "SELECT * FROM introduction_event WHERE introduction_id = ? ORDER BY changed_on, id",
            (introduction_id,),
        ).fetchall()
        follow_ups = con.execute(
            "SELECT * FROM follow_up WHERE introduction_id = ?", (introduction_id,)
        ).fetchall()
        return row, history, follow_ups

    def report(self, start: date, end: date) -> tuple:
        con = self.con
        s, e = start.isoformat(), end.isoformat()
        needs = con.execute(
            "SELECT organisation_id, count(*) FROM need WHERE received_on >= ? AND received_on < ? "
            "GROUP BY organisation_id",
            (s, e),
        ).fetchall()
        made = con.execute(
            "SELECT contracting_id, count(*), sum(status = 'concluded') FROM introduction "
            "WHERE introduced_on >= ? AND introduced_on < ? GROUP BY contracting_id",
            (s, e),
        ).fetchall()
        ended = con.execute(
            "SELECT contracting_id, status, count(*), sum(amount_eur), "
            "group_concat(julianday(ended_on) - julianday(introduced_on)) FROM introduction "
            "WHERE ended_on >= ? AND ended_on < ? GROUP BY contracting_id, status",
            (s, e),
        ).fetchall()
        return needs, made, ended

    def needs(self) -> list[tuple]:
        return self.con.execute(
            "SELECT n.id, n.title, o.name, (SELECT count(*) FROM introduction i WHERE i.need_id = n.id) "
            "FROM need n JOIN organisation o ON o.id = n.organisation_id WHERE n.status = 'open' "
            "ORDER BY n.received_on DESC, n.id DESC"
        ).fetchall()


def _ids(rows: Any) -> list[int]:
    return [getattr(r, "id", None) or r[0] for r in rows]


def _same_ids(app: Any, bare: Any) -> bool:
    return _ids(app) == _ids(bare)


def build_cases(db: Database, bare: Bare) -> list[Case]:
    u = db.uow
    busiest = bare.con.execute(
        "SELECT contracting_id FROM introduction GROUP BY contracting_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    sme = bare.con.execute(
        "SELECT sme_id FROM introduction GROUP BY sme_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    one = bare.con.execute("SELECT max(id) FROM introduction WHERE status = 'concluded'").fetchone()[0]
    active = tuple(s.value for s in S if not s.is_final)
    quarter = period_containing(date.today(), PeriodKind.QUARTER).previous()
    year = period_containing(date.today(), PeriodKind.YEAR).previous()

    def case(group: str, label: str, app, bare_fn, check=None) -> Case:  # noqa: ANN001
        return Case(group, label, [("all", app)], [("all", bare_fn)], check)

    return [
        case(
            "pipeline",
            "list: every introduction (no limit)",
            lambda _: introduction_rows(u()),
            lambda _: bare.pipeline(),
            _same_ids,
        ),
        case(
            "pipeline",
            "board: under way + ended < 90 days, 1,000",
            lambda _: introduction_page(u(), ended_since=date.today() - timedelta(days=90), limit=1000)[0],
            lambda _: bare.board(date.today() - timedelta(days=90), 1000),
            _same_ids,
        ),
        case(
            "pipeline",
            "board: under way only",
            lambda _: introduction_rows(u(), statuses=[S(s) for s in active]),
            lambda _: bare.pipeline(active),
            _same_ids,
        ),
        case(
            "pipeline",
            "board: search « usinage »",
            lambda _: introduction_page(u(), text="usinage", limit=1000)[0],
            lambda _: [],
            None,
        ),
        case(
            "record page",
            f"tab of the busiest contracting org #{busiest}",
            lambda _: introduction_rows(u(), organisation_id=busiest),
            lambda _: bare.of_organisation(busiest),
            _same_ids,
        ),
        case(
            "record page",
            f"tab of the busiest SME #{sme}",
            lambda _: introduction_rows(u(), organisation_id=sme),
            lambda _: bare.of_organisation(sme),
            _same_ids,
        ),
        case(
            "record page",
            f"introduction page #{one}",
            lambda _: get_introduction(one, u()),
            lambda _: bare.introduction(one),
        ),
        case("needs", "open needs list", lambda _: need_rows(u(), statuses=None), lambda _: bare.needs()),
        case(
            "report",
            f"report {quarter.code} by contracting org",
            lambda _: introduction_report(quarter, u(), "contracting"),
            lambda _: bare.report(quarter.start, quarter.end),
        ),
        case(
            "report",
            f"report {quarter.code} by sector",
            lambda _: introduction_report(quarter, u(), "sector"),
            lambda _: bare.report(quarter.start, quarter.end),
        ),
        case(
            "report",
            f"report {year.code} by contracting org",
            lambda _: introduction_report(year, u(), "contracting"),
            lambda _: bare.report(year.start, year.end),
        ),
    ]


def _introduction_count(path: Path) -> int | None:
    try:
        with sqlite3.connect(path) as con:
            return con.execute("SELECT count(*) FROM introduction").fetchone()[0]
    except sqlite3.Error:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--needs", type=int, default=5_000)
    parser.add_argument("--introductions", type=int, default=30_000)
    parser.add_argument("--source", type=Path, default=SOURCE, help="the bench_search.py database to copy")
    parser.add_argument(
        "--db", type=Path, help="database file (reused when it holds the introductions; kept)"
    )
    parser.add_argument("--keep", action="store_true", help=f"keep (and reuse) {DEFAULT_DB}")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2028)
    args = parser.parse_args(argv)

    path = args.db or DEFAULT_DB
    print(machine())
    if (args.db is not None or args.keep) and _introduction_count(path) == args.introductions:
        print(f"Reusing {path} ({args.introductions:,} introductions)")
        db = open_database(f"sqlite:///{path}", None)
    else:
        if not args.source.exists():
            print(f"{args.source} is missing: run benchmarks/bench_search.py --keep first", file=sys.stderr)
            return 2
        _remove_database(path)
        started = time.perf_counter()
        with sqlite3.connect(args.source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        copied = time.perf_counter()
        db = open_database(f"sqlite:///{path}", None)
        print(f"Copy {copied - started:.1f} s, migrations {time.perf_counter() - copied:.1f} s")
        build_introductions(db, args.needs, args.introductions, args.seed)

    counter = StatementCounter(db.engine)
    bare = Bare(path)
    try:
        cases = build_cases(db, bare)
        timings = []
        for case in cases:
            print(f"  measuring {case.label}…", end="", flush=True)
            before = counter.count
            _run(case.app)
            stmts = counter.count - before
            app = measure(case.app, args.runs, args.warmup)
            bare_timing = measure(case.bare, args.runs, args.warmup)
            ok = case.check is None or case.check(app.result, bare_timing.result)
            print(f" {median_ms(app.totals):.1f} ms / {median_ms(bare_timing.totals):.1f} ms", flush=True)
            timings.append((app, bare_timing, stmts, ok))
        report(cases, timings, args.runs, args.warmup)
    finally:
        bare.con.close()
        db.dispose()
        if args.db is None and not args.keep:
            _remove_database(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
