"""Whether the kiosk has a printer to send a page to."""

from __future__ import annotations


def default_printer_available() -> bool:
    """True when the system names a default printer (or at least one printer). Qt's print
    support is imported only when a visitor asks to print."""
    from PySide6.QtPrintSupport import QPrinterInfo

    if not QPrinterInfo.defaultPrinter().isNull():
        return True
    return bool(QPrinterInfo.availablePrinters())
