"""Entities' rules and value objects of Cluster CRM: no Qt, no database session."""
