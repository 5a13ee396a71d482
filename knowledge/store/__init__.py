"""The SQLite knowledge base: records merged per seat, ingest of article files, export."""
