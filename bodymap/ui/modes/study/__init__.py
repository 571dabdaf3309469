"""Study mode: quiz questions on the map and the progress chart."""
