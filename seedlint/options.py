"""What the command line asked for, as one frozen record: ``cli.main`` builds it from argparse,
and nothing below ``main`` sees an ``argparse.Namespace`` (the API and ``suppress`` build one
directly). Every subcommand's flags are fields with the value a missing flag means, so a
command never has to guess with ``getattr``; a flag the parser gains without a field here is
an error at once, not a setting silently dropped.
"""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Options:
    command: str | None = None  # None: no subcommand (argparse printed help or a version)
    paths: tuple[str, ...] = ()
    # selection and configuration
    config: str | None = None
    rule_pack: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    fail_on: str | None = None
    timeout: float | None = None
    jobs: int | None = None
    no_cache: bool = False
    no_respect_gitignore: bool = False
    force_exclude: bool = False
    diff_base: str | None = None
    stdin_filename: str | None = None
    suppressions: str | None = None
    baseline: str | None = None
    prune_baseline: bool = False
    # output
    format: str | None = None
    output_file: str | None = None
    output: str | None = None
    quiet: bool = False
    no_color: bool = False
    exit_zero: bool = False
    statistics: bool = False
    show_settings: bool = False
    show_files: bool = False
    show_fixes: bool = False
    progress: bool = False  # decided by the check command: a bar on stderr
    # fixing and watching
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    watch: bool = False
    # eval
    key: str | None = None
    clean: bool = False
    min_recall: tuple[tuple[str, float], ...] = ()
    max_fp_per_50kb: float | None = None
    show_missed: bool = False
    show_unmatched: bool = False
    # explain, suppress
    code: str | None = None
    location: str | None = None
    rule: str | None = None
    reason: str | None = None
    file: str | None = None

    @classmethod
    def from_namespace(cls, namespace: argparse.Namespace) -> Options:
        """The options argparse parsed; lists become tuples. An attribute without a field raises TypeError."""
        values: dict[str, Any] = {}
        for name, value in vars(namespace).items():
            values[name] = tuple(value) if isinstance(value, list) else value
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise TypeError(f"Options has no field for the parsed flag(s) {', '.join(unknown)}")
        return cls(**values)
