"""The dataset model, its loader and validator. Pure Python: never imports Qt."""
