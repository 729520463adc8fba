"""Where French towns are (GeoNames coordinates shipped in resources/geo) and how far apart they lie."""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from cluster_crm.config import resource_path
from cluster_crm.domain.text import fold

EARTH_RADIUS_KM = 6371.0
_WORD = re.compile(r"[0-9a-z]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
_ARTICLES = frozenset({"le", "la", "les", "l"})


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float


def town_key(name: str) -> str:
    """The form towns are looked up by: ``"St-Étienne-du-Rouvray"`` → ``"saint etienne du rouvray"``;
    a leading article goes, since people write "Grand-Quevilly" for "Le Grand-Quevilly"."""
    words = [_ABBREVIATIONS.get(w, w) for w in _WORD.findall(fold(name))]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def department_of(postcode: str | None) -> str | None:
    """The département a postcode belongs to: ``"76410"`` → ``"76"``, ``"20090"`` → ``"2A"``,
    ``"97400"`` → ``"974"``; None when it is not a French postcode."""
    code = (postcode or "").replace(" ", "")
    if len(code) != 5 or not code.isdigit():
        return None
    if code.startswith("20"):  # Corsica: Corse-du-Sud up to 20190, Haute-Corse from 20200
        return "2A" if int(code) < 20200 else "2B"
    if code.startswith(("97", "98")):
        return code[:3]
    return code[:2]


@dataclass(frozen=True)
class _Gazetteer:
    by_town_and_department: dict[tuple[str, str], Place]
    by_town: dict[str, list[Place]]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    by_pair: dict[tuple[str, str], Place] = {}
    by_town: dict[str, list[Place]] = {}
    with resource_path("geo", "fr_towns.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            place = Place(float(row["lat"]), float(row["lon"]))
            pair = (row["town"], row["department"])
            if pair not in by_pair:
                by_pair[pair] = place
                by_town.setdefault(row["town"], []).append(place)
    return _Gazetteer(by_pair, by_town)


@lru_cache(maxsize=8192)  # matchmaking locates thousands of SMEs, in far fewer towns
def locate(town: str | None, postcode: str | None = None) -> Place | None:
    """A town's coordinates, told apart by the postcode's département; without one (or when the
    département does not know the town) the town alone, if only one town has that name."""
    key = town_key(town or "")
    if not key:
        return None
    gazetteer = _gazetteer()
    department = department_of(postcode)
    if department is not None:
        place = gazetteer.by_town_and_department.get((key, department))
        if place is not None:
            return place
    places = gazetteer.by_town.get(key, [])
    return places[0] if len(places) == 1 else None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle (haversine) distance."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
