"""The new area as it is being answered, judged by the same rules `validate` runs.

The wizard has no validation of its own. Each answer is written into a draft of
``inventory/areas/<clave>.yaml``; the draft goes through the project's loader and model
(plain fields: the model's own types, rendered with the ``esquema`` rule's messages) and
through the rules that judge that answer (their own checks and messages), next to the rest
of the inventory (so a duplicate account or address names the area that holds it).

Required keys that are not answered yet hold neutral placeholders so that the draft is a
complete area the rules can read; only problems about the answer are reported, and a
problem that says a value is *missing* is never a reason to refuse a given answer (pending
documents are listed at the end of the wizard).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import yaml

from validator.authoring.area_file import Invalid
from validator.i18n import Message
from validator.loading.schema_issues import dotted
from validator.loading.sources import Inventory, SourceFile
from validator.rules import get as get_rule
from validator.rules.base import CatalogUnavailableError, Context

V = TypeVar("V")  # an answer: kept as given when the model and the rules accept it
Path = tuple[str | int, ...]
DRAFT_CLAVE = "borrador"


@dataclass(frozen=True)
class Note:
    """A rule's warning about an accepted answer (shown, not refused)."""

    rule: str
    text: str


def _related(a: Path, b: Path) -> bool:
    """One path lies inside the other (a problem about the answer or about its container)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _set(data: dict[str, Any], path: Path, value: Any) -> None:
    node: Any = data
    for part, following in itertools.pairwise(path):
        if isinstance(part, int):
            while len(node) <= part:
                node.append({} if isinstance(following, str) else [])
            node = node[part]
        else:
            if part not in node:
                node[part] = [] if isinstance(following, int) else {}
            node = node[part]
    last = path[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
        node[last] = value
    else:
        node[last] = value


def _fill(node: dict[str, Any], defaults: dict[str, Any]) -> None:
    for key, value in defaults.items():
        node.setdefault(key, value)


class Draft:
    """Answers so far; :meth:`answer` judges one more and keeps it only when accepted."""

    def __init__(self, inventory: Inventory, as_of: date, lang: str) -> None:
        if inventory.lineamientos is None or inventory.plataformas is None:
            raise Invalid(
                Message(
                    es="los catálogos inventory/lineamientos.yaml o inventory/plataformas.yaml "
                    "no son válidos; corrija primero lo que indica `ine-redes validate`",
                    en="inventory/lineamientos.yaml or inventory/plataformas.yaml is not valid; "
                    "first fix what `ine-redes validate` reports",
                ).text(lang)
            )
        self.inventory = inventory
        self.as_of = as_of
        self.lang = lang
        self.dominio = inventory.lineamientos.dominio
        self.data: dict[str, Any] = {"version": 1}

    # -- the draft as a file
    def _complete(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` with neutral placeholders for every required key not answered yet."""
        out = copy.deepcopy(data)
        iso = self.as_of.isoformat()
        _fill(out, {"clave": DRAFT_CLAVE, "nombre": "Borrador", "tipo": "oficinas_centrales"})
        _fill(out.setdefault("titular", {}), {
            "nombre": "Borrador", "cargo": "Borrador", "github": "borrador",
            "correo": f"borrador.titular@{self.dominio}",
        })  # fmt: skip
        for rol, admin in out.setdefault("administradores", {}).items():
            _fill(admin, {
                "nombre": "Borrador", "cargo": "Borrador", "nivel_mando": "medio",
                "vinculo": "servidora_publica", "correo": f"borrador.{rol}@{self.dominio}",
                "telefono": "00000", "desde": iso,
            })  # fmt: skip
        for informe in out.get("informes", []):
            _fill(informe, {"fecha": iso, "tipo": "cambio"})
        for n, correo in enumerate(out.get("correos_genericos", [])):
            _fill(correo, {
                "correo": f"borrador{n}@{self.dominio}", "estado": "solicitado",
                "tramita": "propietaria", "solicitado": iso,
            })  # fmt: skip
            if correo["estado"] == "asignado":
                correo.setdefault("asignado", iso)
        for n, cuenta in enumerate(out.get("cuentas", [])):
            _fill(cuenta, {
                "plataforma": "borrador", "usuario": f"borrador{n}",
                "url": f"https://borrador.invalid/{n}", "vinculada_a_cuenta_externa": False,
            })  # fmt: skip
        return out

    def _source(self, data: dict[str, Any]) -> SourceFile:
        from pathlib import Path as FsPath

        from validator.loading.inventory import validate_model
        from validator.loading.yaml_loader import load_text

        clave = str(data.get("clave", DRAFT_CLAVE))
        # ASCII with escapes: every answer reaches the loader exactly as typed (a raw U+0085
        # inside a YAML scalar would be read as a line break).
        text = yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=10_000)
        source = SourceFile(
            path=f"inventory/areas/{clave}.yaml",
            abspath=FsPath(f"{clave}.yaml"),
            kind="area",
            doc=load_text(text),
        )
        validate_model(source)
        return source

    # -- judging one answer
    def answer(
        self,
        path: Path,
        value: V,
        rules: Sequence[str] = (),
        *,
        anywhere: Sequence[str] = (),
    ) -> tuple[V, list[Note]]:
        """Keep ``value`` at ``path`` if the model and ``rules`` accept it, else raise
        :class:`Invalid` with their messages. ``rules`` report problems about the answer
        (at its path or around it); ``anywhere`` rules report this answer's problems at
        another key of the area (aviso-cambio: a late report is reported at ``desde``)."""
        data = copy.deepcopy(self.data)
        _set(data, path, value)
        source = self._source(self._complete(data))
        errors: list[str] = []
        notes: list[Note] = []
        shown = dotted(path)
        error = source.doc.error
        if error is not None:  # the answer makes text the project's strict loader refuses
            raise Invalid(self._render("yaml-invalido", error.code, error.params))
        for issue in source.schema_issues:
            field = str(issue.params.get("field", ""))
            if field == shown or field.startswith((shown + ".", shown + "[")):
                errors.append(self._render("esquema", issue.code, issue.params))
        if source.model is not None and not errors:
            for rule_id, severity, text in self._problems(source, path, rules, anywhere):
                if severity == "error":
                    errors.append(text)
                else:
                    notes.append(Note(rule_id, text))
        if errors:
            raise Invalid(" ".join(dict.fromkeys(errors)))
        self.data = data
        return value, notes

    def _problems(
        self, source: SourceFile, path: Path, rules: Sequence[str], anywhere: Sequence[str]
    ) -> Iterator[tuple[str, str, str]]:
        inventory = dataclasses.replace(
            self.inventory,
            area_files=[f for f in self.inventory.area_files if f.path != source.path] + [source],
        )
        ctx = Context(inventory=inventory, as_of=self.as_of, targets=frozenset({source.path}))
        for rule_id in (*rules, *anywhere):
            rule = get_rule(rule_id)
            try:
                found = list(rule.run(ctx))
            except CatalogUnavailableError:
                continue
            for prob in found:
                if prob.source is not source or prob.key.startswith("missing"):
                    continue
                if rule_id not in anywhere and not _related(prob.path, path):
                    continue
                severity = (prob.severity or rule.severity).value
                yield rule_id, severity, self._render(rule_id, prob.key, prob.params)

    def _render(self, rule_id: str, key: str, params: Any) -> str:
        rule = get_rule(rule_id)
        text = rule.messages[key].render(self.lang, params)
        return f"{text} [{rule_id}; {rule.clause}]" if rule.clause != "—" else text

    def judge(self, path: Path, rules: Sequence[str], anywhere: Sequence[str] = ()) -> None:
        """Re-judge answers already given (e.g. the last of several that a rule needs)."""
        self.answer(path, self._get(path), rules, anywhere=anywhere)

    def _get(self, path: Path) -> Any:
        node: Any = self.data
        for part in path:
            node = node[part]
        return node


def why(path: Path) -> str:
    """The model's description of the field at ``path`` (what it is for, and its clause)."""
    import types
    import typing

    from validator.models import Area
    from validator.models.model_api import is_model, model_fields

    model: Any = Area
    description = ""
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and is_model(model)):
            return description
        info = model_fields(model).get(part)
        if info is None:
            return ""
        description = info.description or ""
        annotation: Any = info.annotation
        # Unwrap Optional[...] and list[...] to the model inside, if any.
        while typing.get_origin(annotation) in (typing.Union, types.UnionType, list):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if args else None
        model = annotation
    return description
