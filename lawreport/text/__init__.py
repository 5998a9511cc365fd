"""Conventions of Chinese official text shared by sources, lint, rendering, diff and import."""
