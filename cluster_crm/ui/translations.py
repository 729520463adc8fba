"""Load the interface's translation (French by default) and Qt's own, and share it with the core."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cluster_crm import i18n
from cluster_crm.config import resource_path

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        i18n.set_translator(lambda context, text: text, language)
        return
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"cluster_crm_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", qt_dir),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    i18n.set_translator(QCoreApplication.translate, language)
