"""Landmark labels never overlap each other or another landmark's dot at fit zoom."""

from __future__ import annotations

import itertools

import pytest

from bodymap.ui.map_pane.label_placement import Box, LabelRequest, place_labels


def _boxes(requests, offsets):
    return [Box(r.x + dx, r.y + dy, r.width, r.height)
            for r, (dx, dy) in zip(requests, offsets, strict=True)]


def test_two_labels_on_one_line_pointing_at_each_other_are_moved_apart():
    requests = [LabelRequest(0, 0, 80, 14, prefers_right=True),
                LabelRequest(60, 0, 80, 14, prefers_right=False)]
    offsets, crowded = place_labels(requests, dot_radius=4)
    a, b = _boxes(requests, offsets)
    assert not crowded
    assert not a.overlaps(b)


def test_a_lone_label_keeps_its_preferred_side():
    request = LabelRequest(100, 100, 50, 14, prefers_right=False)
    (offset,), crowded = place_labels([request], dot_radius=4)
    assert offset[0] < 0 and offset[1] == -7
    assert not crowded


def test_a_label_never_covers_another_dot():
    requests = [LabelRequest(0, 0, 80, 14, prefers_right=True),
                LabelRequest(40, 0, 30, 14, prefers_right=True)]
    offsets, _ = place_labels(requests, dot_radius=4)
    first = _boxes(requests, offsets)[0]
    assert not first.overlaps(Box(36, -4, 8, 8))


def test_the_result_does_not_depend_on_the_input_order():
    requests = [LabelRequest(x, y, 70, 14, prefers_right=x > 50)
                for x, y in ((0, 0), (30, 5), (60, 3), (90, 8), (45, 12))]
    forward, _ = place_labels(requests, dot_radius=4)
    backward, _ = place_labels(requests[::-1], dot_radius=4)
    assert forward == backward[::-1]


def test_a_crowd_with_no_free_spot_is_reported_not_hidden():
    requests = [LabelRequest(0, 0, 200, 40, prefers_right=True) for _ in range(30)]
    _, crowded = place_labels(requests, dot_radius=4)
    assert crowded


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160)])
@pytest.mark.parametrize("framing", ["both", "posterior", "anterior", "lateral", "plantar"])
def test_no_landmark_labels_overlap_at_fit_zoom(qtbot, reference, size, framing):
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(reference)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.set_framing(framing)
    window.controls.landmarks_button.setChecked(True)
    assert window.scene.arrange_landmark_labels() == []  # every label found a free spot
    view = window.view
    plates = [item for item in view.scene().items()
              if item.data(1) == "landmark-label" and item.isVisible()]
    assert plates
    # The labels keep their size on screen: map them through the device transform.
    boxes = [p.deviceTransform(view.viewportTransform()).mapRect(p.boundingRect())
             for p in plates]
    for one, other in itertools.combinations(boxes, 2):
        assert not one.adjusted(0, 0, -0.01, -0.01).intersects(other), (one, other)
