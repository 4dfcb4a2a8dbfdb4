#!/usr/bin/env bash
# Regenerate the Pydantic models of app/schemas/ from the contract in openapi/ (`make schemas`).
# Usage: scripts/generate_schemas.sh [OUTPUT_DIR]   (default: app/schemas)
# The options are pinned: the contract tests regenerate into a temporary folder and compare.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/app/schemas}"
CODEGEN="${DATAMODEL_CODEGEN:-$ROOT/.venv/bin/datamodel-codegen}"
HEADER="# GENERATED from openapi/openapi.yaml by scripts/generate_schemas.sh: do not edit, run \`make schemas\`."

mkdir -p "$OUT"
cd "$ROOT"
# The contract is the root document plus openapi/areas/*.yaml, merged. Only the request bodies the
# routers validate become classes (with the schemas they refer to): every worker imports them, and
# the responses are checked against the document itself by the contract tests.
BUNDLE="$(mktemp --suffix=.json)"
trap 'rm -f "$BUNDLE"' EXIT
"${PYTHON:-$ROOT/.venv/bin/python}" -m app contract --request-models > "$BUNDLE"
"$CODEGEN" \
  --ignore-pyproject \
  --input "$BUNDLE" \
  --input-file-type openapi \
  --openapi-scopes schemas \
  --output "$OUT/models.py" \
  --output-model-type pydantic_v2.BaseModel \
  --target-python-version 3.11 \
  --snake-case-field \
  --allow-population-by-field-name \
  --use-standard-collections \
  --use-union-operator \
  --field-constraints \
  --enum-field-as-literal all \
  --use-schema-description \
  --use-field-description \
  --use-double-quotes \
  --disable-timestamp \
  --formatters black isort \
  --custom-file-header "$HEADER" \
  --disable-warnings

cat > "$OUT/__init__.py" <<PY
$HEADER
"""Pydantic models of the request bodies the routers validate, declared in openapi/openapi.yaml."""
PY
