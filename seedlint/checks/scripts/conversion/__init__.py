"""Chinese conversion artifacts: SCRIPT101-SCRIPT103 of the ``script`` family, one module per rule.

The scripts family registers them (:func:`conversion_rules`); :mod:`.analysis` reads the
``kind: conversion-pairs`` pack and finds the artifacts the three rules report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from seedlint.checks.scripts.conversion.analysis import (
    PACK_KIND,
    ConversionPack,
    conversion_pack_of,
    load_conversion_pack,
)
from seedlint.checks.scripts.conversion.conversion_artifact import CertainArtifact
from seedlint.checks.scripts.conversion.conversion_artifact_probable import GatedArtifact
from seedlint.checks.scripts.conversion.converter_fingerprint import ConverterFingerprint
from seedlint.packfile import read_pack_file
from seedlint.rule import Rule

__all__ = ["conversion_rules", "conversion_rules_of", "load_conversion_pack"]


def conversion_rules(pack_files: Sequence[Path] = ()) -> tuple[Rule, ...]:
    """The conversion rules, backed by every conversion-pairs pack in ``pack_files`` (or the built-in one)."""
    return conversion_rules_of(conversion_pack_of([f for f in map(read_pack_file, pack_files) if f.kind == PACK_KIND]))


def conversion_rules_of(pack: ConversionPack) -> tuple[Rule, ...]:
    """The three rules over one validated conversion pack."""
    return (CertainArtifact(pack), GatedArtifact(pack), ConverterFingerprint(pack))
