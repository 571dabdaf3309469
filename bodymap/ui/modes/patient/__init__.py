"""Patient view: plain words for the person in the chair, and the printed handout."""
