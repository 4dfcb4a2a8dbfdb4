"""The layers and area boundaries of `pyproject.toml` hold, and import-linter catches a breach."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def _copy_of_the_app(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def _plant(root: Path, module: str, line: str) -> None:
    path = root / (module.replace(".", "/") + ".py")
    path.write_text(path.read_text() + f"\n{line}  # planted\n")


def test_the_layers_hold():
    run = _lint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_a_generic_package_importing_an_area_is_refused(tmp_path):
    root = _copy_of_the_app(tmp_path)
    _plant(root, "app.crud.hooks", "from app.areas import assemble")
    run = _lint(root)
    assert run.returncode == 1
    assert "app.crud is not allowed to import app.areas" in run.stdout


def test_an_area_reaching_into_another_is_refused(tmp_path):
    root = _copy_of_the_app(tmp_path)
    _plant(root, "app.areas.assets.service", "from app.areas.shots import quotas")
    run = _lint(root)
    assert run.returncode == 1
    assert "app.areas.assets is not allowed to import app.areas.shots" in run.stdout


def test_a_circle_between_modules_is_refused(tmp_path):
    root = _copy_of_the_app(tmp_path)
    # Within one area, so only the circle itself can break a contract.
    _plant(root, "app.areas.shots.quotas", "from app.areas.shots import stats")
    _plant(root, "app.areas.shots.stats", "from app.areas.shots import quotas")
    run = _lint(root)
    assert run.returncode == 1
    assert "No import circles" in run.stdout.split("Broken contracts")[-1]
