"""`make contract`: keep the multi-file contract readable by any OpenAPI tool, and bundle it.

The contract is `openapi/openapi.yaml` (info, shared components, and `paths` pointing at the
area files) plus `openapi/areas/<area>.yaml` (each area's paths and own schemas). Written by hand,
an area file may refer to a component as `#/components/...` wherever it is defined; tools reading
the files resolve such a reference in the file itself. This script:
1. rewrites every component reference to the file that defines it (`../openapi.yaml#/...` or
   `<other area>.yaml#/...`), leaving the area's own components as `#/...`;
2. rewrites the root's `paths` as one `$ref` per area path (in area, then path, order);
3. writes the bundle, `openapi/openapi.json`: what `/openapi.json` serves, byte for byte.

    .venv/bin/python scripts/contract.py            # rewrite and bundle
    .venv/bin/python scripts/contract.py --check    # exit 1 when a file would change
"""

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.contract import AREAS_DIR, BUNDLE_PATH, SPEC_PATH, area_files, bundle_bytes  # noqa: E402

# `$ref: '<file>#/components/<kind>/<name>'`, quoted or not, file part optional.
REF = re.compile(r"""(\$ref:\s*)(['"]?)([\w./-]*)#/components/(\w+)/([\w.-]+)\2""")
PATHS_BLOCK = re.compile(r"^paths:\n(?:[ \t]+.*\n|\n)*", re.MULTILINE)


def _components(path: Path) -> dict[tuple[str, str], Path]:
    document = yaml.safe_load(path.read_text()) or {}
    return {
        (kind, name): path
        for kind, entries in (document.get("components") or {}).items()
        for name in entries or {}
    }


def _where_defined() -> dict[tuple[str, str], Path]:
    defined: dict[tuple[str, str], Path] = {}
    for path in [SPEC_PATH, *area_files()]:
        for key, owner in _components(path).items():
            if key in defined:
                raise SystemExit(f"{key[0]} {key[1]!r} is defined in {defined[key].name} and {owner.name}")
            defined[key] = owner
    return defined


def _relative(target: Path, source: Path) -> str:
    if target == source:
        return ""
    if source.parent == target.parent:
        return target.name
    if source.parent == AREAS_DIR:  # an area file pointing at the root
        return "../" + target.name
    return f"{target.parent.name}/{target.name}"  # the root pointing at an area file


def fix_refs(path: Path, defined: dict[tuple[str, str], Path]) -> str:
    def rewrite(match: re.Match[str]) -> str:
        prefix, _quote, _file, kind, name = match.groups()
        owner = defined.get((kind, name))
        if owner is None:
            raise SystemExit(f"{path.name}: no component {kind}/{name}")
        return f"{prefix}'{_relative(owner, path)}#/components/{kind}/{name}'"

    return REF.sub(rewrite, path.read_text())


def _pointer(path: str) -> str:
    # JSON pointer (`~0`, `~1`), then the URI fragment's own escapes for the braces of parameters.
    return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")


def root_paths() -> str:
    lines = ["paths:"]
    for area in area_files():
        for path in (yaml.safe_load(area.read_text()) or {}).get("paths") or {}:
            lines.append(f"  {path}:")
            lines.append(f"    $ref: 'areas/{area.name}#/paths/{_pointer(path)}'")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    defined = _where_defined()
    changed = []
    for path in area_files():
        text = fix_refs(path, defined)
        if text != path.read_text():
            changed.append(path)
            if not check:
                path.write_text(text)
    root = fix_refs(SPEC_PATH, defined)
    root = PATHS_BLOCK.sub(lambda _m: root_paths(), root, count=1) if PATHS_BLOCK.search(root) else root
    if "\npaths:\n" not in root:
        root = root.replace("\ncomponents:\n", "\n" + root_paths() + "components:\n", 1)
    if root != SPEC_PATH.read_text():
        changed.append(SPEC_PATH)
        if not check:
            SPEC_PATH.write_text(root)
    bundle = bundle_bytes()
    if not BUNDLE_PATH.exists() or BUNDLE_PATH.read_bytes() != bundle:
        changed.append(BUNDLE_PATH)
        if not check:
            BUNDLE_PATH.write_bytes(bundle)
    for path in changed:
        print(f"{'stale' if check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
