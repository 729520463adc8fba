"""The sender of the letters (cluster name, address, logo, signatory) and the envelope window, as
shared settings in the database."""

from __future__ import annotations

from pathlib import Path

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.documents.letter_model import EnvelopeWindow, Letterhead
from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.introductions import parse_check_up_months
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.settings import (
    CHECK_UP_MONTHS,
    CHECK_UP_MONTHS_FIELD,
    CHECK_UP_MONTHS_PROBLEM,
    CLUSTER_NAME,
)

ADDRESS = "cluster.address"  # several lines
PHONE = "cluster.phone"
EMAIL = "cluster.email"
WEBSITE = "cluster.website"
LOGO = "cluster.logo"  # a file path
PLACE = "letters.place"
SIGNATORY_NAME = "letters.signatory_name"
SIGNATORY_TITLE = "letters.signatory_title"
WINDOW_LEFT = "letters.window_left_mm"
WINDOW_TOP = "letters.window_top_mm"
WINDOW_WIDTH = "letters.window_width_mm"
WINDOW_HEIGHT = "letters.window_height_mm"
TEXT_KEYS = (CLUSTER_NAME, ADDRESS, PHONE, EMAIL, WEBSITE, LOGO, PLACE, SIGNATORY_NAME, SIGNATORY_TITLE)
# key, smallest and largest value in millimetres (an A4 page is 210 × 297 mm)
WINDOW_KEYS = ((WINDOW_LEFT, 0, 190), (WINDOW_TOP, 0, 250), (WINDOW_WIDTH, 40, 120), (WINDOW_HEIGHT, 20, 60))


def get_letterhead(uow: UnitOfWork) -> Letterhead:
    with uow:
        values = uow.settings.all()
    default = EnvelopeWindow()
    window = EnvelopeWindow(
        left_mm=_number(values.get(WINDOW_LEFT), default.left_mm),
        top_mm=_number(values.get(WINDOW_TOP), default.top_mm),
        width_mm=_number(values.get(WINDOW_WIDTH), default.width_mm),
        height_mm=_number(values.get(WINDOW_HEIGHT), default.height_mm),
    )
    logo = values.get(LOGO, "").strip()
    return Letterhead(
        name=values.get(CLUSTER_NAME, "").strip() or "Cluster",
        address_lines=tuple(line.strip() for line in values.get(ADDRESS, "").splitlines() if line.strip()),
        phone=values.get(PHONE, "").strip(),
        email=values.get(EMAIL, "").strip(),
        website=values.get(WEBSITE, "").strip(),
        logo=Path(logo) if logo else None,
        place=values.get(PLACE, "").strip(),
        signatory_name=values.get(SIGNATORY_NAME, "").strip(),
        signatory_title=values.get(SIGNATORY_TITLE, "").strip(),
        window=window,
    )


def save_letterhead(values: dict[str, str], uow: UnitOfWork) -> Letterhead:
    """Store the given keys (TEXT_KEYS and WINDOW_KEYS); window positions are checked first."""
    problems = letterhead_problems(values)
    if problems:
        raise ValidationFailed(problems)
    with uow:
        _store(values, uow)
        uow.commit()
    return get_letterhead(uow)


def save_preferences(letterhead: dict[str, str], check_up_months: str, uow: UnitOfWork) -> None:
    """The preferences' one save: the letterhead and the introductions' check-up months, every
    problem reported at once and nothing stored unless all are right."""
    problems = letterhead_problems(letterhead)
    try:
        months = parse_check_up_months(check_up_months)
    except ValueError:
        problems.append(Problem(CHECK_UP_MONTHS_FIELD, CHECK_UP_MONTHS_PROBLEM))
    if problems:
        raise ValidationFailed(problems)
    with uow:
        _store(letterhead, uow)
        uow.settings.set(CHECK_UP_MONTHS, ", ".join(str(m) for m in months))
        uow.commit()


def letterhead_problems(values: dict[str, str]) -> list[Problem]:
    problems = []
    for key, low, high in WINDOW_KEYS:
        if key not in values:
            continue
        text = values[key].replace(",", ".").strip()
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            message = QT_TRANSLATE_NOOP("Errors", "Give a number of millimetres between {low} and {high}.")
            problems.append(Problem(key, message, {"low": low, "high": high}))
    logo = values.get(LOGO, "").strip()
    if logo and not Path(logo).is_file():
        problems.append(
            Problem(LOGO, QT_TRANSLATE_NOOP("Errors", "This file cannot be read: {path}."), {"path": logo})
        )
    return problems


def _store(values: dict[str, str], uow: UnitOfWork) -> None:
    for key, value in values.items():
        uow.settings.set(key, value.strip() if key != ADDRESS else value.strip("\n"))


def _number(text: str | None, default: float) -> float:
    try:
        return float((text or "").replace(",", "."))
    except ValueError:
        return default
