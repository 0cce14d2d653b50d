"""veille: French news intelligence from dated dispatches.

The package follows the data: ``ingest`` reads records, ``analyze`` parses them and runs the
extractors, ``store`` keeps the results in one DuckDB file, ``query`` reads them back.
"""

__version__ = "0.1.0"
