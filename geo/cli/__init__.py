"""The ``strikemap`` command line: ``map``, ``extract``, ``events``, ``geocode``, ``regions``
and ``boundaries``.

The command line sits on top of the library and nothing below imports it: each command reads
its options, checks them, and calls the engines (:mod:`geo.engines`), readers, places, events,
maps and writers, importing them lazily so that the program starts fast.

Modules:

- :mod:`geo.cli.app`: the parser of every command, the run of one with its errors worded
  as one line and an exit code, and :func:`main` (the ``strikemap`` entry point);
- :mod:`geo.cli.options`: the parser's pieces, option types and shared option groups, and
  what the engines are given of the options (:func:`~geo.cli.options.columns_of`,
  :func:`~geo.cli.options.engine_options`);
- :mod:`geo.cli.running`: what the commands share as they run: checks of inputs and
  outputs, the extractions streamed on either engine, the summary, standard output and the
  boundary units;
- :mod:`geo.cli.wording`: library messages worded for the command line
  (:func:`cli_wording`);
- one module per command: :mod:`geo.cli.maps` (``map``), :mod:`geo.cli.extract`,
  :mod:`geo.cli.regions`, :mod:`geo.cli.events` (each with ``--engine dask``) and
  :mod:`geo.cli.lookup` (``geocode`` and ``boundaries``).
"""

from __future__ import annotations

from geo.cli.app import main
from geo.cli.wording import cli_wording

__all__ = ["cli_wording", "main"]
