"""Engines: batches on one core or several, Dask, progress and signals."""
