"""Patient view framing (issue 20, point 1): the pattern whole, the view filled with figure
rather than empty bands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bodymap.ui.map_pane.framing import fill_frame

BOUNDS = QRectF(0, 0, 1600, 1800)  # two figures side by side


def test_the_frame_has_the_views_shape_and_holds_the_part_whole():
    part = QRectF(200, 100, 300, 200)
    for aspect in (16 / 9, 1.0, 9 / 16, 0.5):
        frame = fill_frame(part, BOUNDS, aspect)
        assert frame.width() / frame.height() == pytest.approx(aspect)
        assert frame.contains(part)


def test_a_portrait_view_is_filled_with_more_of_the_figure_not_background():
    part = QRectF(200, 100, 300, 200)  # a neck pattern near the top
    frame = fill_frame(part, BOUNDS, 9 / 16)
    assert frame.top() >= BOUNDS.top() and frame.bottom() <= BOUNDS.bottom()
    assert frame.left() >= BOUNDS.left()


def test_a_frame_larger_than_the_figures_is_centred_on_them():
    frame = fill_frame(QRectF(0, 0, 1600, 1800), BOUNDS, 4.0)
    assert frame.center().x() == pytest.approx(BOUNDS.center().x())
    assert frame.center().y() == pytest.approx(BOUNDS.center().y())
