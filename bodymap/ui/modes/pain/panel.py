"""The side panel of 'Where does it hurt?': drawing tools, pain extent and the ranked list
of muscles that may be causing the pain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.candidate_words import plain_reason
from bodymap.domain.model import MuscleSide
from bodymap.ui.choice_buttons import add_choice_buttons
from bodymap.ui.docs_link import lookup_docs_url
from bodymap.ui.markup import escape
from bodymap.ui.modes.pain.candidate_row import CandidateRow
from bodymap.ui.modes.pain.session import PainSession
from bodymap.ui.plain_text import plain_tooltip

ROW_PADDING = 6  # the list item's padding in style.py, around each candidate row
TOOL_BUTTONS = (("brush", "Brush", "Paint where it hurts (D)", "D"),
                ("eraser", "Eraser", "Rub out part of the drawing (E)", "E"),
                ("tap", "Tap regions", "Tap a body region to mark all of it (T)", "T"))
SENSATION_BUTTONS = (("pain", "Pain", "What is drawn next is pain"),
                     ("tingling", "Tingling", "What is drawn next is tingling or pins and "
                                              "needles"),
                     ("numbness", "Numbness", "What is drawn next is numbness"))


class PainPanel(QWidget):
    candidate_chosen = Signal(object)  # MuscleSide
    export_requested = Signal()
    heat_map_requested = Signal()

    def __init__(self, session: PainSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("painPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        title = QLabel("Where does it hurt?")
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        hint = QLabel("Paint or tap where the pain is felt, on the back and the front, or "
                      "on the soles (<b>Soles</b>). "
                      "Left and right are the <b>patient's</b>, as labelled over each figure.")
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)

        tools = QHBoxLayout()
        tools.setSpacing(0)
        self.tool_group = add_choice_buttons(
            self, tools, [(tool, text, key, tip) for tool, text, tip, key in TOOL_BUTTONS],
            session.set_tool, "tool", segmented=True)
        tools.addStretch(1)
        layout.addLayout(tools)

        size_row = QHBoxLayout()
        size_row.addWidget(QLabel("Brush size"))
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(4, 50)
        self.size_slider.setValue(int(session.radius))
        self.size_slider.setAccessibleName("Brush size")
        self.size_slider.valueChanged.connect(lambda v: session.set_radius(float(v)))
        size_row.addWidget(self.size_slider, 1)
        layout.addLayout(size_row)

        # What the next strokes record: how strong (0-10) and which sensation.
        sensations = QHBoxLayout()
        sensations.setSpacing(0)
        self.sensation_group = add_choice_buttons(
            self, sensations, [(v, text, "", tip) for v, text, tip in SENSATION_BUTTONS],
            session.set_sensation, "sensation", segmented=True)
        sensations.addStretch(1)
        layout.addLayout(sensations)
        intensity_row = QHBoxLayout()
        intensity_row.addWidget(QLabel("Intensity"))
        self.intensity_slider = QSlider(Qt.Orientation.Horizontal)
        self.intensity_slider.setRange(0, 10)
        self.intensity_slider.setPageStep(1)
        self.intensity_slider.setValue(session.intensity)
        self.intensity_slider.setAccessibleName("Intensity of what is drawn next, 0 to 10")
        self.intensity_value = QLabel(f"{session.intensity}/10")
        self.intensity_value.setMinimumWidth(36)
        self.intensity_slider.valueChanged.connect(self._intensity_changed)
        intensity_row.addWidget(self.intensity_slider, 1)
        intensity_row.addWidget(self.intensity_value)
        layout.addLayout(intensity_row)

        actions = QHBoxLayout()
        # The keys (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) belong to the Edit menu's Undo and Redo
        # (desk.py): a button holding the same key would make it ambiguous.
        for text, tip, slot in (("Undo", "Undo the last stroke (Ctrl+Z)", session.undo),
                                ("Redo", "Redo (Ctrl+Shift+Z or Ctrl+Y)", session.redo),
                                ("Clear", "Clear the whole drawing", session.clear)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            actions.addWidget(button)
            setattr(self, f"{text.lower()}_button", button)
        layout.addLayout(actions)

        self.extent_label = QLabel()
        self.extent_label.setWordWrap(True)
        self.extent_label.setObjectName("extent")
        layout.addWidget(self.extent_label)

        heading = QLabel("Muscles that may refer pain there")
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName("Candidate muscles, best match first")
        self.candidates.setWordWrap(True)
        self.candidates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidates.setSpacing(2)
        self.candidates.currentItemChanged.connect(self._chosen)
        layout.addWidget(self.candidates, 1)
        note = QLabel("A ranking is a prompt for examination, not a diagnosis: referral "
                      f"patterns vary between people. <a href='{lookup_docs_url().toString()}'>"
                      "How the ranking is computed</a>")
        note.setWordWrap(True)
        note.setObjectName("hint")
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setOpenExternalLinks(False)
        note.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.docs_note = note
        layout.addWidget(note)

        self.patient_reference = QLineEdit()
        self.patient_reference.setPlaceholderText("Patient reference (optional, saved with "
                                                  "the export)")
        self.patient_reference.setAccessibleName("Patient reference")
        self.patient_reference.setMaxLength(200)
        self.patient_reference.textChanged.connect(
            lambda text: setattr(session, "patient_reference", text))
        layout.addWidget(self.patient_reference)

        bottom = QHBoxLayout()
        self.heat_map_button = QPushButton("Heat map…")
        self.heat_map_button.setToolTip("How well each point is explained by the top "
                                        "candidates, or where all muscles refer pain")
        self.heat_map_button.clicked.connect(self.heat_map_requested.emit)
        self.export_button = QPushButton("Export drawing…")
        self.export_button.setToolTip("Save the drawing as PNG, its record as JSON and its "
                                      "regions as CSV (docs/pain-drawing-record.md)")
        self.export_button.clicked.connect(self.export_requested.emit)
        bottom.addWidget(self.heat_map_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

        session.drawing_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        dataset = session.scene.reference.dataset
        extent = session.extent
        if session.canvas.is_empty():
            self.extent_label.setText("Nothing drawn yet.")
        else:
            labels = "; ".join(f"{dataset.regions[k.region_id].label} ({k.side})"
                               for k in extent.regions[:8])
            more = len(extent.regions) - 8
            self.extent_label.setText(
                f"<b>Pain extent:</b> {extent.percent_of_body:.1f}% of the body area drawn"
                + (f"<br><b>Regions:</b> {escape(labels)}" if labels else "")
                + (f" and {more} more" if more > 0 else ""))
        current = self.current_candidate()
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for rank, candidate in enumerate(session.candidates[:15], start=1):
            name = dataset.muscle(candidate.key.muscle_id).display_name(candidate.key.side)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, candidate.key)
            # Screen readers and the keyboard read the item's text; the row draws it.
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{rank}. {name}. {plain_reason(candidate, QCoreApplication.translate)}")
            item.setToolTip(plain_tooltip(candidate.why(QCoreApplication.translate)))
            self.candidates.addItem(item)
            self.candidates.setItemWidget(item, CandidateRow(rank, name, candidate))
            if candidate.key == current:
                self.candidates.setCurrentItem(item)
        self.candidates.blockSignals(False)
        self._fit_rows()
        self.export_button.setEnabled(not session.canvas.is_empty())
        if self.patient_reference.text() != session.patient_reference:  # a drawing opened
            self.patient_reference.setText(session.patient_reference)

    def _intensity_changed(self, value: int) -> None:
        self.session.set_intensity(value)
        self.intensity_value.setText(f"{value}/10")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Give each row the height its wrapped text needs at the list's current width."""
        width = max(120, self.candidates.viewport().width() - 2 * ROW_PADDING - 4)
        for i in range(self.candidates.count()):
            item = self.candidates.item(i)
            row = self.candidates.itemWidget(item)
            layout = row.layout() if row is not None else None
            if layout is not None:
                height = layout.totalHeightForWidth(width) + 2 * ROW_PADDING + 2
                item.setSizeHint(QSize(width, height))

    def current_candidate(self) -> MuscleSide | None:
        item = self.candidates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.candidate_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
