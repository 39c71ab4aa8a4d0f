"""Analysis stages.

Every stage is a module with ``NAME`` and ``run(records: RecordSet, settings: Settings) ->
RecordSet``: plain Python over frozen records, so a backend (local or Spark) can wrap it
unchanged.  Ingest is the exception: it turns inputs (paths, bytes) into Articles.
"""
