"""Python rules of the ``encoding`` family (ENC001-ENC099): text damaged on its way through bytes.

One module per rule, named after its slug; :mod:`.analysis` holds what they share.
"""

from __future__ import annotations

from seedlint.checks.encoding.control_character import ControlCharacter
from seedlint.checks.encoding.escaped_unicode import EscapedUnicode
from seedlint.checks.encoding.html_entity import HtmlEntity
from seedlint.checks.encoding.invisible_character import InvisibleCharacter
from seedlint.checks.encoding.legacy_encoding import LegacyEncoding
from seedlint.checks.encoding.mojibake import Mojibake
from seedlint.checks.encoding.private_use_character import PrivateUseCharacter
from seedlint.checks.encoding.replacement_character import ReplacementCharacter
from seedlint.checks.encoding.stripped_html_entity import StrippedHtmlEntity
from seedlint.checks.encoding.surrogate_code_point import LoneSurrogate
from seedlint.checks.encoding.utf8_read_as_gbk import Utf8ReadAsGbk
from seedlint.rule import Rule

__all__ = ["ENCODING_RULES", "RULES"]

ENCODING_RULES: tuple[Rule, ...] = (
    Mojibake(),
    Utf8ReadAsGbk(),
    ReplacementCharacter(),
    ControlCharacter(),
    InvisibleCharacter(),
    PrivateUseCharacter(),
    LoneSurrogate(),
    EscapedUnicode(),
    LegacyEncoding(),
    HtmlEntity(),
    StrippedHtmlEntity(),
)
RULES = ENCODING_RULES
