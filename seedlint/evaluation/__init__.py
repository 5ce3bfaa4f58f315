"""``seedlint eval``: measure rules against a hand-made annotation key.

The key format (seedlint's own annotation format) is documented in the README:
entries with ``file``, ``line``, ``col``, ``text``, ``class`` and optional
``needs``, plus ``clean: true`` markers for clean control documents.
"""

from seedlint.evaluation.key import AnnotationKey, Entry, KeyError_, load_key
from seedlint.evaluation.score import Scores, score

__all__ = ["AnnotationKey", "Entry", "KeyError_", "Scores", "load_key", "score"]
