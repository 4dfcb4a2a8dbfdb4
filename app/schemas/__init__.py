# GENERATED from openapi/openapi.yaml by scripts/generate_schemas.sh: do not edit, run `make schemas`.
"""Pydantic models of the request bodies the routers validate, declared in openapi/openapi.yaml."""
