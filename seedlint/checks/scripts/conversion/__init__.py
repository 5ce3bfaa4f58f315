"""Chinese word swaps: SCRIPT101-SCRIPT107 of the ``script`` family, one module per rule.

Two mechanisms rewrite the words of a Chinese text: word-level converters (SCRIPT101-103, and the
residue a Traditional->Simplified converter leaves: SCRIPT106-107) and synonym spinners (SCRIPT104-105).
The scripts family registers them (:func:`conversion_rules`); :mod:`.analysis` reads the
``kind: conversion-pairs`` packs and finds the swaps, :mod:`.residue` reads the
``kind: conversion-residue`` pack.
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
from seedlint.checks.scripts.conversion.conversion_residue_word import ConversionResidueWord
from seedlint.checks.scripts.conversion.converter_fingerprint import ConverterFingerprint
from seedlint.checks.scripts.conversion.converter_rare_character import ConverterRareCharacter
from seedlint.checks.scripts.conversion.residue import RESIDUE_KIND, ResidueData, residue_data_of
from seedlint.checks.scripts.conversion.spinner_swap import SpinnerSwap
from seedlint.checks.scripts.conversion.spinner_swap_probable import ProbableSpinnerSwap
from seedlint.packfile import read_pack_file
from seedlint.rule import Rule

__all__ = ["conversion_rules", "conversion_rules_of", "load_conversion_pack"]


def conversion_rules(pack_files: Sequence[Path] = ()) -> tuple[Rule, ...]:
    """The conversion rules, backed by the conversion packs in ``pack_files`` (or the built-in ones)."""
    files = list(map(read_pack_file, pack_files))
    return conversion_rules_of(
        conversion_pack_of([f for f in files if f.kind == PACK_KIND]),
        residue_data_of([f for f in files if f.kind == RESIDUE_KIND]),
    )


def conversion_rules_of(pack: ConversionPack, residue: ResidueData) -> tuple[Rule, ...]:
    """The word-swap rules over one validated pair pack and the conversion-residue rules over its data."""
    return (
        CertainArtifact(pack),
        GatedArtifact(pack),
        ConverterFingerprint(pack),
        SpinnerSwap(pack),
        ProbableSpinnerSwap(pack),
        ConversionResidueWord(residue),
        ConverterRareCharacter(residue),
    )
