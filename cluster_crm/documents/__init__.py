"""Printed documents (PDF reports, sheets, letters) built with reportlab from the services' DTOs."""
