"""Every declared difference between our answers and Zou 1.0.97's, keyed by (area, step name, path).

One module per area or group of areas (so areas recorded side by side never edit one file), each with
an `INTENTIONAL` and a `PENDING` dict; this package merges them. Key format: see earlier_areas.py and
README.md.
"""

import importlib
import pkgutil

INTENTIONAL: dict[tuple[str, str, str], str] = {}
PENDING: dict[tuple[str, str, str], str] = {}

for _module in pkgutil.iter_modules(__path__):
    _declared = importlib.import_module(f"{__name__}.{_module.name}")
    for _merged, _part in ((INTENTIONAL, _declared.INTENTIONAL), (PENDING, _declared.PENDING)):
        _clash = _merged.keys() & _part.keys()
        assert not _clash, f"declared twice: {sorted(_clash)}"
        _merged.update(_part)
