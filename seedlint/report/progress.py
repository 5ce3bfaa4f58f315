"""A progress bar on stderr for long runs; imported only when one is shown, so ``rich`` loads only then."""

from __future__ import annotations


class Tick:
    """A transient rich progress bar on stderr, advanced once per checked file."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(transient=True, console=Console(stderr=True))
        self.task = self.bar.add_task("checking", total=total)
        self.bar.start()

    def __call__(self, path: str) -> None:
        self.bar.update(self.task, advance=1, description=path[-40:])

    def close(self) -> None:
        self.bar.stop()
