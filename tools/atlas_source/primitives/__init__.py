"""Geometry primitives of the atlas source: curves and the shapes built from them."""
