"""NAF activity codes (INSEE) and their French labels, with the nomenclature they belong to."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from cluster_crm.config import resource_path
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.i18n import QT_TRANSLATE_NOOP

NAF_REV2 = "NAFRev2"
_CODE = re.compile(r"^(\d{2})\.?(\d{2})\s*([A-Za-z])$")


@lru_cache(maxsize=1)
def naf_rev2_labels() -> dict[str, str]:
    """All 732 sub-classes of NAF rév. 2: ``{"62.01Z": "Programmation informatique", …}``."""
    with resource_path("naf", "naf_rev2.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"]: " ".join(row["label"].split()) for row in csv.DictReader(f, delimiter=";")}


def clean_naf_code(value: str) -> str | None:
    """``"6201z"`` or ``"62.01 Z"`` → ``"62.01Z"``; InvalidValue when not a NAF rév. 2 code."""
    raw = (value or "").strip()
    if not raw:
        return None
    match = _CODE.match(raw.replace(" ", "") if len(raw) > 6 else raw)
    code = f"{match[1]}.{match[2]}{match[3].upper()}" if match else raw
    if code not in naf_rev2_labels():
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Errors", "Unknown NAF rev. 2 code: {value} (expected e.g. 62.01Z)."),
            value=raw,
        )
    return code


def naf_label(code: str | None) -> str:
    return naf_rev2_labels().get(code or "", "")
