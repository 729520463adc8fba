"""French postal address blocks (AFNOR NF Z10-011): at most 6 lines of at most 38 characters.

``address_block(address)`` gives the lines as they are printed in a window envelope or on a label;
``address_problem(address)`` says, in words a user can act on, why an address cannot be used for a
letter (None when it can).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cluster_crm.domain.address import is_france, town_line
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate

MAX_LINES = 6
MAX_LINES_ABROAD = 7  # La Poste: 6 lines, plus the country's for an address abroad
MAX_LENGTH = 38

NO_RECIPIENT = QT_TRANSLATE_NOOP("Errors", "Incomplete postal address: no recipient")
NO_STREET = QT_TRANSLATE_NOOP("Errors", "Incomplete postal address: no street nor locality")
NO_POSTCODE = QT_TRANSLATE_NOOP("Errors", "Incomplete postal address: no postcode")
BAD_POSTCODE = QT_TRANSLATE_NOOP(
    "Errors", "Incorrect postal address: a French postcode has 5 digits ({postcode})"
)
NO_TOWN = QT_TRANSLATE_NOOP("Errors", "Incomplete postal address: no town")

# AFNOR / La Poste abbreviations, in the order they are tried when a line is too long: street
# types first (they save the most), then titles and saints, then the words of buildings and zones.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("ZONE INDUSTRIELLE", "ZI"),
    ("ZONE D ACTIVITES", "ZA"),
    ("ZONE D ACTIVITE", "ZA"),
    ("ZONE ARTISANALE", "ZA"),
    ("ZONE D AMENAGEMENT CONCERTE", "ZAC"),
    ("CENTRE COMMERCIAL", "CCAL"),
    ("BOULEVARD", "BD"),
    ("AVENUE", "AV"),
    ("FAUBOURG", "FG"),
    ("CHEMIN", "CHE"),
    ("CHAUSSEE", "CHS"),
    ("IMPASSE", "IMP"),
    ("LOTISSEMENT", "LOT"),
    ("PROMENADE", "PROM"),
    ("RESIDENCE", "RES"),
    ("ROND POINT", "RPT"),
    ("CARREFOUR", "CAR"),
    ("ESPLANADE", "ESP"),
    ("PASSAGE", "PAS"),
    ("QUARTIER", "QUA"),
    ("SQUARE", "SQ"),
    ("ROUTE", "RTE"),
    ("PLACE", "PL"),
    ("ALLEE", "ALL"),
    ("COURS", "CRS"),
    ("HAMEAU", "HAM"),
    ("MONTEE", "MTE"),
    ("RUELLE", "RLE"),
    ("SAINTE", "STE"),
    ("SAINT", "ST"),
    ("GENERAL", "GAL"),
    ("MARECHAL", "MAL"),
    ("PRESIDENT", "PDT"),
    ("PROFESSEUR", "PR"),
    ("DOCTEUR", "DR"),
    ("COMMANDANT", "CDT"),
    ("CAPITAINE", "CNE"),
    ("LIEUTENANT", "LT"),
    ("NOTRE DAME", "ND"),
    ("IMMEUBLE", "IMM"),
    ("BATIMENT", "BAT"),
    ("ESCALIER", "ESC"),
    ("APPARTEMENT", "APP"),
    ("BOITE POSTALE", "BP"),
)
_HANGING = frozenset("a au aux d de des du en et l la le les ou sous sur".split())
_TOWN_ABBREVIATIONS = (("SAINTE", "STE"), ("SAINT", "ST"))
_PUNCTUATION = re.compile(r"[,.;:!?\"«»“”()\[\]_*]")
_SEPARATORS = re.compile(r"[-'’‐–—]")


@dataclass(frozen=True)
class PostalAddress:
    """What an address block is made of, in AFNOR's order of lines."""

    recipient: str  # line 1: the organisation's name (or the person's, for a private address)
    attention: str = ""  # line 2: the person or the department, e.g. « Madame Claire MARTIN »
    building: str = ""  # line 3: building, staircase, business park
    street: str = ""  # line 4: number and street
    locality: str = ""  # line 5: BP, lieu-dit
    postcode: str = ""
    town: str = ""
    cedex: str = ""  # « CEDEX 1 » or ""
    country: str = "France"


def address_block(address: PostalAddress) -> list[str]:
    """The lines of the block, none longer than 38 characters, empty ones left out; lines 4 on in
    capitals without accents nor punctuation; the country last for an address abroad."""
    france = is_france(address.country)
    town = _town(address)
    lines: list[tuple[int, str]] = [
        (1, cut(collapse_spaces(address.recipient))),  # names are cut, never abbreviated
        (2, cut(collapse_spaces(address.attention))),
        (3, fitted(collapse_spaces(address.building))),
        (4, fitted(postal_caps(address.street))),
        (5, fitted(postal_caps(address.locality))),
        (6, town),
    ]
    if not france:
        lines.append((7, fitted(postal_caps(address.country))))
    kept = [(number, text) for number, text in lines if text]
    limit = MAX_LINES if france else MAX_LINES_ABROAD
    for dropped in (3, 5):  # the building first, then the BP or lieu-dit
        if len(kept) > limit:
            kept = [(number, text) for number, text in kept if number != dropped]
    return [text for _, text in kept]


def address_problem(address: PostalAddress) -> str | None:
    """Why a letter cannot be sent to ``address``, translated; None when it can."""
    postcode = collapse_spaces(address.postcode)
    if not collapse_spaces(address.recipient):
        return translate("Errors", NO_RECIPIENT)
    if not collapse_spaces(address.street) and not collapse_spaces(address.locality):
        return translate("Errors", NO_STREET)
    if is_france(address.country):
        if not postcode:
            return translate("Errors", NO_POSTCODE)
        if not re.fullmatch(r"\d{5}", postcode.replace(" ", "")):
            return translate("Errors", BAD_POSTCODE).format(postcode=postcode)
    if not collapse_spaces(address.town):
        return translate("Errors", NO_TOWN)
    return None


def postal_caps(text: str) -> str:
    """``"12, rue de l'Église"`` → ``"12 RUE DE L EGLISE"``: capitals, no accents, no punctuation."""
    plain = _SEPARATORS.sub(" ", _PUNCTUATION.sub(" ", text or ""))
    return collapse_spaces(fold(plain).upper())


def fitted(line: str, width: int = MAX_LENGTH) -> str:
    """``line`` as it is when it fits; else with AFNOR's abbreviations, one at a time, then cut at a
    word boundary."""
    if len(line) <= width:
        return line
    for long, short in ABBREVIATIONS:
        line = _abbreviate(line, long, short)
        if len(line) <= width:
            return line
    return cut(line, width)


def cut(line: str, width: int = MAX_LENGTH) -> str:
    """The words of ``line`` that fit in ``width`` characters (a lone long word is cut inside)."""
    if len(line) <= width:
        return line
    words: list[str] = []
    for word in line.split(" "):
        if len(" ".join([*words, word])) > width:
            break
        words.append(word)
    while (
        len(words) > 1 and fold(words[-1]).strip("'’") in _HANGING
    ):  # « … du Roumois et » → « … du Roumois »
        words.pop()
    return " ".join(words) or line[:width]


def _town(address: PostalAddress) -> str:
    postcode = collapse_spaces(address.postcode)
    if is_france(address.country):
        postcode = postcode.replace(" ", "")
    cedex = postal_caps(address.cedex)
    line = town_line(postcode, postal_caps(address.town), cedex)
    if len(line) <= MAX_LENGTH:
        return line
    town = postal_caps(address.town)
    for long, short in _TOWN_ABBREVIATIONS:
        town = _abbreviate(town, long, short)
    room = MAX_LENGTH - sum(len(p) + 1 for p in (postcode, cedex) if p)
    return town_line(postcode, cut(town, max(room, 1)), cedex)


def _abbreviate(line: str, long: str, short: str) -> str:
    """Replace the whole words ``long`` (capitals, no accents; a space also matches a hyphen or an
    apostrophe) by ``short``, whatever the case and accents of ``line``."""
    folded, starts = _folded_with_positions(line)
    pattern = r"(?<![A-Z0-9])" + r"[\s'’-]+".join(map(re.escape, long.split())) + r"(?![A-Z0-9])"
    pieces, last = [], 0
    for match in re.finditer(pattern, folded):
        pieces.append(line[last : starts[match.start()]])
        pieces.append(short)
        last = starts[match.end()]
    if not pieces:
        return line
    pieces.append(line[last:])
    return "".join(pieces)


def _folded_with_positions(line: str) -> tuple[str, list[int]]:
    """The line in capitals without accents, and for each of its characters (and its end) the
    position in ``line`` of the character it comes from."""
    folded: list[str] = []
    starts: list[int] = []
    for position, character in enumerate(line):
        plain = fold(character).upper() or character
        folded.append(plain)
        starts.extend([position] * len(plain))
    starts.append(len(line))
    return "".join(folded), starts
