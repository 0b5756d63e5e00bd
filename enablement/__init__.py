"""Enablement Hub: find what you need to sell; publish it and hear back from sales."""

__version__ = "0.1.0"

__all__ = ["__version__"]
