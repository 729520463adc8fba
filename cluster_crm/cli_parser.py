"""The command line's grammar, in French, with argparse's own messages translated."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from cluster_crm.config import DB_ENV_VAR

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
}

EXPORT_TARGETS = ("organisations", "contacts", "interactions", "introductions")


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
        help="exporter les échanges (.ics, .csv ou .xlsx)",
        description="Exporter les échanges : en agenda (.ics, avec les relances à faire) ou en tableau "
        "(.csv pour Excel, .xlsx).",
    )
    export.add_argument(
        "what",
        choices=EXPORT_TARGETS,
        metavar="QUOI",
        help="interactions (les organisations, contacts et mises en relation viendront plus tard)",
    )
    export.add_argument("file", type=Path, metavar="FICHIER", help="fichier à écrire : .ics, .csv ou .xlsx")
    export.add_argument(
        "--since", type=parse_day, metavar="AAAA-MM-JJ", help="seulement les échanges à partir de ce jour"
    )
    export.add_argument(
        "--until", type=parse_day, metavar="AAAA-MM-JJ", help="seulement les échanges jusqu'à ce jour inclus"
    )
    return parser


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
