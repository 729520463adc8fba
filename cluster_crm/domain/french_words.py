"""French words for matchmaking: tokens, stop words and a light stemmer (« usinage » meets « usiner »)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from cluster_crm.domain.text import fold

_TOKEN = re.compile(r"[^\W_]+")
MIN_STEM = 4  # a suffix goes only if at least this much of the word is left
MIN_WORD = 2  # "IA" counts, "5" does not
ACRONYM_MAX = 4  # "IA", "CN", "ERP" are shown in capitals; "USINAGE" (SIRENE names) is not

STOP_WORDS = frozenset(
    """
    a ai aie ainsi alors apres au aucun aupres aussi autre autres aux avant avec avoir ayant bien c ca
    car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci comme comment d dans
    de des deja depuis donc dont du durant elle elles en encore entre et etc etre eu eux fait faire
    il ils j je jusqu l la le les leur leurs lors lui m ma mais me meme mes moi moins mon n ne ni nos
    notre nous on ont or ou par parmi pas pendant peu peut plus pour pourquoi puis qu quand que quel
    quelle quelles quels qui quoi s sa sans se selon ses si soit son sont sous sur t ta te tel telle
    tels telles tes toi ton tous tout toute toutes tres tu un une unes uns vers via voici voila vos
    votre vous y
    """.split()
)
# How needs are worded rather than what they are about: « recherche un partenaire / prestataire… ».
NEED_PHRASING = frozenset(
    """
    besoin besoins cherche cherchons souhaite souhaitons partenaire partenaires prestataire
    prestataires fournisseur fournisseurs entreprise entreprises societe societes pme
    """.split()
)

# Endings removed from a singular word, longest first (one only); "ie" becomes "i" so that
# « industrie » meets « industriel ». Chosen so that « usine » (a plant) stays apart from
# « usinage » / « usiner » (machining).
_SUFFIXES = tuple(
    sorted(
        {
            "issement": "", "isation": "", "icienne": "", "atrice": "", "icien": "", "ation": "",
            "ateur": "", "ement": "", "elle": "", "euse": "", "erie": "", "iere": "", "isme": "",
            "iste": "", "ique": "", "isee": "", "iser": "", "ise": "", "ier": "", "eur": "", "eux": "",
            "age": "", "ure": "", "ion": "", "ive": "", "ale": "", "ite": "", "ee": "", "er": "",
            "el": "", "al": "", "if": "", "ie": "i",
        }.items(),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip


def singular(word: str) -> str:
    """``"donnees"`` → ``"donnee"``, ``"medicaux"`` → ``"medical"``, ``"reseaux"`` → ``"reseau"``."""
    if len(word) < 4:
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux") and len(word) >= 5:
        return word[:-3] + "al"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stem(word: str) -> str:
    """The stem of a folded word: ``"usinages"``, ``"usiner"`` → ``"usin"``; ``"donnees"`` → ``"donn"``."""
    word = singular(word)
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)] + replacement
    return word


@dataclass(frozen=True)
class Word:
    stem: str
    folded: str
    shown: str  # as written, in lower case unless an acronym such as "IA" or "CN"


@lru_cache(maxsize=200_000)
def _word(token: str) -> Word | None:
    folded = fold(token)
    found = _stem_of(folded)
    if found is None:
        return None
    acronym = token.isupper() and len(token) <= ACRONYM_MAX
    return Word(found, folded, token if acronym else token.lower())


def words(text: str) -> list[Word]:
    """The meaningful words of a text, in order, stop words left out."""
    found = []
    for token in _TOKEN.findall(text):
        word = _word(token)
        if word is not None:
            found.append(word)
    return found


def stems(text: str) -> dict[str, Word]:
    """Each stem of a text with its first occurrence."""
    found: dict[str, Word] = {}
    for token in dict.fromkeys(_TOKEN.findall(text)):
        word = _word(token)
        if word is not None and word.stem not in found:
            found[word.stem] = word
    return found


# What NFKD does not take apart, and signs that separate words (dropped, they would glue them).
_BEFORE_FOLDING = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'"}
_BEFORE_FOLDING.update(dict.fromkeys("\u00a0\u202f«»–—…", " "))
_SPECIAL = re.compile("[" + "".join(_BEFORE_FOLDING) + "]")


def _special(match: re.Match[str]) -> str:
    return _BEFORE_FOLDING[match.group()]


def quick_fold(text: str) -> str:
    """``fold(text)`` as the tokeniser needs it (letters without accents, in lower case), in C:
    NFKD, then ASCII; other scripts are left out."""
    if text.isascii():
        return text.lower()
    text = _SPECIAL.sub(_special, text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


@lru_cache(maxsize=200_000)
def _stem_of(folded: str) -> str | None:
    if len(folded) < MIN_WORD or folded in STOP_WORDS or (folded.isdigit() and len(folded) < 3):
        return None
    return stem(folded)


class WordFinder:
    """Finds the words of some stems in texts, whatever their accents and case, without stemming
    every word: one regular expression on the folded text picks the words that start like them."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        """``prefixes``: stem → a prefix every word of that stem starts with (``search_prefix``)."""
        self.stems = frozenset(prefixes)
        alternatives = sorted(set(prefixes.values()), key=lambda p: (-len(p), p))
        pattern = "|".join(re.escape(p) for p in alternatives)
        self._regex = re.compile(rf"(?<![a-z0-9])(?:{pattern})[a-z0-9]*") if pattern else None

    def stems_in(self, text: str) -> set[str]:
        """Which of the stems ``text`` has a word of."""
        if self._regex is None or not text:
            return set()
        found = {_stem_of(token) for token in self._regex.findall(quick_fold(text))}
        return {s for s in found if s in self.stems}

    def find(self, text: str) -> dict[str, Word]:
        """stem → its first word in ``text``, as written (slower: for the texts shown)."""
        if not self.stems_in(text):
            return {}
        return {stem: word for stem, word in stems(text).items() if stem in self.stems}


def search_prefix(word: Word) -> str:
    """What a full-text prefix query looks for so that every form of the word matches: the stem,
    cut back to what it shares with the word (« journaux » → « journal » → "journa")."""
    prefix = word.stem
    while prefix and not word.folded.startswith(prefix):
        prefix = prefix[:-1]
    return prefix or word.folded
