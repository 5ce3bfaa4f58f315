"""Progress on stderr for long runs, in any output format, only when stderr is a terminal.

Imported only when a bar is shown, so ``rich`` is loaded only then; pre-commit and
CI capture stderr, so they never see one.
"""

from __future__ import annotations

import sys

MIN_FILES = 6  # fewer files than this: a run is short, no bar


def wanted(files: int, quiet: bool = False) -> bool:
    """Whether to show a bar: stderr is a terminal, not ``--quiet``, and enough files."""
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty()) and not quiet and files >= MIN_FILES


class Tick:
    """A transient rich progress bar on stderr: one task per phase (evidence, check), advanced per file."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(transient=True, console=Console(stderr=True))
        self.task = self.bar.add_task("checking", total=total)
        self.name = "check"
        self.bar.start()

    def phase(self, name: str, total: int) -> None:
        """Start phase ``name`` over ``total`` files."""
        self.name = name
        self.bar.reset(self.task, total=total, description=name)

    def __call__(self, path: str) -> None:
        self.bar.update(self.task, advance=1, description=f"{self.name} {path[-40:]}")

    def close(self) -> None:
        self.bar.stop()
