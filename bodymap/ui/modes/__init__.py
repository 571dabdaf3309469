"""The main window's modes: one package each, independent of one another."""
