"""Local cache of the desktop app (issue 3): SQLAlchemy models, migrations, pure domain rules. No Qt."""
