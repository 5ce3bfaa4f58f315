"""The subcommands, one module each (``check``, ``baseline``, ``eval``, ``suppress``, ``clean``,
``rules``), with the seams of a run in modules of their own (``prepare``, ``fixes``). Each takes
the frozen :class:`seedlint.options.Options` that ``cli.main`` built; none sees argparse."""
