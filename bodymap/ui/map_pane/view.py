"""The view onto the map: click or tap to pick, drag to pan, wheel or pinch to zoom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QEventPoint, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from bodymap.ui.map_pane.keyboard import KeyboardNavigator
from bodymap.ui.map_pane.scene import MapScene
from bodymap.ui.map_pane.tool import MapTool

MIN_ZOOM, MAX_ZOOM = 0.6, 10.0  # relative to the fitted scale
ZOOM_STEP = 1.25
DRAG_THRESHOLD = 6  # pixels before a press becomes a pan rather than a click
LONG_PRESS_MS = 650
_TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                 QEvent.Type.TouchCancel)


class MapView(QGraphicsView):
    """Shows the scene fitted to the chosen figure(s); zoom is clamped in one place."""

    muscles_picked = Signal(list)  # [MuscleSide, ...] at the clicked point, pick order
    long_pressed = Signal(QPointF)  # scene point held still: "show me what lies beneath"
    background_clicked = Signal()
    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, keyboard: KeyboardNavigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene  # QGraphicsView does not keep the Python scene alive
        self.keyboard = keyboard  # arrow keys move between muscles when given
        # Our own viewport widget, made in Python: wrapping the one QGraphicsView makes in
        # C++ sends PySide searching every QWidget subclass for its type, creating each one's
        # enums (about 10 ms of start-up, measured).
        viewport = QWidget()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setViewport(viewport)
        self.framing = "both"
        self._zoom = 1.0
        self._press: QPoint | None = None
        self._panning = False
        self._touch_start: QPoint | None = None
        self._touch_last = QPoint()
        self._pinch_distance: float | None = None
        # A drawing tool (the pain brush) takes single-pointer input instead of picking.
        self.tool: MapTool | None = None
        self._tool_active = False
        self._corner: QWidget | None = None
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._held)
        self._held_at: QPoint | None = None
        self._hold_fired = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor(scene.theme.background))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Body map")
        for keys, slot in ((("+", "="), self.zoom_in), (("-",), self.zoom_out),
                           (("0",), self.reset_zoom)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # -- framing and zoom ------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Current zoom relative to the fitted view (1.0 = fitted)."""
        return self._zoom

    def set_framing(self, which: str) -> None:
        self.framing = which
        self.reset_zoom()

    def reset_zoom(self) -> None:
        rect = self._scene.figure_rect(self.framing).adjusted(-20, -10, 20, 10)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = 1.0
        self.zoom_changed.emit(self._zoom)

    def frame(self, rect: QRectF) -> None:
        """Fit the view to a scene rectangle (with a margin), e.g. a selected pattern."""
        if rect.isEmpty():
            self.reset_zoom()
            return
        fitted = self._scene.figure_rect(self.framing)
        margin = max(rect.width(), rect.height()) * 0.15 + 20
        target = rect.adjusted(-margin, -margin, margin, margin).intersected(
            fitted.adjusted(-20, -20, 20, 20))
        self.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        fitted_scale = self._fitted_scale()
        self._zoom = self.transform().m11() / fitted_scale if fitted_scale else 1.0
        if self._zoom > MAX_ZOOM:
            self.zoom_by(MAX_ZOOM / self._zoom)
        self.zoom_changed.emit(self._zoom)

    def _fitted_scale(self) -> float:
        rect = self._scene.figure_rect(self.framing).adjusted(-20, -10, 20, 10)
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 0.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom * factor))
        factor = target / self._zoom
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoom = target
        self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def place_in_corner(self, widget: QWidget) -> None:
        """Keep a floating child (the zoom buttons) in the bottom-right corner."""
        self._corner = widget
        self._place_corner()

    def _place_corner(self) -> None:
        corner = self._corner
        if corner is not None:
            corner.adjustSize()
            corner.move(self.width() - corner.width() - 14, self.height() - corner.height() - 12)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_corner()
        if abs(self._zoom - 1.0) < 1e-6:
            self.reset_zoom()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        keyboard = self.keyboard
        if keyboard is not None and self.tool is None and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier) and \
                keyboard.handle_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP ** steps, event.position())
        event.accept()

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in _TOUCH_EVENTS:
            self._touch(event)
            event.accept()
            return True
        return super().viewportEvent(event)

    def _touch(self, event) -> None:
        """One finger taps or pans; two fingers pinch to zoom about their midpoint."""
        points = [p for p in event.points()
                  if p.state() != QEventPoint.State.Released or len(event.points()) == 1]
        kind = event.type()
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            if self._tool_active:  # a second finger turns a stroke into a pinch
                self._tool_active = False
                self._active_tool().release(self.mapToScene(a.toPoint()))
            distance = max(1.0, QLineF(a, b).length())
            if self._pinch_distance is not None:
                self.zoom_by(distance / self._pinch_distance, (a + b) / 2)
            self._pinch_distance = distance
            self._touch_start = None  # a pinch is never a tap
            return
        self._pinch_distance = None
        if not points:
            return
        position = points[0].position().toPoint()
        if self.tool is not None and self._touch_tool(kind, position):
            return
        if kind == QEvent.Type.TouchBegin:
            self._touch_start = position
            self._touch_last = position
            self._panning = False
            self._start_hold(position)
        elif kind == QEvent.Type.TouchUpdate and self._touch_start is not None:
            if self._panning or (position - self._touch_start).manhattanLength() > DRAG_THRESHOLD:
                self._panning = True
                self._hold.stop()
                self._pan_by(position - self._touch_last)
            self._touch_last = position
        elif kind == QEvent.Type.TouchEnd:
            self._hold.stop()
            if self._touch_start is not None and not self._panning and not self._hold_fired:
                self.pick_at(position)
            self._touch_start = None
            self._panning = False

    def _active_tool(self) -> MapTool:
        """The tool taking the current stroke (set whenever a stroke is active)."""
        if self.tool is None:
            raise RuntimeError("a map stroke is active without a tool")
        return self.tool

    def _touch_tool(self, kind, position: QPoint) -> bool:
        """One finger draws when a tool is active; returns whether the tool took the touch."""
        scene_point = self.mapToScene(position)
        if kind == QEvent.Type.TouchBegin:
            self._tool_active = self._active_tool().press(scene_point)
            return self._tool_active
        if not self._tool_active:
            return False
        if kind == QEvent.Type.TouchUpdate:
            self._active_tool().move(scene_point)
        else:
            self._tool_active = False
            self._active_tool().release(scene_point)
        return True

    def _start_hold(self, position: QPoint) -> None:
        self._held_at = position
        self._hold_fired = False
        self._hold.start()

    def _held(self) -> None:
        if self._held_at is not None and not self._panning:
            self._hold_fired = True
            self.long_pressed.emit(self.mapToScene(self._held_at))

    def _pan_by(self, delta: QPoint) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())

    # -- click and pan ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.tool is not None:
            self._tool_active = self.tool.press(self.mapToScene(event.position().toPoint()))
            if self._tool_active:
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._panning = False
            self._start_hold(self._press)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._tool_active:
            self._active_tool().move(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position().toPoint() - self._press
            if self._panning or delta.manhattanLength() > DRAG_THRESHOLD:
                self._panning = True
                self._hold.stop()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._pan_by(delta)
                self._press = event.position().toPoint()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._tool_active and event.button() == Qt.MouseButton.LeftButton:
            self._tool_active = False
            self._active_tool().release(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_panning = self._panning
            self._press = None
            self._panning = False
            self._hold.stop()
            self.unsetCursor()
            if not was_panning and not self._hold_fired:
                self.pick_at(event.position().toPoint())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pick_at(self, viewport_point: QPoint) -> None:
        scene_point = self.mapToScene(viewport_point)
        items = self._scene.muscles_at(scene_point)
        if items and items[0].pickable:
            self.muscles_picked.emit([i.key for i in items])
        else:
            self.background_clicked.emit()
