"""Lint rules: one module per rule."""
