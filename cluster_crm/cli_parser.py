"""The command line's grammar, in French, with argparse's own messages translated."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from cluster_crm.cli_documents import add_document_parsers
from cluster_crm.cli_letters import add_letter_parsers
from cluster_crm.config import DB_ENV_VAR
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.periods import Period, PeriodKind, parse_period

_ARGPARSE_FR = {
    "usage: ": "usage : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (possibles : %(choices)s)"
    ),
    "expected one argument": "une valeur est attendue",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "one of the arguments %s is required": "une de ces options est obligatoire : %s",
    "not allowed with argument %s": "incompatible avec l'option %s",
}

EXPORT_TARGETS = ("organisations", "contacts", "interactions", "introductions")
REPORT_GROUPINGS = ("contracting", "sector")  # services.reports.GROUPINGS, without loading the services


def _french(text: str) -> str:
    return _ARGPARSE_FR.get(text, text)


argparse._ = _french  # type: ignore[attr-defined]  # argparse looks ``_`` up at call time


class FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"cluster-crm : {message} (voir « cluster-crm --help »)\n")


def build_parser(version: str) -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="cluster-crm",
        description="Cluster CRM : le CRM de l'animateur d'un cluster d'entreprises.",
    )
    parser.add_argument(
        "--db",
        metavar="CHEMIN|URL",
        help=f"fichier SQLite ou URL SQLAlchemy de la base (sinon ${DB_ENV_VAR}, sinon la base par défaut)",
    )
    parser.add_argument(
        "--version", action="version", version=f"cluster-crm {version}", help="afficher la version et quitter"
    )
    parser.add_argument("--language", choices=["fr", "en"], help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser)
    commands.add_parser("demo", help="remplir une base vide avec le cluster de démonstration")
    commands.add_parser(
        "check", help="vérifier l'intégrité de la base (code de sortie non nul si endommagée)"
    )
    backup = commands.add_parser("backup", help="sauvegarder la base SQLite")
    backup.add_argument(
        "dest",
        nargs="?",
        type=Path,
        metavar="DESTINATION",
        help="fichier ou dossier de destination (par défaut : dossier des sauvegardes)",
    )
    restore = commands.add_parser("restore", help="remplacer la base par une sauvegarde")
    restore.add_argument("file", metavar="FICHIER", help="fichier de sauvegarde à restaurer")
    export = commands.add_parser(
        "export",
        help="exporter les échanges (.ics, .csv, .xlsx) ou les mises en relation (.csv, .xlsx)",
        description="Exporter les échanges : en agenda (.ics, avec les relances à faire) ou en tableau "
        "(.csv pour Excel, .xlsx). Exporter les mises en relation : en tableau (.xlsx, avec l'historique "
        "des étapes dans une seconde feuille, ou .csv).",
    )
    export.add_argument(
        "what",
        choices=EXPORT_TARGETS,
        metavar="QUOI",
        help="interactions ou introductions (les organisations et les contacts viendront plus tard)",
    )
    export.add_argument(
        "file",
        type=Path,
        metavar="FICHIER",
        help="fichier à écrire : .ics, .csv ou .xlsx (.csv ou .xlsx pour les mises en relation)",
    )
    export.add_argument(
        "--since", type=parse_day, metavar="AAAA-MM-JJ", help="seulement les échanges à partir de ce jour"
    )
    export.add_argument(
        "--until", type=parse_day, metavar="AAAA-MM-JJ", help="seulement les échanges jusqu'à ce jour inclus"
    )
    _add_print_commands(commands)
    return parser


def _add_print_commands(commands: argparse._SubParsersAction) -> None:
    """``print DOCUMENT …``: one sub-command per document (the report today; sheets, letters… later)."""
    printing = commands.add_parser(
        "print",
        help="imprimer un document (rapport des mises en relation…)",
        description="Imprimer un document dans un fichier.",
    )
    documents = printing.add_subparsers(
        dest="document", metavar="DOCUMENT", parser_class=FrenchArgumentParser, required=True
    )
    report = documents.add_parser(
        "report",
        help="rapport des mises en relation pour les financeurs (.pdf ou .xlsx)",
        description="Le rapport d'une période pour les financeurs du cluster : besoins reçus, mises en "
        "relation réalisées et conclues, taux de conversion, délai médian, évolution et détail.",
    )
    period = report.add_mutually_exclusive_group(required=True)
    period.add_argument(
        "--quarter",
        dest="period",
        type=parse_quarter,
        metavar="AAAA-QN",
        help="un trimestre, par exemple 2026-Q4",
    )
    period.add_argument(
        "--month", dest="period", type=parse_month, metavar="AAAA-MM", help="un mois, par exemple 2026-12"
    )
    period.add_argument(
        "--year", dest="period", type=parse_year, metavar="AAAA", help="une année, par exemple 2026"
    )
    report.add_argument(
        "--by",
        choices=REPORT_GROUPINGS,
        default="contracting",
        help="une ligne par donneur d'ordres (contracting, par défaut) ou par secteur NAF (sector)",
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FICHIER", help="fichier à écrire : .pdf ou .xlsx"
    )
    add_document_parsers(documents)
    add_letter_parsers(documents)


def _period_parser(kind: PeriodKind, name: str, expected: str) -> Callable[[str], Period]:
    def parse(text: str) -> Period:
        try:
            return parse_period(text, kind)
        except InvalidValue:
            raise argparse.ArgumentTypeError(f"{name} invalide « {text} » (attendu : {expected})") from None

    return parse


parse_quarter = _period_parser(PeriodKind.QUARTER, "trimestre", "AAAA-QN, par exemple 2026-Q4 ou 2026-T4")
parse_month = _period_parser(PeriodKind.MONTH, "mois", "AAAA-MM, par exemple 2026-12")
parse_year = _period_parser(PeriodKind.YEAR, "année", "AAAA, par exemple 2026")


def parse_day(text: str) -> date:
    """``2026-10-14`` (or the French ``14/10/2026``), for the options of the command line."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"date invalide « {text} » (attendu : AAAA-MM-JJ, par exemple 2026-10-14)"
    )
