"""SQLite store: schema with numbered migrations and the one writer."""

from newstrace.store.sqlite import IngestReport, Store

__all__ = ["Store", "IngestReport"]
