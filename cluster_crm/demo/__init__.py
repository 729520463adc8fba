"""The demo cluster: a fictional, deterministic Normandy business cluster with a year of activity."""
