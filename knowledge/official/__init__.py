"""Official results files (House of Commons Library, Electoral Commission): formats, import, checks."""
