"""``print letter`` and ``print letters`` on the command line: a letter from the work itself, a mail merge."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cluster_crm.cli_common import CommandFailed, existing_database, pdf_target
from cluster_crm.config import Paths

if TYPE_CHECKING:
    from cluster_crm.db.database import Database

KINDS = ("contracting", "sme", "institution", "partner", "other")  # OrganisationKind, without the core


def add_letter_parsers(documents: argparse._SubParsersAction) -> None:
    """The ``print`` sub-commands of letters: one letter (or two, for an introduction), a batch."""
    letter = documents.add_parser(
        "letter",
        help="courrier de suivi d'un échange, ou aux deux parties d'une mise en relation (.pdf)",
        description="Un courrier pré-rempli d'après un échange (date, objet, participants) ou les deux "
        "courriers d'une mise en relation (à la PME et au donneur d'ordres). Chaque courrier est noté "
        "comme un échange « Courrier » dans l'historique du destinataire, le PDF en pièce jointe.",
    )
    source = letter.add_mutually_exclusive_group(required=True)
    source.add_argument("--interaction", type=_positive, metavar="ID", help="numéro de l'échange")
    source.add_argument("--introduction", type=_positive, metavar="ID", help="numéro de la mise en relation")
    letter.add_argument(
        "--contact",
        type=_positive,
        metavar="ID",
        help="destinataire parmi les participants (échange seulement)",
    )
    letter.add_argument("--template", metavar="MODÈLE", help="clé ou nom du modèle (défaut : selon le cas)")
    _add_common(letter)
    letters = documents.add_parser(
        "letters",
        help="publipostage : un courrier par organisation ou par personne d'une sélection (.pdf)",
        description="Un courrier par organisation (ou par personne avec --contacts) d'une sélection, dans un "
        "seul PDF. Sans filtre : toutes les organisations. Les fiches sans adresse postale utilisable, ou "
        "qui se sont opposées à être sollicitées, sont écartées et listées.",
    )
    letters.add_argument("--template", required=True, metavar="MODÈLE", help="clé ou nom du modèle")
    letters.add_argument("--members", action="store_true", help="seulement les adhérents")
    letters.add_argument("--kind", choices=KINDS, help="seulement ce type d'organisation")
    letters.add_argument("--town", metavar="COMMUNE", help="seulement cette commune")
    letters.add_argument("--tag", metavar="ÉTIQUETTE", help="seulement les organisations portant ce mot-clé")
    letters.add_argument(
        "--contacts", action="store_true", help="un courrier par personne, à l'adresse de son organisation"
    )
    _add_common(letters)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-up",
        type=_positive,
        metavar="JOURS",
        help="programmer une relance dans ce nombre de jours pour chaque courrier",
    )
    parser.add_argument(
        "--no-record", action="store_true", help="ne pas noter les courriers dans l'historique des échanges"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FICHIER", help="fichier .pdf à écrire"
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"numéro invalide « {text} »")
    return int(text)


def print_letter(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from cluster_crm.services.letters import letter_for_interaction, letters_for_introduction

    if args.contact is not None and args.interaction is None:
        raise CommandFailed("--contact ne s'applique qu'au courrier d'un échange (--interaction).")
    pdf_target(args.output)
    with existing_database(url, paths) as database, _letter_errors(args.template, database):
        if args.interaction is not None:
            letters = [letter_for_interaction(args.interaction, database.uow(), args.template, args.contact)]
        else:
            letters = letters_for_introduction(args.introduction, database.uow(), args.template)
        _write(letters, [], args, database)
    names = " et ".join(f"« {p.recipient} »" for p in letters)
    print(f"{_counted(len(letters), 'courrier écrit', 'courriers écrits')} dans {args.output} ({names})")
    return 0


def print_letters(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
    from cluster_crm.domain.queries import OrganisationQuery
    from cluster_crm.services.letters import mail_merge_for_query

    pdf_target(args.output)
    query = OrganisationQuery(
        kind=OrganisationKind(args.kind) if args.kind else None,
        town=args.town,
        tag=args.tag,
        membership=MembershipStatus.MEMBER if args.members else None,
    )
    with existing_database(url, paths) as database, _letter_errors(args.template, database):
        merge = mail_merge_for_query(args.template, query, database.uow(), contacts=args.contacts)
        if merge.letters:
            _write(merge.letters, merge.skipped, args, database)
    for record in merge.skipped:
        print(f"  ignoré : {record.name} — {record.reason}", file=sys.stderr)
    ignored = _counted(len(merge.skipped), "ignoré", "ignorés")
    if not merge.letters:
        raise CommandFailed(
            f"aucun courrier à écrire : la sélection est vide ou toutes ses fiches sont ignorées ({ignored})."
        )
    print(
        f"{_counted(len(merge.letters), 'courrier écrit', 'courriers écrits')} dans {args.output} ; {ignored}"
    )
    return 0


def _write(letters: list, skipped: list, args: argparse.Namespace, database: Database) -> None:
    from cluster_crm.documents.letter_pdf import write_letters
    from cluster_crm.services.letter_delivery import follow_up_in, generate
    from cluster_crm.services.letterhead import get_letterhead

    target = args.output
    if args.no_record:
        write_letters([p.letter for p in letters], get_letterhead(database.uow()), target)
        return
    follow_up = (
        follow_up_in(args.follow_up, database.clock.today(), "Relance après courrier")
        if args.follow_up
        else None
    )
    generate(letters, target, database.uow(), database.attachments_dir, follow_up=follow_up, skipped=skipped)


@contextmanager
def _letter_errors(template: str | None, database: Database) -> Iterator[None]:
    """The template's problems said in French, with what to choose from."""
    from cluster_crm.domain.errors import NotFound
    from cluster_crm.domain.letter_templates import UnfillableFields, UnknownFields
    from cluster_crm.services.letter_templates import find_template, list_templates

    if template is not None:
        try:
            find_template(template, database.uow())
        except NotFound:
            choices = ", ".join(t.key or f"« {t.name} »" for t in list_templates(database.uow()))
            raise CommandFailed(f"modèle de courrier inconnu « {template} » (modèles : {choices}).") from None
    try:
        yield
    except UnknownFields as error:
        names = ", ".join(error.names)
        raise CommandFailed(f"champ(s) inconnu(s) dans le modèle de courrier : {names}.") from None
    except UnfillableFields as error:
        names = ", ".join(error.names)
        raise CommandFailed(
            f"ce modèle utilise des champs que ce courrier ne peut pas remplir ({names}) : choisissez un autre modèle."
        ) from None


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count <= 1 else many}"


LETTER_PRINTS: dict[str, Callable[[argparse.Namespace, str, Paths], int]] = {
    "letter": print_letter,
    "letters": print_letters,
}
