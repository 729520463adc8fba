"""1,000 personalised letters into one PDF: ``write_letters`` side by side with bare reportlab.

Synthetic French recipients (distinct companies, people, streets, real towns and postcodes) and
bodies of 3 to 5 paragraphs of varied lengths, some running to two pages, are laid out by the
application (``cluster_crm.documents.letter_pdf.write_letters``) and by a minimal hand-written
reportlab loop with the same fonts, paragraphs and positions and no project code. See
benchmarks/README.md.

    .venv/bin/python benchmarks/bench_letters.py [--letters 1000] [--runs 5] [--seed 5] [--keep]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import reportlab  # noqa: E402
from bench_search import EXTRA_FEMALE, EXTRA_LAST, EXTRA_MALE, LEGAL_FORMS, PLACES, PREFIXES, TRADES, _towns  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from cluster_crm.documents.letter_model import Letter, Letterhead  # noqa: E402
from cluster_crm.documents.letter_pdf import write_letters  # noqa: E402
from cluster_crm.domain.dates import long_date  # noqa: E402
from cluster_crm.domain.postal import PostalAddress, address_block  # noqa: E402

LETTERHEAD = Letterhead(
    name="Cluster Normandie Industrie",
    address_lines=("CCI Rouen Métropole", "10 quai de la Bourse", "76000 Rouen"),
    phone="+33235143737",
    email="cluster@normandie-industrie.fr",
    website="www.normandie-industrie.fr",
    place="Rouen",
    signatory_name="Claire Lefebvre",
    signatory_title="Animatrice du cluster Normandie Industrie",
)
STREET_TYPES = ("rue", "avenue", "boulevard", "chemin", "route", "impasse", "allée", "place", "quai")
STREET_NAMES = (
    "de la République",
    "Jean Jaurès",
    "du Général de Gaulle",
    "Victor Hugo",
    "des Martyrs de la Résistance",
    "de l'Industrie",
    "du Madrillet",
    "des Canadiens",
    "Pasteur",
    "de la Gare",
    "du Maréchal Juin",
    "Saint-Sever",
    "des Forges",
    "du Moulin",
    "de l'Europe",
    "Gustave Flaubert",
    "du Port",
    "des Tilleuls",
)
BUILDINGS = ("Bâtiment B", "Parc d'activités de la Vatine", "Zone industrielle du Madrillet", "Technopôle du Madrillet",
             "Immeuble Le Pasteur, 3e étage", "Zone d'activités des Portes de l'Eure")  # fmt: skip
DEPARTMENTS = ("Direction des achats", "Service qualité", "Direction industrielle", "Direction générale")
JOBS = ("Monsieur le Directeur général", "Madame la Directrice des achats")
SUBJECTS = (
    "Suite de notre rencontre du {day}",
    "Mise en relation avec {partner}",
    "Votre adhésion au cluster Normandie Industrie",
    "Forum des achats industriels du {day}",
)
OPENINGS = (
    "Je vous remercie de l'accueil que vous nous avez réservé le {day} dans vos locaux de {town}, "
    "à l'occasion de la visite de vos ateliers de {trade_lower}.",
    "Faisant suite à notre entretien téléphonique du {day}, je vous confirme l'intérêt du cluster pour "
    "les projets de développement de {company}.",
    "Nous avons eu le plaisir de vous compter parmi les participants du forum des achats industriels "
    "qui s'est tenu le {day} au parc des expositions de Rouen.",
)
MIDDLES = (
    "Comme convenu, je vous propose de vous mettre en relation avec <b>{partner}</b>, entreprise "
    "adhérente spécialisée en {trade_lower}, qui nous paraît la mieux placée pour répondre à votre "
    "besoin. Ses dirigeants connaissent bien les exigences des donneurs d'ordres de la filière "
    "automobile comme celles du secteur de la santé.",
    "Les échanges avec vos équipes ont montré plusieurs pistes de collaboration : la sous-traitance de "
    "petites séries, la maintenance des équipements de production et la formation de vos opérateurs "
    "aux nouvelles lignes. Le cluster peut vous accompagner sur chacune d'elles.",
    "Vous trouverez ci-joint le programme des prochaines rencontres du cluster, ainsi que la liste des "
    "entreprises adhérentes du secteur {place} susceptibles de vous intéresser.",
    "Le comité de pilotage du cluster a examiné votre demande lors de sa séance du {day}. Il a souligné "
    "la qualité de votre dossier et l'intérêt de vos compétences en {trade_lower} pour les autres "
    "membres du réseau, en particulier pour les grands donneurs d'ordres de la vallée de la Seine qui "
    "recherchent des partenaires de proximité, réactifs et engagés dans une démarche de qualité.",
    "Je me permets de rappeler que les entreprises adhérentes bénéficient d'un accès privilégié aux "
    "rencontres d'affaires, aux visites d'usines et aux groupes de travail thématiques.",
)
CLOSINGS_PARAGRAPH = (
    "Je me permettrai de vous recontacter au début du mois prochain afin de faire le point sur les "
    "suites que vous aurez pu donner à cette démarche.",
    "Je reste à votre disposition pour tout complément d'information.",
)


def make_letters(count: int, seed: int) -> list[Letter]:
    """``count`` letters to distinct recipients; bodies of 3 to 5 paragraphs, about one in six long."""
    rng = random.Random(seed)
    towns, weights = _towns()
    first_names = (("Mme", name) for name in EXTRA_FEMALE)
    people = [*first_names, *(("M.", name) for name in EXTRA_MALE)]
    letters = []
    for number in range(count):
        civility, first = rng.choice(people)
        last = rng.choice(EXTRA_LAST)
        company = (
            f"{rng.choice(PREFIXES)} {rng.choice(TRADES)} {rng.choice(PLACES)} {rng.choice(LEGAL_FORMS)}"
        )
        partner = f"{rng.choice(PREFIXES)} {rng.choice(TRADES)} {rng.choice(PLACES)}"
        town, postcode = rng.choices(towns, weights)[0]
        madame = civility == "Mme"
        attention = (
            f"{'Madame' if madame else 'Monsieur'} {first} {last.upper()}"
            if rng.random() < 0.8
            else rng.choice(DEPARTMENTS)
        )
        address = PostalAddress(
            recipient=company,
            attention=attention,
            building=rng.choice(BUILDINGS) if rng.random() < 0.25 else "",
            street=f"{rng.randint(1, 240)} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}",
            locality=f"BP {rng.randint(10, 999)}" if rng.random() < 0.2 else "",
            postcode=postcode,
            town=town,
            cedex=f"CEDEX {rng.randint(1, 9)}" if rng.random() < 0.1 else "",
        )
        day = long_date(date(2026, 11, 2) + timedelta(days=rng.randint(0, 27)))
        fields = {"day": day, "town": town, "company": company, "partner": partner,
                  "trade_lower": rng.choice(TRADES).lower(), "place": rng.choice(PLACES)}  # fmt: skip
        long = rng.random() < 1 / 6
        middles = rng.sample(MIDDLES, rng.randint(1, 3))
        if long:
            middles = MIDDLES * 2
        body = [rng.choice(OPENINGS), *middles, rng.choice(CLOSINGS_PARAGRAPH)]
        salutation = "Madame," if madame and attention.startswith("Madame") else "Monsieur,"
        if not attention.startswith(("Madame", "Monsieur")):
            salutation = "Madame, Monsieur,"
        letters.append(
            Letter(
                recipient_lines=tuple(address_block(address)),
                date_line=f"Rouen, le {long_date(date(2026, 12, 1))}",
                subject=rng.choice(SUBJECTS).format(**fields),
                salutation=salutation,
                body=tuple(
                    paragraph.format(**{k: escape(v) for k, v in fields.items()}) for paragraph in body
                ),
                closing=f"Je vous prie d'agréer, {salutation[:-1]}, l'expression de mes salutations distinguées.",
                references=(("Nos réf.", f"CL-2026-{number:04d}"),),
                title="Courrier de suivi",
            )
        )
    return letters


def bare_reportlab(letters: list[Letter], path: Path) -> None:
    """The same letters with reportlab alone: same fonts, styles, frames and drawings, no project code."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Preformatted,
        Spacer,
    )

    fonts = ROOT / "resources" / "fonts"
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts / f"{name}.ttf")))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")
    width, height = A4
    ink, muted = HexColor("#1f2933"), HexColor("#616e7c")
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=10, leading=14.5, textColor=ink)
    recipient = ParagraphStyle("r", parent=base, leading=12.5)
    date_style = ParagraphStyle("d", parent=base, alignment=TA_RIGHT, spaceAfter=9 * mm)
    reference = ParagraphStyle("f", parent=base, fontSize=8.5, leading=12, textColor=muted)
    subject = ParagraphStyle(
        "s", parent=base, fontName="DejaVuSans-Bold", spaceBefore=4 * mm, spaceAfter=8 * mm
    )
    salutation = ParagraphStyle("a", parent=base, spaceAfter=4 * mm)
    body = ParagraphStyle("p", parent=base, alignment=TA_JUSTIFY, spaceAfter=3 * mm)
    signatory = ParagraphStyle("n", parent=base, fontName="DejaVuSans-Bold", leftIndent=89 * mm)
    signatory_title = ParagraphStyle("t", parent=base, leftIndent=89 * mm, textColor=muted)

    def first_page(canvas, document) -> None:
        canvas.setFont("DejaVuSans-Bold", 12.5)
        canvas.drawString(25 * mm, height - 16 * mm - 12.5, LETTERHEAD.name)
        canvas.setFont("DejaVuSans", 8.5)
        y = height - 16 * mm - 12.5 - 2.2 * mm - 3
        for line in (*LETTERHEAD.address_lines, "Tél. 02 35 14 37 37", LETTERHEAD.email, LETTERHEAD.website):
            y -= 11
            canvas.drawString(25 * mm, y, line)
        for fold in (99, 198):
            canvas.line(6 * mm, height - fold * mm, 11 * mm, height - fold * mm)

    document = BaseDocTemplate(str(path), pagesize=A4, title="Courriers", author=LETTERHEAD.name)
    window = Frame(114 * mm, height - 78 * mm, 77 * mm, 27 * mm, 0, 0, 0, 0)
    text = Frame(25 * mm, 24 * mm, 165 * mm, height - 90 * mm - 24 * mm, 0, 0, 0, 0)
    later = Frame(25 * mm, 24 * mm, 165 * mm, height - 54 * mm, 0, 0, 0, 0)
    document.addPageTemplates(
        [
            PageTemplate("first", [window, text], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ]
    )
    story = []
    for index, letter in enumerate(letters):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(Preformatted("\n".join(letter.recipient_lines), recipient))  # plain lines, no markup
        story += [FrameBreak(), Paragraph(escape(letter.date_line), date_style)]
        story += [
            Paragraph(f"<b>{escape(label)}</b> : {escape(value)}", reference)
            for label, value in letter.references
        ]
        story += [
            Paragraph(f"Objet : {escape(letter.subject)}", subject),
            Paragraph(escape(letter.salutation), salutation),
        ]
        story += [Paragraph(paragraph, body) for paragraph in letter.body]
        story += [Paragraph(escape(letter.closing), body), Spacer(1, 16 * mm)]
        story += [Paragraph(escape(LETTERHEAD.signatory_name), signatory)]
        story += [Paragraph(escape(LETTERHEAD.signatory_title), signatory_title)]
    document.build(story)


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall-clock and processor seconds of one run (processor time suffers less from busy cores)."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def summary(label: str, times: list[tuple[float, float]], pdf: Path) -> tuple[float, float]:
    wall = statistics.median(t for t, _ in times)
    cpu = statistics.median(c for _, c in times)
    runs = ", ".join(f"{t:.2f}" for t, _ in times)
    pages = len(PdfReader(pdf).pages)
    print(f"{label:<26}: {wall:6.2f} s wall, {cpu:6.2f} s processor (medians; runs {runs}); "
          f"{pages} pages, {pdf.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the two PDFs in /tmp")
    options = parser.parse_args(argv)
    letters = make_letters(options.letters, options.seed)
    folder = Path(tempfile.mkdtemp(prefix="bench_letters_"))
    app_pdf, bare_pdf = folder / "application.pdf", folder / "bare_reportlab.pdf"
    calls: list[int] = []
    # one warm-up of each (fonts parsed, modules imported), then the measured runs, alternating
    write_letters(letters[:5], LETTERHEAD, app_pdf)
    bare_reportlab(letters[:5], bare_pdf)
    app_times, bare_times = [], []
    for _ in range(options.runs):
        app_times.append(
            timed(lambda: write_letters(letters, LETTERHEAD, app_pdf, lambda d, t: calls.append(d)))
        )
        bare_times.append(timed(lambda: bare_reportlab(letters, bare_pdf)))
    print(f"{options.letters} letters, {options.runs} runs each, seed {options.seed}, {machine()}")
    app_wall, app_cpu = summary("application write_letters", app_times, app_pdf)
    bare_wall, bare_cpu = summary("bare reportlab", bare_times, bare_pdf)
    print(f"progress reported {len(calls) // options.runs} times per batch")
    print(f"ratio application / bare  : {app_wall / bare_wall:.2f} wall, {app_cpu / bare_cpu:.2f} processor "
          "(the issue asks for at most 2)")  # fmt: skip
    if options.keep:
        print(f"PDFs kept in {folder}")
    else:
        app_pdf.unlink()
        bare_pdf.unlink()
        folder.rmdir()
    return 0


def machine() -> str:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return (
        f"nproc {cores}, Python {platform.python_version()}, reportlab {reportlab.Version}, "
        f"{platform.system()} {platform.release()}"
    )


if __name__ == "__main__":
    sys.exit(main())
