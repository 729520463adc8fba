"""Translation of user-visible texts from the Qt-free core (errors, CLI messages).

Source texts are English and marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects
them into the same catalogue as the interface. The GUI installs Qt's translator here; the command
line reads the French catalogue directly, without Qt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from cluster_crm.config import resource_path

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name read by lupdate)
    return text


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"cluster_crm_{language}.ts")
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            catalogue[(name, message.findtext("source", ""))] = translation.text or ""
    return catalogue


def catalogue_translator(language: str) -> Translator:
    def translate(context: str, text: str) -> str:
        return _catalogue(language).get((context, text)) or text

    return translate


_translator: Translator = catalogue_translator("fr")
_language = "fr"


def set_translator(translator: Translator, language: str) -> None:
    global _translator, _language
    _translator = translator
    _language = language


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    return _translator(context, text)
