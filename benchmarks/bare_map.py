"""The lower bound of a start-up like bodymap's: the same window built by PySide6 alone.

bodymap's cold-start target is a ratio to the floor (benchmarks/floor.py, a bare main window).
This script asks how low that ratio can go in PySide6 at all: it builds a window with what
bodymap's first frame shows (the menu bar, the mode bar, the figure and layer buttons, both
figures with every muscle, line and label, the zoom buttons, the legend and the welcome page
with its A-Z list, under bodymap's style sheet) from data prepared beforehand, without
importing any bodymap code, domain model or reference, and with none of the app's behaviour
wired. The app cannot start faster than this; see docs/performance.md.

    python benchmarks/bare_map.py --prepare FILE   # with bodymap: write what the window shows
    python benchmarks/bare_map.py FILE             # without bodymap: show it, time it

It is timed exactly like the floor and `bodymap --smoke`: from process start to the end of the
first painted frame (startup_ms=, rss_kb=).
"""

import os
import sys

from first_frame_clock import process_start, report, show_until_painted


def prepare(out: str) -> None:
    """Write what bodymap's main window shows at start, read from the real window."""
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice
    from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem, QSplitter

    from bodymap.atlas.reference import load_reference
    from bodymap.ui.app import application
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.modes.explore.detail_html import welcome_html
    from bodymap.ui.style import stylesheet

    from PySide6.QtWidgets import QLabel, QMenu

    app = application()
    window = MainWindow(load_reference())
    window.resize(1366, 768)
    window.show()  # laid out at the first frame's size: which captions fit, the splitter
    app.processEvents()
    theme = window.theme
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(stylesheet(theme))
    stream.writeQString(welcome_html(window.reference.dataset, theme,
                                     general_link=window.reference.general is not None))
    stream.writeQString(theme.background)
    stream << window.scene.figure_rect("both").adjusted(-20, -10, 20, 10)  # as MapView fits
    stream.writeInt32(len(window.legend.icons))
    for (icon, _), label in zip(window.legend.icons, window.legend.labels, strict=True):
        stream << icon.pixmap()
        stream.writeQString(label.text())
    # The menu bar: each menu's title, then its entries (text and shortcuts; a separator is
    # an empty text; a submenu is its title and its entries' texts).
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    stream.writeInt32(len(menus))
    for menu in menus:
        stream.writeQString(menu.title())
        stream.writeInt32(len(menu.actions()))
        for action in menu.actions():
            sub = action.menu()
            stream.writeQString("" if action.isSeparator() else action.text())
            stream.writeQStringList([k.toString() for k in action.shortcuts()])
            stream.writeQStringList([a.text() for a in sub.actions()]
                                    if isinstance(sub, QMenu) else [])
    # The map controls: each caption (shown or not at this width) and its buttons' texts.
    controls = window.controls
    captions = controls.findChildren(QLabel, "caption")
    stream.writeInt32(len(captions))
    for caption, group in zip(captions, (controls.framing_group, controls.depth_group),
                              strict=True):
        stream.writeQString(caption.text())
        stream.writeBool(caption.isVisible())
        stream.writeQStringList([b.text() for b in group.buttons()])
    stream.writeQString(controls.landmarks_button.text())
    stream.writeQStringList([b.text() for b in window.mode_bar.group.buttons()])
    stream.writeQString(window.mode_bar.handout_button.text())
    stream.writeInt32(window.findChild(QSplitter).sizes()[1])
    # Items in stacking order, bottom first, with their paths in scene coordinates.
    items = window.scene.items()[::-1]
    paths = [i for i in items if isinstance(i, QGraphicsPathItem) and i.isVisible()]
    stream.writeInt32(len(paths))
    for item in paths:
        stream << item.sceneTransform().map(item.path()) << item.pen() << item.brush()
        stream.writeQString(item.toolTip())
    texts = [i for i in items if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()]
    stream.writeInt32(len(texts))
    for item in texts:
        stream.writeQString(item.text())
        anchor = item.parentItem().mapToScene(item.pos()) if item.parentItem() else item.pos()
        stream << item.font() << item.brush() << anchor
        stream.writeDouble(item.transform().dx())
    with open(out, "wb") as file:
        file.write(bytes(data))


def show(prepared: str) -> None:
    started = process_start()
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as bodymap does

    from PySide6.QtCore import (
        QByteArray,
        QDataStream,
        QEvent,
        QObject,
        QPointF,
        QRectF,
        Qt,
    )
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QKeySequence,
        QPainter,
        QPainterPath,
        QPen,
        QPixmap,
        QTransform,
    )
    from PySide6.QtWidgets import (
        QApplication,
        QButtonGroup,
        QFrame,
        QGraphicsItem,
        QGraphicsPathItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QSplitter,
        QStackedWidget,
        QTextBrowser,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    class Outline(QGraphicsPathItem):
        """As bodymap/ui/map_pane/outline_item.py: bounds and hit area from the path itself."""

        def __init__(self, path: QPainterPath) -> None:
            super().__init__(path)
            self._bounds = None

        def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
            if self._bounds is None:
                self._bounds = self.path().controlPointRect().adjusted(-3, -3, 3, 3)
            return self._bounds

        def shape(self) -> QPainterPath:
            return self.path()

    app = QApplication(sys.argv[:1])
    with open(prepared, "rb") as file:
        stream = QDataStream(QByteArray(file.read()))
    style, welcome, background = stream.readQString(), stream.readQString(), stream.readQString()
    framing = QRectF()
    stream >> framing
    swatches, legend_texts = [], []
    for _ in range(stream.readInt32()):
        swatch = QPixmap()
        stream >> swatch
        swatches.append(swatch)
        legend_texts.append(stream.readQString())

    window = QMainWindow()
    bar = window.menuBar()
    for _ in range(stream.readInt32()):
        menu = bar.addMenu(stream.readQString())
        for _ in range(stream.readInt32()):
            text, keys, entries = (stream.readQString(), stream.readQStringList(),
                                   stream.readQStringList())
            if not text:
                menu.addSeparator()
            elif entries:
                sub = menu.addMenu(text)
                for entry in entries:
                    sub.addAction(entry)
            else:
                menu.addAction(text).setShortcuts([QKeySequence(k) for k in keys])
    segments = []
    for _ in range(stream.readInt32()):
        segments.append((stream.readQString(), stream.readBool(), stream.readQStringList()))
    landmarks_text = stream.readQString()
    modes, handout_text = stream.readQStringList(), stream.readQString()
    side_width = stream.readInt32()

    def choices(parent, layout, texts, segmented):
        group = QButtonGroup(parent)
        for index, text in enumerate(texts):
            button = QToolButton(parent)
            button.setText(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if segmented:
                button.setProperty("segment", "first" if index == 0 else
                                   "last" if index == len(texts) - 1 else "middle")
            group.addButton(button, index)
            layout.addWidget(button)
        group.button(0).setChecked(True)

    def styled_row(name: str, left: int, top: int, right: int, bottom: int):
        """A widget the style sheet paints by its object name, with a row layout."""
        widget = QWidget()
        widget.setObjectName(name)
        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(widget)
        row.setContentsMargins(left, top, right, bottom)
        return widget, row

    mode_bar, row = styled_row("modeBar", 14, 6, 14, 6)
    name = QLabel("bodymap")
    name.setObjectName("appName")
    row.addWidget(name)
    row.addSpacing(18)
    choices(mode_bar, row, modes, False)
    row.addStretch(1)
    handout = QToolButton()
    handout.setText(handout_text)
    handout.setEnabled(False)
    row.addWidget(handout)

    controls, row = styled_row("mapControls", 10, 6, 10, 6)
    row.setSpacing(0)
    for caption, shown, texts in segments:
        label = QLabel(caption)
        label.setObjectName("caption")
        label.setVisible(shown)
        row.addWidget(label)
        choices(controls, row, texts, True)
        row.addSpacing(10)
    landmarks = QToolButton()
    landmarks.setText(landmarks_text)
    landmarks.setProperty("segment", "single")
    row.addWidget(landmarks)
    row.addStretch(1)

    scene = QGraphicsScene()
    path, pen, brush = QPainterPath(), QPen(), QBrush()
    for z in range(stream.readInt32()):
        stream >> path >> pen >> brush
        tip = stream.readQString()
        item = Outline(QPainterPath(path))
        item.setPen(QPen(pen))
        item.setBrush(QBrush(brush))
        item.setZValue(z)
        if tip:
            item.setToolTip(tip)
            item.setAcceptHoverEvents(True)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
        scene.addItem(item)
    font, where = QFont(), QPointF()
    for _ in range(stream.readInt32()):
        text = stream.readQString()
        stream >> font >> brush >> where
        item = QGraphicsSimpleTextItem(text)
        item.setFont(QFont(font))
        item.setBrush(QBrush(brush))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setPos(where)
        item.setTransform(QTransform.fromTranslate(stream.readDouble(), 0))
        item.setZValue(100000)
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setBackgroundBrush(QColor(background))
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    zoom = QWidget(view)
    zoom.setObjectName("zoomButtons")
    row = QHBoxLayout(zoom)
    row.setContentsMargins(0, 0, 0, 0)
    for text in ("\u2212", "Fit", "+"):
        button = QToolButton(zoom)
        button.setText(text)
        row.addWidget(button)

    legend, row = styled_row("legend", 12, 4, 12, 6)
    for swatch, text in zip(swatches, legend_texts, strict=True):
        icon = QLabel()
        icon.setPixmap(swatch)
        label = QLabel(text)
        label.setObjectName("legendText")
        row.addWidget(icon)
        row.addWidget(label)
        row.addSpacing(14)
    row.addStretch(1)

    detail = QTextBrowser()
    detail.setMinimumWidth(340)
    detail.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    detail.document().setDocumentMargin(14)
    detail.setHtml(welcome)
    side = QStackedWidget()
    side.addWidget(detail)

    map_pane = QWidget()
    column = QVBoxLayout(map_pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(controls)
    column.addWidget(view, 1)
    column.addWidget(legend)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(map_pane)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 1)
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(mode_bar)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.setStyleSheet(style)
    window.resize(1366, 768)
    splitter.setSizes([1366 - side_width, side_width])
    view.setFocus()

    class FitOnResize(QObject):
        """As MapView: the figures fitted to the view whenever its viewport is resized."""

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Resize:
                view.fitInView(framing, Qt.AspectRatioMode.KeepAspectRatio)
                zoom.adjustSize()
                zoom.move(view.width() - zoom.width() - 12, view.height() - zoom.height() - 12)
            return False

    fit = FitOnResize()
    view.viewport().installEventFilter(fit)

    def save_picture() -> None:
        if os.environ.get("BARE_MAP_SAVE"):
            window.grab().save(os.environ["BARE_MAP_SAVE"])

    report(started, show_until_painted(app, window, save_picture))

if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        prepare(sys.argv[2])
    else:
        show(sys.argv[1])
