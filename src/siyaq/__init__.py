"""siyaq: Arabic news pages in, a clean, linked, searchable news archive out."""

__version__ = "0.1.0"
