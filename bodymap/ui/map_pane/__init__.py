"""The shared map pane: scene, view, figures, overlay, legend, controls, keyboard, selection."""
