"""seedlint: a data-quality linter for multilingual text corpora."""

__version__ = "0.1.0"
