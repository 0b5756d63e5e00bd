"""The marketer's workbench: deck checks ("selling, not pretty"), near-duplicates, pitch building.

Qt-free and shared by the CLI and the app. It reads the library (store) and may use ingest's
extractors on a file that is not in the library yet; it never writes the index.
"""
