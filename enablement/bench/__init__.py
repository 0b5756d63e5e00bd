"""Benchmarks of the import pipeline; the verb is `enablement bench import` (`enablement.cli.bench`)."""
