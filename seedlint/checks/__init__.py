"""Built-in Python rules, one module per family, registered as ``seedlint.rules`` entry points."""
