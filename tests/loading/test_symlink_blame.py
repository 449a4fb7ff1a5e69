"""A symlinked area file is reported under its own name, never its target's (red team,
2026-12-01).

``relpath`` resolved the whole path, so ``inventory/areas/jd09ags.yaml`` pointing at
``jd01ags.yaml`` (or at ``../cncs.yaml``) was reported as «jd01ags.yaml is not a regular
file»: the error blamed an innocent area, and ``validate --changed-since`` - which reports
only the files a pull request changes - dropped it, so the pull request that added the link
passed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import contract_area, make_inventory
from tests.gitrepo import GitRepo, area, person
from validator.cli import main


def _findings(root: Path, *args: str) -> tuple[int, list[dict[str, object]]]:
    res = CliRunner().invoke(
        main, ["validate", "--repo", str(root), "--format", "json", "--as-of", "2026-11-29", *args]
    )
    assert res.exit_code in (0, 1), res.output
    return res.exit_code, json.loads(res.stdout)["findings"]


@pytest.mark.parametrize("target", ["jd01ags.yaml", "../cncs.yaml", "/etc/hostname"])
def test_a_symlinked_area_is_blamed_under_its_own_name(tmp_path: Path, target: str) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": contract_area()})
    (root / "inventory" / "areas" / "jd09ags.yaml").symlink_to(target)
    code, findings = _findings(root)
    assert code == 1
    assert {(f["rule"], f["file"]) for f in findings} == {
        ("yaml-invalido", "inventory/areas/jd09ags.yaml")
    }


def test_a_pull_request_adding_a_symlinked_area_fails_changed_since(tmp_path: Path) -> None:
    r = GitRepo(tmp_path / "repo")
    juan = person("Juan Pérez", "juan.perez@ine.mx", "2026-01-15")
    ana = person("Ana Ramírez", "ana.jd01@ine.mx", "2026-01-15", nivel="operativo")
    r.write_area("jd01", area("jd01", titular_github="t", propietaria=juan, suplente=ana))
    r.commit("base")
    r.branch("pr")
    (r.path / "inventory" / "areas" / "jd09.yaml").symlink_to("jd01.yaml")
    r.commit("a link")
    code, findings = _findings(r.path, "--changed-since", "main")
    assert code == 1
    assert [(f["rule"], f["file"]) for f in findings] == [
        ("yaml-invalido", "inventory/areas/jd09.yaml")
    ]
