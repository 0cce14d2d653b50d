"""CLI commands of the later stages (actors, quotes, events, serve, watch...), one module per area.

Each module defines click commands; `veille/cli.py` registers them with one `add_command` line.
Heavy imports stay inside the command functions so `veille --help` stays fast.
"""
