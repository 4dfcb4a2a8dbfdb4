"""Zou's user blueprint: the caller's own views and records (every route needs a person token)."""
