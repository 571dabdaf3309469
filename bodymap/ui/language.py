"""The interface's language: Qt translators for bodymap's own strings (compiled .qm files in
bodymap/assets/i18n) and for Qt's (its dialogs' buttons: PySide6's qtbase_*.qm).

Which language: `bodymap --lang CODE`, else the choice remembered in the settings (never in
a kiosk, which stores nothing), else the system's locale if bodymap has it, else English.
docs/translating.md tells how the files are made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bodymap import resources
from bodymap.domain.translations import LANGUAGES, SOURCE_LANGUAGE, normalise_language
from bodymap.ui.app_settings import LANGUAGE, AppSettings

SETTINGS_KEY = LANGUAGE.key
# The object name of the translators bodymap installs, so a change of language can find
# and remove them (they are children of the application, which keeps them alive).
TRANSLATOR_NAME = "bodymap-translator"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that bodymap has, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = normalise_language(name)
        if code is not None and code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def remembered_language(settings: AppSettings) -> str | None:
    value = settings.get(LANGUAGE)
    code = normalise_language(value) if isinstance(value, str) else None
    return code if code in LANGUAGES else None


def remember_language(settings: AppSettings, code: str) -> None:
    settings.set(LANGUAGE, code)


def chosen_language(requested: str | None, settings: AppSettings | None) -> str:
    """--lang, else the remembered choice (None: a kiosk, which remembers nothing), else
    the system's language."""
    if requested:
        return requested
    if settings is not None:
        remembered = remembered_language(settings)
        if remembered:
            return remembered
    return system_language()


def qt_translations_folder() -> str:
    """Where Qt's own translations are (PySide6's wheel ships them)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(code: str) -> list[str]:
    """Make `code` the interface's language: replace bodymap's translators, set the default
    locale (numbers, paper size) and the layout direction. Returns the .qm files loaded.
    Widgets hear of the change through QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    loaded: list[str] = []
    if code != SOURCE_LANGUAGE:
        for name, folder in ((f"bodymap_{code}", str(resources.UI_TRANSLATIONS_DIR)),
                             (f"qtbase_{code}", qt_translations_folder())):
            translator = QTranslator(app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(name, folder):
                app.installTranslator(translator)
                loaded.append(translator.filePath())
            else:
                translator.setParent(None)
    set_layout_direction(locale)
    return loaded


def set_layout_direction(locale: QLocale) -> None:
    """Right to left for Arabic, Hebrew and the like; left to right otherwise."""
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())


def translated_reference(reference, code: str):
    """The reference with its patient register in `code`; the English one, with the
    problems printed, if the language's files are malformed (a broken translation must
    not stop the app)."""
    import sys

    from bodymap.atlas.translated import translate_reference
    from bodymap.domain.problems import DataError

    try:
        return translate_reference(reference, code)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return reference


def add_language_menu(parent_menu, current: str, chosen) -> dict:
    """View > Language: each language under its own name (a reader of it finds it whatever
    the current language), the current one checked; `chosen(code)` on a pick. Returns the
    actions by language code."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QActionGroup

    menu = parent_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(menu)
    actions = {}
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: chosen(c))
        actions[code] = action
    return actions
