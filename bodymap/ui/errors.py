"""What happens when code fails at run time: the error is logged and shown, and the app
carries on (a kiosk goes back to its home screen instead of showing a dialog)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("bodymap")


class ErrorReporter:
    """Installed as sys.excepthook while the app runs. PySide routes exceptions raised in
    slots and event handlers here instead of aborting."""

    def __init__(self, show: Callable[[str, str], None] | None = None) -> None:
        self.show = show
        self.recorded: list[str] = []
        self._previous: Callable[..., object] | None = None

    def install(self) -> ErrorReporter:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous is not None:
                self._previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        self.recorded.append(details)
        log.error("unexpected error\n%s", details)
        print(details, file=sys.stderr)
        if self.show is not None:
            try:
                self.show(f"{kind.__name__}: {error}", details)
            except Exception:  # noqa: BLE001 - a failing error dialog must not recurse
                log.exception("could not show the error")


def dialog_shower(parent) -> Callable[[str, str], None]:
    """Show the error in a non-blocking message box over `parent`."""

    def show(summary: str, details: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "bodymap — something went wrong",
                          "Something went wrong, but bodymap is still running. What you were "
                          f"doing may not have finished.\n\n{summary}",
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote the data file
        box.setDetailedText(details)
        box.setModal(False)
        box.show()

    return show


def tell_failure(parent, title: str, text: str):
    """A window-modal warning that does not block the caller (so tests and the idle timer
    keep running); returns the box. The text is shown as plain text: it may hold a file name
    or other text the user typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
