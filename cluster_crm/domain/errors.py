"""Domain errors: what went wrong, in words a user can act on, and which field it concerns."""

from __future__ import annotations

from dataclasses import dataclass, field

from cluster_crm.i18n import translate


@dataclass(frozen=True)
class Problem:
    """One invalid value: the form field it belongs to and an English source text with parameters."""

    field: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self) -> str:
        return translate("Errors", self.text).format(**self.params)


class DomainError(Exception):
    """A rule refused the action; ``message()`` says why in the user's language."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text.format(**params))
        self.text = text
        self.params = params

    def message(self) -> str:
        return translate("Errors", self.text).format(**self.params)


class NotFound(DomainError):
    pass


class ValidationFailed(DomainError):
    """Several fields may be wrong at once; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.text.format(**p.params) for p in problems))

    def message(self) -> str:
        return "\n".join(p.message() for p in self.problems)

    def for_field(self, name: str) -> str | None:
        return next((p.message() for p in self.problems if p.field == name), None)


class Validator:
    """Collects problems while a form's values are cleaned, then raises them all together."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def check(self, field_name: str, clean, value):  # type: ignore[no-untyped-def]
        """Return ``clean(value)``, or None after recording the Problem it raised."""
        try:
            return clean(value)
        except InvalidValue as error:
            self.problems.append(Problem(field_name, error.text, error.params))
            return None

    def add(self, field_name: str, text: str, **params: object) -> None:
        self.problems.append(Problem(field_name, text, params))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationFailed(self.problems)


class NeedsConfirmation(DomainError):
    """The action is allowed but unusual: the user must confirm it after reading the warnings."""

    def __init__(self, warnings: list[Problem]) -> None:
        self.warnings = warnings
        super().__init__("; ".join(w.text.format(**w.params) for w in warnings))

    def message(self) -> str:
        return "\n".join(w.message() for w in self.warnings)


class InvalidValue(DomainError):
    """A single value that cannot be accepted (raised by the value objects' parsers)."""
