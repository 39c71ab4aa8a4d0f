"""newstrace: trace news to its sources."""

__version__ = "0.1.0"
