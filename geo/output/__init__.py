"""Output files: exports written whole or not at all."""
