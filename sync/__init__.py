"""Wire protocol, HTTP client and sync engine. Never imports Qt."""
