"""Where does it hurt?: paint or tap the pain, rank the muscles, export, heat map."""
