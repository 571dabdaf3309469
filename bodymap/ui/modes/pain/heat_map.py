"""Heat maps drawn with pyqtgraph (imported here, when the window first opens: it costs
about 0.6 s): how well each point of the body is explained by the top candidates of the
pain drawing, or, for students, where all the muscles in the reference refer pain."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.atlas.reference import Reference  # noqa: E402
from bodymap.domain.model import SIDES, RegionKey  # noqa: E402
from bodymap.ui.modes.pain.canvas import RegionRaster  # noqa: E402

TOP_CANDIDATES = 5
# viridis runs dark blue → green → yellow with monotonic lightness: readable in grey and
# under the common colour-vision deficiencies.
COLOUR_MAP = "viridis"


def region_values_to_image(rasters: dict[str, RegionRaster],
                           values: dict[RegionKey, float]) -> np.ndarray:
    """The figures of the pain drawing (back, front and the soles: Atlas.measured) side by
    side as one float image, top-aligned (the soles are shorter); children take their own
    value where they lie, outside the body is NaN."""
    parts = []
    height = max(raster.top.shape[0] for raster in rasters.values())
    for raster in rasters.values():
        lookup = np.zeros(len(raster.keys) + 1, np.float32)
        for index, key in enumerate(raster.keys, start=1):
            lookup[index] = values.get(key, 0.0)
        image = lookup[raster.top]
        child = raster.child > 0
        image[child] = np.maximum(image[child], lookup[raster.child[child]])
        image = np.where(raster.body, image, np.nan)
        if image.shape[0] < height:
            image = np.vstack([image, np.full((height - image.shape[0], image.shape[1]),
                                              np.nan, np.float32)])
        gap = np.full((image.shape[0], image.shape[1] // 8), np.nan, np.float32)
        parts += [image, gap]
    return np.hstack(parts[:-1])


def referral_density(reference: Reference) -> dict[RegionKey, float]:
    """Per region: trigger points (both sides) whose essential zone covers it, plus half of
    those whose spillover zone does."""
    regions = reference.dataset.regions
    density: dict[RegionKey, float] = {}
    for muscle in reference.dataset:
        for side in SIDES:
            for trp in muscle.trigger_points:
                essential = set(trp.essential.region_keys(side, regions))
                for key in essential:
                    density[key] = density.get(key, 0.0) + 1.0
                for key in set(trp.spillover.region_keys(side, regions)) - essential:
                    density[key] = density.get(key, 0.0) + 0.5
    return density


def candidate_fit(reference: Reference, candidates) -> dict[RegionKey, float]:
    """Per region: the best (score × 1 for essential, × 0.5 for spillover) among the top
    candidates — how well that spot is explained."""
    fit: dict[RegionKey, float] = {}
    for candidate in candidates[:TOP_CANDIDATES]:
        # The zones of every trigger point the candidate's score rests on.
        for key in candidate.essential_keys:
            fit[key] = max(fit.get(key, 0.0), candidate.score)
        for key in candidate.spillover_keys:
            fit[key] = max(fit.get(key, 0.0), 0.5 * candidate.score)
    return fit


class HeatMapWindow(QWidget):
    """A separate window: the map as a heat map, with a colour bar as its legend."""

    def __init__(self, reference: Reference, session, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Heat map — bodymap"))
        self.resize(900, 760)
        self.reference = reference
        self.session = session
        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        self.fit_button = QRadioButton(self.tr("How well the top candidates explain each spot"))
        self.density_button = QRadioButton(self.tr("Where all muscles refer pain (for study)"))
        self.group = QButtonGroup(self)
        for button in (self.fit_button, self.density_button):
            self.group.addButton(button)
            choice.addWidget(button)
        self.fit_button.setChecked(True)
        layout.addLayout(choice)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # names from the data file
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setBackground("w")
        self.view_box = self.plot.addViewBox(lockAspect=True, invertY=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view_box.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get(COLOUR_MAP),
                                          interactive=False, label="")
        self.colour_bar.setImageItem(self.image)
        self.plot.addItem(self.colour_bar, row=0, col=1)
        layout.addWidget(self.plot, 1)
        side_note = QLabel(self.tr("Back on the left, front on the right; on the back the "
                                   "patient's left is on your left, on the front on your "
                                   "right."))
        side_note.setWordWrap(True)
        layout.addWidget(side_note)
        self.fit_button.toggled.connect(self.refresh)

    def current_values(self) -> tuple[dict[RegionKey, float], str, str, float]:
        if self.density_button.isChecked() or not self.session.candidates:
            density = referral_density(self.reference)
            return (density, self.tr("Trigger points referring here"),
                    self.tr("Where the trigger points of every muscle in the reference refer "
                            "pain: essential zones count 1, spillover zones ½."),
                    max(density.values(), default=1.0))
        return (candidate_fit(self.reference, self.session.candidates), self.tr("Fit"),
                self.tr("How well each spot is explained by the top {count} candidates: their "
                        "score where the spot lies in an essential zone, half of it in a "
                        "spillover zone.").format(count=TOP_CANDIDATES), 1.0)

    def refresh(self, *_args) -> None:
        values, label, caption, high = self.current_values()
        data = region_values_to_image(self.session.rasters, values)
        self.image.setImage(data, levels=(0.0, high))
        self.colour_bar.setLevels((0.0, high))
        self.colour_bar.axis.setLabel(label)
        self.caption.setText(caption)
        self.view_box.autoRange()
