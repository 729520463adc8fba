"""Importers and exporters of files (CSV, XLSX, ICS…), free of Qt and of the database."""
