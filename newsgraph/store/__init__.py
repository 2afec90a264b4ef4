"""The corpus store: DuckDB schema + migrations, the single writer, queries, exports."""
