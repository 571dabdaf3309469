"""The source of the bodymap atlas: tools/build_atlas.py writes bodymap/assets/atlas/*.svg
from it (docs/atlas.md)."""
