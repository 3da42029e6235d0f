"""The register's schema versions (Alembic). ``versions/`` holds one revision per schema
change: ``0001`` is the schema of release 0.1.0 (what ``create_all`` made before the schema was
versioned), each later one moves it forward. ``pipeline.workflow.migrate`` runs them; ``env.py``
is Alembic's entry point and uses the connection it is given."""
