"""Real git repositories for the git-aware tests: chosen authors, dates, branches, merges.

Nothing is mocked: each test builds a repository in ``tmp_path`` with the ``git`` program
(author and committer dates pinned through ``GIT_AUTHOR_DATE``/``GIT_COMMITTER_DATE``) and
runs the real commands against it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import CONTRACT

ZONE = "-06:00"  # America/Mexico_City has no daylight saving time since 2022
CATALOG_NAMES = ("lineamientos.yaml", "plataformas.yaml", "cncs.yaml")


def person(
    nombre: str,
    correo: str,
    desde: str,
    *,
    nivel: str = "medio",
    cargo: str = "Jefatura de Departamento",
) -> dict[str, Any]:
    return {
        "nombre": nombre,
        "cargo": cargo,
        "nivel_mando": nivel,
        "vinculo": "servidora_publica",
        "correo": correo,
        "telefono": "55 5000 0000 ext. 1000",
        "desde": desde,
    }


def cuenta(
    clave: str,
    usuario: str,
    *,
    plataforma: str = "x",
    accesos: tuple[str, ...] = ("propietaria", "suplente"),
    cambios: tuple[str, ...] = (),
    incidentes: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    urls = {
        "x": f"https://x.com/{usuario}",
        "facebook": f"https://www.facebook.com/{usuario}",
        "instagram": f"https://www.instagram.com/{usuario}",
    }
    data: dict[str, Any] = {
        "plataforma": plataforma,
        "usuario": usuario,
        "url": urls[plataforma],
        "correo_asociado": f"redes.{clave}@ine.mx",
        "vinculada_a_cuenta_externa": False,
        "segundo_factor": {"activo": True, "dispositivo": "propietaria"},
        "contrasena": {"cambios": [{"fecha": c, "informado_titular": c} for c in cambios]},
        "accesos": list(accesos),
    }
    if incidentes:
        data["incidentes"] = list(incidentes)
    return data


def area(
    clave: str,
    *,
    titular_github: str,
    propietaria: dict[str, Any] | None = None,
    suplente: dict[str, Any] | None = None,
    cuentas: list[dict[str, Any]] | None = None,
    correos: list[dict[str, Any]] | None = None,
    informes: list[dict[str, Any]] | None = None,
    nombre: str | None = None,
) -> str:
    """An area file's text (valid against the models; rules are not the point here)."""
    admins: dict[str, Any] = {}
    if propietaria is not None:
        admins["propietaria"] = propietaria
    if suplente is not None:
        admins["suplente"] = suplente
    data: dict[str, Any] = {
        "version": 1,
        "clave": clave,
        "nombre": nombre or f"Área {clave}",
        "tipo": "oficinas_centrales",
        "titular": {
            "nombre": f"Titular de {clave}",
            "cargo": "Dirección",
            "correo": f"titular.{clave}@ine.mx",
            "github": titular_github,
        },
        "administradores": admins,
        "informes": informes or [],
        "correos_genericos": correos
        if correos is not None
        else [
            {
                "correo": f"redes.{clave}@ine.mx",
                "estado": "asignado",
                "tramita": "propietaria",
                "solicitado": "2026-01-02",
                "asignado": "2026-01-05",
            }
        ],
        "cuentas": cuentas if cuentas is not None else [cuenta(clave, f"INE{clave}")],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


class GitRepo:
    """A repository in a temporary directory, driven through the ``git`` program."""

    def __init__(self, path: Path, *, catalogs: bool = True) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        if catalogs:
            (path / "inventory" / "areas").mkdir(parents=True, exist_ok=True)
            for name in CATALOG_NAMES:
                shutil.copyfile(CONTRACT / "inventory" / name, path / "inventory" / name)

    def env(self, date: str | None, author: tuple[str, str]) -> dict[str, str]:
        env = {
            k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k == "GIT_EXEC_PATH"
        }
        env.update(
            GIT_CONFIG_GLOBAL=os.devnull,
            GIT_CONFIG_NOSYSTEM="1",
            GIT_AUTHOR_NAME=author[0],
            GIT_AUTHOR_EMAIL=author[1],
            GIT_COMMITTER_NAME=author[0],
            GIT_COMMITTER_EMAIL=author[1],
        )
        if date is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
        return env

    def git(
        self, *args: str, date: str | None = None, author: tuple[str, str] = ("Test", "t@ine.mx")
    ) -> str:
        done = subprocess.run(
            ["git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", *args],
            cwd=self.path,
            env=self.env(date, author),
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    # -- files ----------------------------------------------------------------------------------
    def write(self, rel: str, content: str) -> None:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")

    def write_area(self, clave: str, content: str) -> None:
        self.write(f"inventory/areas/{clave}.yaml", content)

    def remove(self, rel: str) -> None:
        self.git("rm", "-q", rel)

    def rename(self, old: str, new: str) -> None:
        self.git("mv", old, new)

    # -- history --------------------------------------------------------------------------------
    def commit(
        self,
        message: str,
        *,
        date: str = "2026-01-10T12:00:00",
        author: tuple[str, str] = ("Test", "t@ine.mx"),
    ) -> str:
        """Stage everything in the work tree and commit it at ``date`` (Mexico City time)."""
        stamp = date if ("+" in date[10:] or "-" in date[10:]) else date + ZONE
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, date=stamp, author=author)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD")

    def branch(self, name: str, start: str = "HEAD") -> None:
        self.git("checkout", "-q", "-b", name, start)

    def checkout(self, name: str) -> None:
        self.git("checkout", "-q", name)

    def merge(self, branch: str, *, date: str, message: str | None = None) -> str:
        """A merge commit (``--no-ff``) of ``branch`` into the current branch."""
        stamp = date if ("+" in date[10:] or "-" in date[10:]) else date + ZONE
        self.git("merge", "-q", "--no-ff", "-m", message or f"Merge {branch}", branch, date=stamp)
        return self.head()

    def shallow_clone(self, dest: Path, depth: int = 1, *, all_branches: bool = False) -> Path:
        """A shallow clone (``--depth``) as actions/checkout makes by default."""
        extra = ["--no-single-branch"] if all_branches else []
        subprocess.run(
            ["git", "clone", "-q", "--depth", str(depth), *extra, f"file://{self.path}", str(dest)],
            env=self.env(None, ("Test", "t@ine.mx")),
            capture_output=True,
            check=True,
        )
        return dest
