"""Region tiling per figure (half.Half is the shared machinery)."""
