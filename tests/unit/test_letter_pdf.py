"""Letters as PDF: content, the recipient block in the window, page numbers per letter, metadata."""

import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from cluster_crm.documents.fonts import REGULAR
from cluster_crm.documents.letter_model import EnvelopeWindow, Letter, Letterhead
from cluster_crm.documents.letter_pdf import (
    PHONE_LINE,
    SUBJECT_LINE,
    letter_bytes,
    window_rectangle,
    write_letters,
)
from cluster_crm.documents.pdf_layout import PAGE_OF
from cluster_crm.i18n import translate
from cluster_crm.services.progress import Cancelled

LETTERHEAD = Letterhead(
    name="Cluster Normandie Industrie",
    address_lines=("CCI Rouen Métropole", "10 quai de la Bourse", "76000 Rouen"),
    phone="+33235143737",
    email="cluster@normandie-industrie.fr",
    website="www.normandie-industrie.fr",
    place="Rouen",
    signatory_name="Claire Lefebvre",
    signatory_title="Animatrice du cluster",
)
RECIPIENT = (
    "Usine automobile de Cléon",
    "Monsieur Jean DUPONT",
    "Direction des achats",
    "CHEMIN DE LA POUDRIERE",
    "BP 45",
    "76410 CLEON CEDEX 2",
)
PARAGRAPH = (
    "Je vous remercie de l'accueil que vous nous avez réservé le 24 novembre dernier à l'usine de "
    "Cléon, à l'occasion de la visite des ateliers d'usinage et de la ligne d'assemblage des moteurs "
    "électriques ; les échanges avec vos équipes ont été très riches."
)
SHORT = Letter(
    recipient_lines=RECIPIENT,
    date_line="Rouen, le 1er décembre 2026",
    subject="Suite de notre rencontre du 24 novembre 2026",
    salutation="Monsieur,",
    body=(PARAGRAPH, "Comme convenu, voici les <b>trois entreprises</b> adhérentes que nous vous proposons."),
    closing="Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
    references=(("Nos réf.", "CL-2026-0142"), ("Vos réf.", "ACH/JD/311")),
    title="Suivi de rendez-vous",
)
LONG = replace(SHORT, body=(PARAGRAPH,) * 14, recipient_lines=("Ateliers Lebrun", "12 RUE DE LA REPUBLIQUE",
                                                                "76500 ELBEUF"))  # fmt: skip


def pages_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def positioned_text(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of every piece of text on ``page``, in points from the bottom left."""
    pieces = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((text.strip(), x, y, size * (tm[3] * cm[3])))

    page.extract_text(visitor_text=visit)
    return pieces


@pytest.fixture
def one_letter(tmp_path):
    return write_letters([SHORT], LETTERHEAD, tmp_path / "courrier.pdf")


def test_the_letter_says_everything_in_order(one_letter):
    # WHEN one short letter is written
    [text] = pages_text(one_letter)
    # THEN the letterhead, the recipient block, date, references, subject, text and signature follow
    expected = [
        "Cluster Normandie Industrie",
        "10 quai de la Bourse",
        translate("Letters", PHONE_LINE).format(phone="02 35 14 37 37"),
        "cluster@normandie-industrie.fr",
        *RECIPIENT,
        "Rouen, le 1er décembre 2026",
        "CL-2026-0142",
        "ACH/JD/311",
        translate("Letters", SUBJECT_LINE).format(subject=SHORT.subject),
        "Monsieur,",
        "Je vous remercie de l'accueil",
        "trois entreprises adhérentes",
        SHORT.closing,
        "Claire Lefebvre",
        "Animatrice du cluster",
    ]
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [part for part, at in zip(expected, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    # and a letter of one page has no page number
    assert "Page" not in text


def test_the_recipient_block_shows_through_the_envelope_window(one_letter):
    check_recipient_inside(one_letter, EnvelopeWindow())


def test_the_window_can_be_moved(tmp_path):
    # GIVEN an envelope whose window is 100 mm from the left and 52 mm from the top, 90 × 40 mm
    window = EnvelopeWindow(left_mm=100, top_mm=52, width_mm=90, height_mm=40)
    path = write_letters([SHORT], replace(LETTERHEAD, window=window), tmp_path / "fenetre.pdf")
    # THEN the block follows it, and is outside the default window's left edge
    pieces = check_recipient_inside(path, window)
    assert all(x < 110 * mm for x, _ in pieces)


def test_a_wide_block_of_seven_lines_still_fits_in_the_window(tmp_path):
    # GIVEN an address abroad of 7 lines, some of 38 wide capitals (wider than the window at 10 pt)
    lines = (
        "Volkswagen Aktiengesellschaft Werk 2",
        "Herrn Klaus-Maria MÜLLER-WESTERNHAGEN",
        "Gebäude 14 Eingang Süd Ost",
        "6 CHEMIN DES MARTYRS DE LA RESISTANCE",
        "POSTFACH 1234 WWWW MMMM WWWW MMMM WWW",
        "38440 WOLFSBURG",
        "ALLEMAGNE",
    )
    path = write_letters([replace(SHORT, recipient_lines=lines)], LETTERHEAD, tmp_path / "large.pdf")
    # THEN every line is whole and inside the window, shrunk or tightened as needed
    check_recipient_inside(path, EnvelopeWindow(), lines)
    assert "WOLFSBURG ALLEMAGNE Rouen, le 1er" in pages_text(path)[0]


def check_recipient_inside(path, window: EnvelopeWindow, lines=RECIPIENT) -> list[tuple[float, float]]:
    left, bottom, right, top = window_rectangle(window)
    pieces = positioned_text(PdfReader(path).pages[0])
    found = []
    for line in lines:
        matches = [(x, y, size) for text, x, y, size in pieces if text == line]
        assert len(matches) == 1, (line, pieces)
        x, y, size = matches[0]
        # THEN every line, its whole width and height, lies inside the window rectangle
        assert left <= x and x + stringWidth(line, REGULAR, size) <= right, (line, x, left, right)
        assert bottom <= y - 0.25 * size and y + size <= top, (line, y, bottom, top)
        found.append((x, y))
    # and the lines are left-aligned, from top to bottom in the block's order
    assert len({round(x, 2) for x, _ in found}) == 1
    assert [y for _, y in found] == sorted((y for _, y in found), reverse=True)
    return found


def test_a_long_letter_numbers_its_pages_and_the_next_letter_starts_afresh(tmp_path):
    # WHEN a short, a long and a short letter are written in one batch
    path = write_letters([SHORT, LONG, SHORT], LETTERHEAD, tmp_path / "lot.pdf")
    pages = pages_text(path)
    # THEN the long one takes two pages and only its pages are numbered, per letter
    assert len(pages) == 4
    page_of = translate("Documents", PAGE_OF)
    assert "Page" not in pages[0] and "Page" not in pages[3]
    assert page_of.format(page=1, pages=2) in pages[1]
    assert page_of.format(page=2, pages=2) in pages[2]
    assert "/ 4" not in " ".join(pages) and "/ 3" not in " ".join(pages)
    # and each letter starts on its own page with the letterhead and its recipient
    assert pages[1].startswith("Cluster Normandie Industrie") and "Ateliers Lebrun" in pages[1]
    assert pages[3].startswith("Cluster Normandie Industrie") and RECIPIENT[0] in pages[3]
    # and the continued page repeats nothing of the letterhead but a header line naming the recipient
    assert "10 quai de la Bourse" not in pages[2] and "cluster@" not in pages[2]
    assert "Ateliers Lebrun" in pages[2] and "Rouen, le 1er décembre 2026" in pages[2]
    assert "76500 ELBEUF" not in pages[2]
    # and the signature ends the long letter on its second page
    assert "Claire Lefebvre" in pages[2] and "Claire Lefebvre" not in pages[1]


def test_the_pdf_embeds_dejavu_only_and_says_what_it_is(tmp_path):
    path = write_letters([SHORT, LONG], LETTERHEAD, tmp_path / "lot.pdf")
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values())
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    assert reader.metadata.author == "Cluster Normandie Industrie"
    assert reader.metadata.title.startswith("Suivi de rendez-vous") and "2" in reader.metadata.title
    assert reader.metadata.subject == SHORT.subject


def test_one_letter_is_titled_by_itself(one_letter):
    metadata = PdfReader(one_letter).metadata
    assert metadata.title == "Suivi de rendez-vous"
    assert metadata.subject == SHORT.subject


def test_fold_marks_in_the_left_margin_at_a_third_and_two_thirds(one_letter):
    content = PdfReader(one_letter).pages[0].get_contents().get_data().decode("latin-1")
    segments = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content)
    marks = [float(y1) for x1, y1, x2, y2 in segments if float(x2) < 20 * mm and y1 == y2]
    page_height = 297 * mm
    assert sorted(round((page_height - y) / mm) for y in marks) == [99, 198]


def test_progress_is_reported_and_can_cancel(tmp_path):
    calls = []
    path = write_letters(
        [SHORT] * 25, LETTERHEAD, tmp_path / "lot.pdf", progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 25) and calls[-1] == (25, 25) and len(calls) >= 3
    assert len(PdfReader(path).pages) == 25

    # WHEN the callback raises (the user cancelled)
    def cancel(done, total):
        if done >= 10:
            raise Cancelled()

    target = tmp_path / "annule.pdf"
    with pytest.raises(Cancelled):
        write_letters([SHORT] * 25, LETTERHEAD, target, progress=cancel)
    # THEN no file is left behind, not even a half-written temporary one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lot.pdf"]


def test_a_readable_logo_is_drawn_and_an_unreadable_one_is_skipped(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (31, 58, 95)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_text("not an image")
    with_logo = letter_bytes(SHORT, replace(LETTERHEAD, logo=logo))
    without = letter_bytes(SHORT, replace(LETTERHEAD, logo=broken))
    assert with_logo.startswith(b"%PDF") and without.startswith(b"%PDF")
    assert b"/Subtype /Image" in with_logo
    assert b"/Subtype /Image" not in without


def test_broken_markup_is_printed_as_text_and_an_empty_subject_is_left_out(tmp_path):
    letter = replace(SHORT, subject="", body=("Usinage <b>de précision & décolletage", "Fin."))
    path = write_letters([letter], LETTERHEAD, tmp_path / "balises.pdf")
    [text] = pages_text(path)
    assert "Usinage <b>de précision & décolletage" in text
    assert translate("Letters", SUBJECT_LINE).format(subject="").strip() not in text


def test_no_letter_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        write_letters([], LETTERHEAD, tmp_path / "vide.pdf")
