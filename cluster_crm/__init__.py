"""Cluster CRM: a desktop CRM for the animator of a French business cluster."""

__version__ = "0.1.0"
