"""Persistence: engine, ORM mapping, repositories, unit of work and Alembic migrations."""
