"""Reading the store back: documents, statistics, exports."""
