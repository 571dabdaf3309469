"""The desktop tool (issue 26 points 1, 2, 3 and 6): File and Edit menus with the standard
keys, settings remembered between runs (never in the kiosk), the theme following the
system's colour scheme live, and exported drawings opened again and compared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from bodymap.domain.model import RegionKey
from bodymap.ui.app_settings import AppSettings
from bodymap.ui.theme import DARK_THEME, DEFAULT_THEME


@pytest.fixture
def make_window(qtbot, reference):
    def make(settings=None):
        from bodymap.ui.main_window import MainWindow

        window = MainWindow(reference, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def pain(window):
    """The window's pain mode (built when first opened)."""
    return window.modes.get("pain")


def menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_file_edit_view_help_in_that_order(make_window):
    assert menu_titles(make_window()) == ["File", "Edit", "View", "Help"]


def test_standard_shortcuts(make_window):
    desk = make_window().desk
    assert QKeySequence("Ctrl+Q") in desk.quit_action.shortcuts()
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0] in \
        desk.undo_action.shortcuts()
    redo = desk.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in redo and QKeySequence("Ctrl+Shift+Z") in redo
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.Open)[0] in \
        desk.open_action.shortcuts()
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.Print)[0] in \
        desk.handout_action.shortcuts()
    every = [s.toString() for a in desk.window.findChildren(type(desk.quit_action))
             for s in a.shortcuts()]
    assert len(every) == len(set(every)), "a key bound twice is ambiguous and does nothing"


def test_quit_closes_the_window(qtbot, make_window):
    window = make_window()
    window.desk.quit_action.trigger()
    assert not window.isVisible()


def test_edit_undo_and_redo_act_on_the_pain_drawing(make_window):
    window = make_window()
    window.set_mode("pain")
    temple = window.scene.figures["anterior"].view.regions[RegionKey("temple", "left")]
    pain(window).session.tap("anterior", QPointF(*temple.interior_point))
    window.desk.update_actions()
    assert window.desk.undo_action.isEnabled()
    window.desk.undo_action.trigger()
    assert not pain(window).session.drawn
    window.desk.redo_action.trigger()
    assert RegionKey("temple", "left") in pain(window).session.drawn
    window.set_mode("explore")
    window.desk.update_actions()
    assert not window.desk.undo_action.isEnabled()


def test_settings_are_remembered_between_runs(make_window):
    first = make_window(AppSettings.open())
    first.set_framing("posterior")
    first.controls.set_depth(2)
    first.scene.set_depth(2)
    first.set_mode("pain")
    first.set_text_scale(1.15 * 1.15)
    first.desk.choose_theme("dark")
    first.close()
    again = make_window(AppSettings.open())
    assert again.view.framing == "posterior"
    assert again.scene.depth == 2
    assert again.mode == "pain"
    assert again.text_scale == pytest.approx(1.15 ** 2)
    assert again.theme is DARK_THEME


def test_windows_without_settings_remember_nothing(make_window, settings_folder):
    window = make_window()  # tests, snapshots; the kiosk never builds this window
    window.set_framing("anterior")
    window.close()
    assert not any(settings_folder.rglob("*.ini"))
    assert make_window().view.framing == "both"
    assert not window.desk.reset_action.isEnabled()


def test_reset_settings_forgets_them(make_window):
    first = make_window(AppSettings.open())
    first.set_framing("posterior")
    first.desk.choose_theme("dark")
    first.close()
    again = make_window(AppSettings.open())
    again.desk.reset()
    assert again.view.framing == "both" and again.theme is not DARK_THEME
    third = make_window(AppSettings.open())
    assert third.view.framing == "both"


def test_the_theme_follows_the_system_colour_scheme_live(make_window):
    # The offscreen platform cannot change its scheme, so the system's change is the
    # signal Qt sends when it happens.
    window = make_window()
    changed = QGuiApplication.styleHints().colorSchemeChanged
    changed.emit(Qt.ColorScheme.Dark)
    assert window.theme is DARK_THEME
    assert window.view.backgroundBrush().color().name() == DARK_THEME.background
    changed.emit(Qt.ColorScheme.Light)
    assert window.theme is DEFAULT_THEME
    window.desk.choose_theme("light")  # a choice of the user's is kept
    changed.emit(Qt.ColorScheme.Dark)
    assert window.theme is DEFAULT_THEME


def test_open_drawing_reopens_an_export_and_ranks_it(qtbot, make_window, tmp_path):
    from tests.test_ui_pain import paint, region_point

    window = make_window()
    window.set_mode("pain")
    point = region_point(window, RegionKey("angle_of_neck", "left"))
    paint(qtbot, window, point - QPoint(3, 0), point + QPoint(3, 0))
    ranked = [c.key for c in pain(window).session.candidates]
    _, data = pain(window).session.export(tmp_path / "visit1.png")
    window.set_mode("explore")
    pain(window).session.clear()
    assert window.desk.open_drawing(data)
    assert window.mode == "pain" and [c.key for c in pain(window).session.candidates] == ranked


def test_a_broken_drawing_is_refused_with_a_message(make_window, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    window = make_window()
    assert not window.desk.open_drawing(bad)


def test_two_drawings_compare_side_by_side_with_the_change_in_extent(make_window, tmp_path):
    window = make_window()
    window.set_mode("pain")
    atlas = window.scene.reference.atlas
    paths = []
    for name, regions in (("visit1", ["temple", "occiput"]), ("visit3", ["temple"])):
        pain(window).session.clear()
        for region in regions:
            for view in pain(window).session.rasters:
                outline = atlas.view(view).regions.get(RegionKey(region, "left"))
                if outline is not None:
                    pain(window).session.tap(view, QPointF(*outline.interior_point))
                    break
        paths.append(pain(window).session.export(tmp_path / f"{name}.png")[1])
    dialog = window.desk.compare_drawings(paths)
    assert dialog is not None and len(dialog.views) == 2
    change = dialog.change
    assert change.extent_change < 0
    assert change.cleared == (RegionKey("occiput", "left"),)
    assert "smaller by" in dialog.summary.text() and "No longer drawn" in dialog.summary.text()
    dialog.close()


def test_a_session_handout_from_the_muscles_treated_today(make_window, tmp_path):
    from pypdf import PdfReader

    from bodymap.domain.model import MuscleSide

    window = make_window(AppSettings.open())
    for key in (MuscleSide("levator_scapulae", "left"), MuscleSide("piriformis", "right")):
        window.select(key)
        window.desk.treat_action.trigger()
    assert window.desk.treated == [MuscleSide("levator_scapulae", "left"),
                                   MuscleSide("piriformis", "right")]
    dialog = window.desk.open_session_handout()
    dialog.clinic.setText("Riverside Physiotherapy")
    dialog.clinician.setText("A. Example")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    path = dialog.save_pdf(tmp_path / "session.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages)
                    .split())
    assert "Left levator scapulae" in text and "Right piriformis" in text
    assert "Riverside Physiotherapy · A. Example" in text
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    dialog.close()
    again = window.desk.open_session_handout()  # the clinic details are remembered
    assert again.clinic.text() == "Riverside Physiotherapy"
    assert again.clinician.text() == "A. Example" and again.paper.currentData() == "letter"


def test_help_opens_the_user_guide_from_docs(make_window):
    from PySide6.QtWidgets import QTextBrowser

    window = make_window()
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0] is window.desk.guide_action
    dialog = window.desk.show_user_guide()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Pain drawings as records" in text and "Session handout" in text
    dialog.close()
