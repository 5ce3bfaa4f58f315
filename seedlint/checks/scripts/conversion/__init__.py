"""Chinese conversion artifacts: SCRIPT101-SCRIPT103 of the ``script`` family, one module per rule.

The scripts family registers them (:func:`conversion_rules`); :mod:`.analysis` reads the
``kind: conversion-pairs`` pack and finds the artifacts the three rules report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from seedlint.checks.scripts.conversion.analysis import builtin_conversion_files, load_conversion_pack
from seedlint.checks.scripts.conversion.conversion_artifact import CertainArtifact
from seedlint.checks.scripts.conversion.conversion_artifact_probable import GatedArtifact
from seedlint.checks.scripts.conversion.converter_fingerprint import ConverterFingerprint
from seedlint.rule import Rule

__all__ = ["conversion_rules", "load_conversion_pack"]


def conversion_rules(pack_files: Sequence[Path] = ()) -> tuple[Rule, ...]:
    """The conversion rules, backed by every conversion-pairs pack in ``pack_files`` (or the built-in one)."""
    pack = load_conversion_pack(list(pack_files))
    if not pack.pairs and not pack.fingerprints:
        pack = load_conversion_pack(builtin_conversion_files())
    return (CertainArtifact(pack), GatedArtifact(pack), ConverterFingerprint(pack))
