"""bodymap: a cited, interactive body map of myofascial trigger points."""

__version__ = "0.1.0"
