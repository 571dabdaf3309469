"""The SVG atlas: outlines and points per view, by the ids of spec/ATLAS.md. No widgets."""
