"""Read-only views over the store: JSON/JSONL/Parquet exports and the HTML report."""
