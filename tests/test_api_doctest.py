"""The examples in the public API's docstrings run, and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

import geo

#: The modules of the public API whose docstrings hold examples.
API_MODULES = ("geo", "geo.api", "geo.api_map", "geo.errors", "geo.cli.wording")


@pytest.mark.parametrize("name", API_MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = finder.find(module, name, globs={**vars(module), "geo": geo})
    assert sum(len(t.examples) for t in tests) > 0, f"{name} has no examples"
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed (output above)"
