"""The 21 sections (A–U) of NAF rév. 2 with INSEE's French labels, found from a code's division."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NafSection:
    letter: str
    label: str
    first_division: int
    last_division: int

    @property
    def title(self) -> str:
        """« C – Industrie manufacturière »."""
        return f"{self.letter} – {self.label}"


# INSEE, NAF rév. 2 (2008), niveau 1: each section groups a range of divisions (the first two digits).
NAF_SECTIONS: tuple[NafSection, ...] = (
    NafSection("A", "Agriculture, sylviculture et pêche", 1, 3),
    NafSection("B", "Industries extractives", 5, 9),
    NafSection("C", "Industrie manufacturière", 10, 33),
    NafSection(
        "D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné", 35, 35
    ),
    NafSection(
        "E",
        "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
        36,
        39,
    ),
    NafSection("F", "Construction", 41, 43),
    NafSection("G", "Commerce ; réparation d'automobiles et de motocycles", 45, 47),
    NafSection("H", "Transports et entreposage", 49, 53),
    NafSection("I", "Hébergement et restauration", 55, 56),
    NafSection("J", "Information et communication", 58, 63),
    NafSection("K", "Activités financières et d'assurance", 64, 66),
    NafSection("L", "Activités immobilières", 68, 68),
    NafSection("M", "Activités spécialisées, scientifiques et techniques", 69, 75),
    NafSection("N", "Activités de services administratifs et de soutien", 77, 82),
    NafSection("O", "Administration publique", 84, 84),
    NafSection("P", "Enseignement", 85, 85),
    NafSection("Q", "Santé humaine et action sociale", 86, 88),
    NafSection("R", "Arts, spectacles et activités récréatives", 90, 93),
    NafSection("S", "Autres activités de services", 94, 96),
    NafSection(
        "T",
        "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant "
        "que producteurs de biens et services pour usage propre",
        97,
        98,
    ),
    NafSection("U", "Activités extra-territoriales", 99, 99),
)
_BY_DIVISION = {
    division: section
    for section in NAF_SECTIONS
    for division in range(section.first_division, section.last_division + 1)
}
_BY_LETTER = {section.letter: section for section in NAF_SECTIONS}


def naf_section(code: str | None) -> NafSection | None:
    """The section of a NAF rév. 2 code (``"86.10Z"`` → Q), or None when it has no valid division."""
    division = (code or "").strip()[:2]
    return _BY_DIVISION.get(int(division)) if division.isdigit() else None


def section_by_letter(letter: str) -> NafSection:
    return _BY_LETTER[letter]
