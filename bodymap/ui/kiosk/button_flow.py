"""A row of kiosk buttons that wraps onto more rows when the screen is too narrow for it,
so no button is ever cut or squeezed below the width its words need."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget


class ButtonFlow(QWidget):
    """Buttons in as many equal columns as fit the width; the rest wrap below. Each button
    keeps at least the width its text needs (its size hint)."""

    def __init__(self, buttons: list[QPushButton], spacing: int = 10,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0
        for button in buttons:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._arrange(len(buttons))

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width`: every button at least as wide as the widest
        one needs."""
        widest = max((max(b.sizeHint().width(), b.minimumWidth()) for b in self.buttons
                      if not b.isHidden()), default=1)
        spacing = self.grid.horizontalSpacing()
        return max(1, min(len(self.buttons), (width + spacing) // (widest + spacing)))

    def _arrange(self, columns: int) -> None:
        # The height is fixed to what the rows need, so the layouts above give it exactly
        # that (Qt's height-for-width does not reach through every layout).
        rows = -(-len(self.buttons) // columns)
        tallest = max((max(b.sizeHint().height(), b.minimumHeight()) for b in self.buttons),
                      default=0)
        self.setFixedHeight(rows * tallest + (rows - 1) * self.grid.verticalSpacing())
        if columns == self.columns:
            return
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
        self.updateGeometry()

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widest = max((b.sizeHint().width() for b in self.buttons), default=0)
        hint.setWidth(widest)  # one column is always possible
        return hint

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The kiosk's style sheet reaches the buttons when they are first shown (polished);
        # their size hints, and so the rows' height, change then.
        super().showEvent(event)
        self.columns = 0
        self._arrange(self.columns_for(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(self.columns_for(event.size().width()))
