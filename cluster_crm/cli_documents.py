"""``print sheet|directory|labels`` on the command line: contact sheets, member directory, label sheets."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cluster_crm.cli_common import CommandFailed, existing_database, pdf_target
from cluster_crm.config import Paths

if TYPE_CHECKING:
    pass

KINDS = ("contracting", "sme", "institution", "partner", "other")  # OrganisationKind, without the core
PER_PAGE = (14, 21)


def add_document_parsers(documents: argparse._SubParsersAction) -> None:
    """The ``print`` sub-commands of the documents: sheet, directory, labels."""
    sheet = documents.add_parser(
        "sheet",
        help="fiche d'une organisation ou d'une personne (.pdf)",
        description="La fiche d'une organisation (identité, SIRET, NAF, adresse, contacts, échanges, relances, "
        "mises en relation) ou d'une personne.",
    )
    who = sheet.add_mutually_exclusive_group(required=True)
    who.add_argument("--organisation", metavar="ID|SIRET", help="numéro de l'organisation ou son SIRET")
    who.add_argument("--contact", type=_positive, metavar="ID", help="numéro de la personne")
    sheet.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FICHIER", help="fichier .pdf à écrire"
    )
    directory = documents.add_parser(
        "directory",
        help="annuaire des adhérents (.pdf)",
        description="L'annuaire des adhérents : couverture, sommaire, une fiche par organisation adhérente, "
        "index des organisations et des personnes.",
    )
    directory.add_argument(
        "--by",
        choices=("sector", "kind"),
        default="sector",
        help="regrouper par secteur NAF (défaut) ou par type",
    )
    directory.add_argument(
        "-o", "--output", type=Path, metavar="FICHIER", help="fichier .pdf (défaut : annuaire-AAAA.pdf ici)"
    )
    labels = documents.add_parser(
        "labels",
        help="planches d'étiquettes d'adresses (.pdf)",
        description="Des étiquettes d'adresses (bloc AFNOR) sur planches A4 de 14 ou 21. Sans filtre : toutes "
        "les organisations. Les fiches sans adresse utilisable, ou dont le contact s'est opposé à être "
        "sollicité, sont écartées et listées.",
    )
    labels.add_argument("--members", action="store_true", help="seulement les adhérents")
    labels.add_argument("--kind", choices=KINDS, help="seulement ce type d'organisation")
    labels.add_argument("--town", metavar="COMMUNE", help="seulement cette commune")
    labels.add_argument("--tag", metavar="MOT-CLÉ", help="seulement les organisations portant ce mot-clé")
    labels.add_argument(
        "--contacts", action="store_true", help="une étiquette par personne, à l'adresse de son organisation"
    )
    labels.add_argument(
        "--per-page", type=int, choices=PER_PAGE, default=14, help="14 (défaut) ou 21 par page"
    )
    labels.add_argument("--top", type=float, metavar="MM", help="marge du haut de la planche, en millimètres")
    labels.add_argument(
        "--left", type=float, metavar="MM", help="marge de gauche de la planche, en millimètres"
    )
    labels.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FICHIER", help="fichier .pdf à écrire"
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"numéro invalide « {text} »")
    return int(text)


def print_sheet(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from cluster_crm.documents.sheet_pdf import write_contact_sheet, write_organisation_sheet
    from cluster_crm.services.sheets import contact_sheet, organisation_sheet

    target = pdf_target(args.output)
    with existing_database(url, paths) as database:
        if args.contact is not None:
            sheet = contact_sheet(args.contact, database.uow())
            write_contact_sheet(sheet, target)
            print(f"Fiche « {sheet.contact.name} » écrite dans {target}")
            return 0
        organisation = _organisation(args.organisation)
        org_sheet = organisation_sheet(organisation, database.uow())
        write_organisation_sheet(org_sheet, target)
    print(f"Fiche « {org_sheet.organisation.name} » écrite dans {target}")
    return 0


def _organisation(text: str) -> int | str:
    digits = "".join(text.split())
    if not digits.isdigit() or (len(digits) > 9 and len(digits) != 14) or int(digits) == 0:
        raise CommandFailed(f"« {text} » n'est ni un numéro d'organisation ni un SIRET (14 chiffres).")
    return int(digits) if len(digits) != 14 else digits


def print_directory(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from cluster_crm.documents.directory_pdf import write_directory
    from cluster_crm.services.directory import member_directory

    with existing_database(url, paths) as database:
        target = pdf_target(args.output or Path(f"annuaire-{database.clock.today().year}.pdf"))
        directory = member_directory(database.uow(), by=args.by)
    write_directory(directory, target)
    count = len(directory.entries)
    print(f"Annuaire de {count} {'adhérent' if count <= 1 else 'adhérents'} écrit dans {target}")
    return 0


def print_labels(args: argparse.Namespace, url: str, paths: Paths) -> int:
    from dataclasses import replace

    from cluster_crm.documents.labels_pdf import LABEL_SHEETS, write_labels
    from cluster_crm.domain.enums import OrganisationKind
    from cluster_crm.services.labels import LabelSelection, label_batch

    target = pdf_target(args.output)
    sheet = LABEL_SHEETS[args.per_page]
    if args.top is not None:
        sheet = replace(sheet, top_mm=args.top)
    if args.left is not None:
        sheet = replace(sheet, left_mm=args.left)
    selection = LabelSelection(
        members=args.members,
        kind=OrganisationKind(args.kind) if args.kind else None,
        town=args.town,
        tag=args.tag,
        contacts=args.contacts,
    )
    with existing_database(url, paths) as database:
        batch = label_batch(selection, database.uow())
    write_labels(batch, target, sheet)
    count = len(batch.labels)
    pages = max(1, -(-count // sheet.per_page))
    print(
        f"{count} {'étiquette' if count <= 1 else 'étiquettes'} sur {pages} "
        f"{'planche' if pages <= 1 else 'planches'} écrite{'s' if count > 1 else ''} dans {target}"
    )
    if batch.skipped:
        print(f"{len(batch.skipped)} {'fiche écartée' if len(batch.skipped) <= 1 else 'fiches écartées'} :")
        for record in batch.skipped:
            print(f"  {record.name} : {record.reason}")
    return 0


DOCUMENT_PRINTS: dict[str, Callable[[argparse.Namespace, str, Paths], int]] = {
    "sheet": print_sheet,
    "directory": print_directory,
    "labels": print_labels,
}
