"""The source of the bodymap atlas (tools/build_atlas.py writes assets/atlas/*.svg from it)."""
