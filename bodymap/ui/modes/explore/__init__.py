"""Explore mode: click a muscle, read its clinician detail panel."""
