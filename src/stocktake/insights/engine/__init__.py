"""Offline models for suggestions and near-duplicate detection (no Django imports here)."""
