"""The command line: a stable contract for scripts (see DESIGN.md). French messages, no tracebacks."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from cluster_crm import __version__
from cluster_crm.cli_common import (
    CommandFailed,
    check_target,
    existing_database,
    open_for_command,
)
from cluster_crm.cli_documents import DOCUMENT_PRINTS
from cluster_crm.cli_letters import LETTER_PRINTS
from cluster_crm.cli_parser import build_parser
from cluster_crm.config import InvalidClockSetting, Paths, application_clock, database_url, user_paths
from cluster_crm.db.database import Database
from cluster_crm.demo.cluster import load_demo
from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.periods import Period, PeriodKind
from cluster_crm.logs import setup_logging
from cluster_crm.services import maintenance
from cluster_crm.services.exports import export_interactions
from cluster_crm.services.introduction_exports import export_introductions

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    args = build_parser(__version__).parse_args(argv)
    paths = user_paths()
    log_file = setup_logging(paths.log_dir)
    url = database_url(args.db, paths)
    if args.command is None:
        from cluster_crm.app import run_gui  # imported late: the command line never loads Qt

        return run_gui(url, paths, language=args.language, smoke_test=args.smoke_test)
    command: Callable[[argparse.Namespace, str, Paths], int] = COMMANDS[args.command]
    try:
        return command(args, url, paths)
    except (CommandFailed, InvalidClockSetting) as error:
        return _fail(str(error))
    except DomainError as error:
        return _fail(error.message())
    except DBAPIError as error:
        log.exception("database error in %s", args.command)
        return _fail(
            f"la base de données {_shown(url)} est illisible ou endommagée ({_first_line(error.orig)})."
        )
    except SQLAlchemyError as error:
        log.exception("database error in %s", args.command)
        return _fail(f"impossible d'utiliser la base de données {_shown(url)} ({_first_line(error)}).")
    except OSError as error:
        log.exception("file error in %s", args.command)
        return _fail(f"{error.strerror or error} : {error.filename or ''}".strip(" :"))
    except Exception as error:  # noqa: BLE001 - last resort: one line, details in the log
        log.exception("unexpected error in %s", args.command)
        return _fail(f"erreur inattendue ({type(error).__name__}), détails dans {log_file}.")


def _fail(message: str) -> int:
    print(f"cluster-crm : {message}", file=sys.stderr)
    return 1


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _shown(url: str) -> str:
    database = Database(url, clock=application_clock())
    try:
        return database.describe()
    finally:
        database.dispose()


def cmd_demo(args: argparse.Namespace, url: str, paths: Paths) -> int:
    database = open_for_command(url, paths)
    try:
        summary = load_demo(database.uow())
    finally:
        database.dispose()
    print(
        f"Cluster de démonstration chargé dans {database.describe()} : "
        f"{summary.organisations} organisations, {summary.contacts} contacts, {summary.needs} besoins, "
        f"{summary.introductions} mises en relation, {summary.links} liens entre organisations."
    )
    return 0


def cmd_check(args: argparse.Namespace, url: str, paths: Paths) -> int:
    database = Database(url, clock=application_clock())
    try:
        if database.file is not None and not database.file.exists():
            raise CommandFailed(f"la base de données {database.file} n'existe pas.")
        report = maintenance.check_database(database)
    finally:
        database.dispose()
    if report.revision != report.expected_revision:
        raise CommandFailed(
            f"le schéma de la base est à la version {report.revision or 'aucune'}, "
            f"attendue {report.expected_revision} : ouvrez-la avec l'application pour la mettre à jour."
        )
    if report.problems:
        for problem in report.problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        raise CommandFailed(
            f"la base {database.describe()} est endommagée ({len(report.problems)} problème(s))."
        )
    print(
        f"Base {database.describe()} intègre : schéma {report.revision}, "
        f"{report.organisations} organisations, {report.contacts} contacts."
    )
    return 0


def cmd_backup(args: argparse.Namespace, url: str, paths: Paths) -> int:
    database = open_for_command(url, paths)
    try:
        destination = maintenance.backup_database(database, args.dest, paths.backup_dir)
    finally:
        database.dispose()
    print(f"Sauvegarde écrite : {destination}")
    return 0


def cmd_restore(args: argparse.Namespace, url: str, paths: Paths) -> int:
    database = Database(url, clock=application_clock())
    try:
        safety = maintenance.restore_database(database, Path(args.file), paths.backup_dir)
    finally:
        database.dispose()
    open_for_command(url, paths).dispose()  # bring an older backup up to the current schema
    print(f"Base restaurée depuis {args.file} (l'ancienne base est sauvegardée dans {safety}).")
    return 0


EXPORT_FORMATS = (".ics", ".csv", ".xlsx")
INTRODUCTION_FORMATS = (".csv", ".xlsx")
REPORT_FORMATS = (".pdf", ".xlsx")
_NOT_YET_EXPORTED = {
    "organisations": "des organisations",
    "contacts": "des contacts",
}


def cmd_export(args: argparse.Namespace, url: str, paths: Paths) -> int:
    if args.what in _NOT_YET_EXPORTED:
        raise CommandFailed(f"l'export {_NOT_YET_EXPORTED[args.what]} n'est pas encore disponible.")
    if args.what == "introductions":
        return _export_introductions(args, url, paths)
    target: Path = args.file
    extension = target.suffix.lower()
    check_target(target, EXPORT_FORMATS, "choisissez .ics, .csv ou .xlsx")
    if args.since and args.until and args.since > args.until:
        raise CommandFailed("la date de début (--since) est après la date de fin (--until).")
    since = datetime.combine(args.since, time()) if args.since else None
    until = None  # --until is inclusive: up to the start of the next day
    if args.until and args.until < date.max:
        until = datetime.combine(args.until + timedelta(days=1), time())
    with existing_database(url, paths) as database:
        interactions, follow_ups = export_interactions(target, database.uow(), since, until)
    if extension == ".ics":
        print(
            f"{_counted(interactions, 'échange')} et {_counted(follow_ups, 'relance')} à faire "
            f"exportés dans {target}"
        )
    else:
        print(
            f"{_counted(interactions, 'échange')} {'exporté' if interactions <= 1 else 'exportés'} dans {target}"
        )
    return 0


def _export_introductions(args: argparse.Namespace, url: str, paths: Paths) -> int:
    target: Path = args.file
    if args.since or args.until:
        raise CommandFailed("--since et --until ne s'appliquent qu'à l'export des échanges.")
    check_target(target, INTRODUCTION_FORMATS, "choisissez .csv ou .xlsx")
    with existing_database(url, paths) as database:
        introductions, changes = export_introductions(target, database.uow)
    many = introductions > 1
    written = f"{introductions} {'mises' if many else 'mise'} en relation"
    if target.suffix.lower() == ".xlsx":
        print(f"{written} et {_counted(changes, 'changement')} d'étape exportés dans {target}")
    else:
        print(f"{written} {'exportées' if many else 'exportée'} dans {target}")
    return 0


def cmd_print(args: argparse.Namespace, url: str, paths: Paths) -> int:
    return PRINTS[args.document](args, url, paths)


def _print_report(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from cluster_crm.documents.report_files import write_report  # reportlab loads only for printing
    from cluster_crm.services.reports import introduction_report

    target: Path = args.output
    period: Period = args.period
    check_target(target, REPORT_FORMATS, "choisissez .pdf ou .xlsx")
    with existing_database(url, paths) as database:
        write_report(introduction_report(period, database.uow(), args.by), target)
    print(f"Rapport {_of_period(period)} écrit dans {target}")
    return 0


def _of_period(period: Period) -> str:
    """« du 4e trimestre 2026 », « de décembre 2026 », « d'octobre 2026 », « de l'année 2026 »."""
    label = period.label("fr")
    if period.kind is PeriodKind.QUARTER:
        return f"du {label}"
    if period.kind is PeriodKind.YEAR:
        return f"de l'année {label}"
    return f"d'{label}" if label[0] in "aeiouéâ" else f"de {label}"


def _counted(count: int, noun: str) -> str:
    """``0 échange``, ``1 relance``, ``12 échanges``: French puts 0 and 1 in the singular."""
    return f"{count} {noun}{'s' if count > 1 else ''}"


COMMANDS: dict[str, Callable[[argparse.Namespace, str, Paths], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "print": cmd_print,
}
PRINTS: dict[str, Callable[[argparse.Namespace, str, Paths], int]] = {
    "report": _print_report,
    **DOCUMENT_PRINTS,
    **LETTER_PRINTS,
}
