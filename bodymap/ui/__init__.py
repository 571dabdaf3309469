"""Qt widgets: the map, the detail panel and the main window."""
