"""Storage: the library folder, its database (SQLite or PostgreSQL) and the originals."""

from enablement.store.library import BlobStore, Library, normalise_db_url

__all__ = ["BlobStore", "Library", "normalise_db_url"]
