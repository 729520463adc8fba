"""Use cases: plain functions taking simple values and a unit of work, returning DTOs."""
