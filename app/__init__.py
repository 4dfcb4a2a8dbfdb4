"""A fast, async, OpenAPI-first implementation of the Zou API."""

__version__ = "0.1.0"
