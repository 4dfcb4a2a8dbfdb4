"""Thin HTTP routers, one module per Zou area."""
