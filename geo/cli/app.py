"""The ``strikemap`` program: its parser (every command's), the run of one command with the
errors each becomes (one line on stderr and an exit code), and :func:`main`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from geo.cli import events, extract, lookup, maps, regions
from geo.cli.options import Parser, Version
from geo.cli.wording import cli_wording
from geo.errors import StrikemapError

__all__ = ["COMMANDS", "Command", "build_parser", "main"]


class Command(NamedTuple):
    """One command: what adds its parser to the subparsers, and what runs it on the parsed
    arguments (returning the exit code)."""

    add_parser: Callable[[Any], None]
    run: Callable[[argparse.Namespace], int]


#: Every command by name, in the order ``--help`` lists them.
COMMANDS: dict[str, Command] = {
    "map": Command(maps.add_parser, maps.run),
    "extract": Command(extract.add_parser, extract.run),
    "geocode": Command(lookup.add_geocode_parser, lookup.run_geocode),
    "regions": Command(regions.add_parser, regions.run),
    "boundaries": Command(lookup.add_boundaries_parser, lookup.run_boundaries),
    "events": Command(events.add_parser, events.run),
}


def build_parser() -> argparse.ArgumentParser:
    """The parser of the command line, with every command of :data:`COMMANDS`."""
    ap = Parser(prog="strikemap", description="Geocode strike reports and map them.")
    ap.add_argument("--version", action=Version, nargs=0, help="print the version and exit")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS.values():
        command.add_parser(sub)
    return ap


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass


def _finish(code: int) -> int:
    """Flush standard output inside the error handling, so a full disk is one line too."""
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        except OSError as exc:
            from geo.output.atomic import describe_os_error

            _silence_stdout()
            print(
                f"strikemap: error: standard output: cannot write: {describe_os_error(exc)}",
                file=sys.stderr,
            )
            return 2
    return code


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command; every expected failure is one line on stderr and its code."""
    from geo.engines.interrupts import Terminated, termination_handled
    from geo.output.atomic import describe_os_error

    try:
        with termination_handled():
            return _finish(COMMANDS[args.command].run(args))
    except StrikemapError as exc:
        print(f"strikemap: error: {cli_wording(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("strikemap: interrupted; no output file was written", file=sys.stderr)
        return 130
    except Terminated as exc:
        print(f"strikemap: stopped by {exc.name}; no output file was written", file=sys.stderr)
        return exc.exit_status
    except MemoryError:
        print(
            "strikemap: error: out of memory; give fewer or smaller reports, or set "
            "--max-report-size lower",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        name = f"{exc.filename}: " if exc.filename else ""
        print(f"strikemap: error: {name}{describe_os_error(exc)}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    0 ok, 1 nothing found (``geocode``), 2 a bad input, option or output (one line on
    stderr), 70 an internal error (one line; set ``STRIKEMAP_DEBUG=1`` for the traceback),
    130 after Ctrl-C and 128 + the signal number after SIGTERM or SIGHUP. Temporary files
    are removed in every case.
    """
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except Exception as exc:
        if os.environ.get("STRIKEMAP_DEBUG"):
            raise
        print(
            f"strikemap: internal error: {type(exc).__name__}: {exc} (set STRIKEMAP_DEBUG=1 "
            "for details, and please report it)",
            file=sys.stderr,
        )
        return 70
