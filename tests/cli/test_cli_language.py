"""Spanish for the people who use the command line (issue 13 points 1 and 2).

Spanish by default, English with ``--lang en`` or ``INE_REDES_LANG=en``: click's own usage
errors and help pages, our help texts, prompts, the YAML parser's problems, dates that do
not exist, severity words; a named path that is not an inventory file is a usage error; a
closed pipe ends quietly. Asserted on the real console script in a subprocess and through
click's CliRunner.
"""

from __future__ import annotations

import ast
import inspect
import os
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.conftest import REPO_ROOT, console_script, make_inventory
from validator.cli import LAZY_COMMANDS, click_es, help_en, language, main
from validator.loading.yaml_problems import PROBLEMS, describe

AS_OF = "2026-11-29"


def cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess[str]:
    """The installed ``ine-redes``, as a person runs it."""
    full_env = {k: v for k, v in os.environ.items() if k != language.ENV_VAR}
    return subprocess.run(
        [console_script(), *args],
        cwd=cwd,
        env={**full_env, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def invoke(
    *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> click.testing.Result:
    return CliRunner().invoke(
        main, list(args), input=input, env={language.ENV_VAR: None, **(env or {})}
    )


# -- click's usage errors, on the real command line ---------------------------------------------
def test_usage_error_is_spanish_by_default() -> None:
    done = cli("validate", "--no-existe")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "Uso: ine-redes validate [OPCIONES] [ARCHIVO]...",
        "Pruebe 'ine-redes validate --help' para ver la ayuda.",
        "",
        "Error: No existe la opción '--no-existe'.",
    ]


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--lang", "en"), {}), (("--lang=en",), {}), ((), {language.ENV_VAR: "en"})],
    ids=["--lang en", "--lang=en", "INE_REDES_LANG"],
)
def test_usage_error_in_english_on_request(args: tuple[str, ...], env: dict[str, str]) -> None:
    done = cli("validate", *args, "--no-existe", env=env)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "Usage: ine-redes validate [OPTIONS] [PATHS]...",
        "Try 'ine-redes validate --help' for help.",
        "",
        "Error: No such option '--no-existe'.",
    ]


def test_command_line_option_wins_over_the_environment() -> None:
    done = cli("validate", "--lang", "es", "--no-existe", env={language.ENV_VAR: "en"})
    assert done.stderr.startswith("Uso:")


def test_other_usage_errors_in_spanish() -> None:
    assert "Error: Falta la opción '--actor'." in cli("authorize", "--base", "main").stderr
    assert "No existe el comando 'validar'." in cli("validar").stderr
    done = cli("validate", "--format", "xml")
    assert "Valor no válido para '--format': 'xml' no es ninguno de estos valores" in done.stderr
    done = cli("reminders", "--within", "999")
    assert "999 no está en el intervalo 0<=x<=366." in done.stderr
    done = cli("validate", "--repo", "/no/existe/en/ningun/lado")
    assert done.returncode == 2 and "no se encontró el inventario" in done.stderr


@pytest.mark.parametrize(
    ("value", "es", "en"),
    [
        ("2026-02-30", "«2026-02-30»: la fecha no existe", "«2026-02-30»: no such date"),
        ("2026-13-01", "«2026-13-01»: la fecha no existe", "«2026-13-01»: no such date"),
        (
            "29/11/2026",
            "«29/11/2026» no es una fecha AAAA-MM-DD",
            "«29/11/2026» is not a YYYY-MM-DD",
        ),
    ],
)
def test_a_date_that_does_not_exist(value: str, es: str, en: str) -> None:
    done = cli("validate", "--as-of", value)
    assert done.returncode == 2
    assert f"Error: Valor no válido para '--as-of': {es}" in done.stderr, done.stderr
    assert "does not match" not in done.stderr
    english = cli("validate", "--as-of", value, "--lang", "en")
    assert f"Error: Invalid value for '--as-of': {en}" in english.stderr, english.stderr
    assert "la fecha no existe" in invoke("history", "--at", "2026-02-30").output


# -- help pages ---------------------------------------------------------------------------------
def test_help_pages_are_spanish() -> None:
    top = cli("--help").stdout
    assert top.startswith("Uso: ine-redes [OPCIONES] COMANDO [ARGS]...")
    for line in ("Opciones:", "Comandos:", "  -h, --help  Muestra esta ayuda y termina."):
        assert line in top.splitlines(), line
    page = cli("validate", "--help").stdout
    assert "Valida el inventario completo" in page and "AAAA-MM-DD" in page
    assert "[variable de entorno: INE_REDES_LANG; por omisión: es]" in " ".join(page.split())
    assert "--select TEXTO" in page and "--repo DIRECTORIO" in page
    for english in ("Usage", "Options", "Show this message", "default:", "env var", "TEXT "):
        assert english not in page, english


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_help_pages_in_english_on_request(where: str) -> None:
    args, env = {
        "before": (("--lang", "en", "--help"), {}),
        "after": (("--help", "--lang", "en"), {}),
        "env": (("--help",), {language.ENV_VAR: "en"}),
    }[where]
    page = cli("validate", *args, env=env).stdout
    assert page.startswith("Usage: ine-redes validate [OPTIONS] [PATHS]...")
    assert "Validate the whole inventory, or only the given files" in page
    assert "Warnings block too." in page and "YYYY-MM-DD" in page
    assert "Valida el inventario" not in page and "Opciones" not in page


def every_command() -> list[tuple[str, click.Command]]:
    """Every command and subcommand, as the command line loads it."""
    ctx = click.Context(main)
    found: list[tuple[str, click.Command]] = []

    def walk(command: click.Command, path: str) -> None:
        found.append((path, command))
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None
                walk(sub, f"{path} {name}".strip())

    walk(main, "")
    return found


def help_texts() -> dict[str, str]:
    """Every Spanish help text of the command line -> where it is used."""
    texts = {short: f"command list: {name}" for name, (_, short) in LAZY_COMMANDS.items()}
    for path, command in every_command():
        if command.help:
            texts[inspect.cleandoc(command.help)] = path or "ine-redes"
        for param in command.params:
            text = getattr(param, "help", None)
            if text:
                texts[text] = f"{path} {param.name}"
    return texts


def test_every_help_text_has_its_english_and_every_english_is_used() -> None:
    texts = help_texts()
    missing = {where: text for text, where in texts.items() if text not in help_en.HELP_EN}
    assert not missing, f"add to validator/cli/help_en.py: {missing}"
    click_own = {"Muestra esta ayuda y termina."}
    unused = set(help_en.HELP_EN) - set(texts) - click_own
    assert not unused, f"no longer used, remove from validator/cli/help_en.py: {unused}"


@pytest.mark.parametrize("path", [p for p, _ in every_command()], ids=lambda p: p or "ine-redes")
def test_every_help_page_in_both_languages(path: str) -> None:
    es = invoke(*path.split(), "--help")
    en = invoke(*path.split(), "--help", env={language.ENV_VAR: "en"})
    assert es.exit_code == en.exit_code == 0, (es.output, en.output)
    assert es.output.startswith("Uso: ") and en.output.startswith("Usage: ")
    assert "Opciones:" in es.output and "Options:" in en.output
    spanish_only = [t for t in help_texts() if t != help_en.HELP_EN.get(t, "") and len(t) > 12]
    flat = " ".join(en.output.split())
    assert not [t for t in spanish_only if " ".join(t.split()) in flat]


# -- click's own messages: the table covers the installed click --------------------------------
def click_message_ids() -> tuple[set[str], set[str], set[str]]:
    """(singular ids, plural ids, modules using gettext) of the installed click's source."""
    singular: set[str] = set()
    plural: set[str] = set()
    modules: set[str] = set()
    root = Path(click.__file__).parent
    for source in sorted(root.glob("*.py")):
        text = source.read_text(encoding="utf-8")
        if "from gettext import" not in text or source.name in ("testing.py", "_winconsole.py"):
            continue
        modules.add(f"click.{source.stem}")
        for node in ast.walk(ast.parse(text)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.id == "_" and args:
                singular.add(args[0])
            elif node.func.id == "ngettext" and args:
                plural.add(args[0])
    singular.add("required")  # click passes it through _() from a variable
    return singular, plural, modules


def test_every_click_message_has_its_spanish() -> None:
    singular, plural, modules = click_message_ids()
    assert not singular - set(click_es.SINGULAR), "add to validator/cli/click_es.py"
    assert not plural - set(click_es.PLURAL), "add to validator/cli/click_es.py"
    assert modules <= set(language.CLICK_MODULES)


# -- prompts ------------------------------------------------------------------------------------
def test_yes_no_prompt_in_spanish_accepts_both_languages() -> None:
    from validator.authoring.prompts import confirm

    @click.command()
    @click.option("--lang", default="es")
    def ask(lang: str) -> None:
        click.echo(f"respuesta={confirm('¿Seguir?', default=True, lang=lang)}")
        click.echo(f"respuesta={confirm('¿Otra?', default=False, lang=lang)}")

    ask.context_class = language.Context
    result = CliRunner().invoke(ask, [], input="quizá\nSí\n\n")
    assert "¿Seguir? [S/n]: " in result.output and "¿Otra? [s/N]: " in result.output
    assert "Error: responda s (sí) o n (no)" in result.output
    assert result.output.count("respuesta=True") == 1 and "respuesta=False" in result.output
    for typed, expected in [("s", True), ("si", True), ("SÍ", True), ("y", True), ("yes", True),
                            ("n", False), ("no", False), ("NO", False)]:  # fmt: skip
        result = CliRunner().invoke(ask, [], input=f"{typed}\nn\n")
        assert result.output.splitlines()[1] == f"respuesta={expected}", typed
    english = CliRunner().invoke(ask, ["--lang", "en"], input="maybe\ny\nn\n")
    assert "[Y/n]" in english.output and "answer y (yes) or n (no)" in english.output


def test_wizard_prompt_and_abort_in_spanish(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "inventory", tmp_path / "inventory")
    result = invoke("new-area", "--repo", str(tmp_path), "--fecha", AS_OF, input="junta_local\n")
    assert result.exit_code == 1
    assert "¡Cancelado!" in result.output and "Aborted" not in result.output
    english = invoke("new-area", "--repo", str(tmp_path), "--lang", "en", input="")
    assert "Aborted!" in english.output


# -- what validate says -------------------------------------------------------------------------
def test_named_paths_that_are_not_area_files_are_usage_errors() -> None:
    done = cli("validate", "--as-of", AS_OF, "inventory/areas/no-existe.yaml")
    assert done.returncode == 2 and done.stdout == ""
    assert "Error: inventory/areas/no-existe.yaml: no existe ese archivo" in done.stderr
    for path in ("README.md", "generated", "generated/cncs/administradores.json"):
        done = cli("validate", "--as-of", AS_OF, path)
        assert done.returncode == 2, path
        assert f"Error: {path} no es un archivo de área" in done.stderr, done.stderr
    english = cli("validate", "--lang", "en", "inventory/areas/no-existe.yaml")
    assert "Error: inventory/areas/no-existe.yaml: no such file" in english.stderr
    # Area files and catalogues are what the pre-commit hook passes: still fine.
    done = cli("validate", "--as-of", AS_OF, "inventory/areas/jd01ags.yaml", "inventory/cncs.yaml")
    assert done.returncode == 0 and "Sin hallazgos" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--lang", "en"),
        ("validate", "--as-of", AS_OF),
        ("rules",),
        ("validate", "--help"),
        ("--help",),
        ("reminders", "--as-of", AS_OF),
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_quietly(args: tuple[str, ...]) -> None:
    """``ine-redes validate --lang en | head -2``: the reader is gone before anything is
    written (here: from the start), so every write meets a closed pipe."""
    env = {k: v for k, v in os.environ.items() if k != language.ENV_VAR}
    proc = subprocess.Popen(
        [console_script(), *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 141, err
    assert err == ""


def test_severity_words_are_spanish() -> None:
    listing = cli("rules").stdout
    assert " aviso " in listing and "warning" not in listing
    assert "Severidad: aviso" in cli("explain", "servidora-publica").stdout
    assert " warning " in cli("rules", "--lang", "en").stdout


SYNTAX_ERRORS = {
    "dos puntos": "clave: jd01ags\nnombre: Junta: Distrital\n  otro: x\n",
    "corchete": "clave: jd01ags\nlista: [1, 2\n",
    "tabulador": "clave: jd01ags\n\tnombre: x\n",
    "comillas": 'clave: jd01ags\nnombre: "sin cerrar\n',
    "sangría": "clave: jd01ags\n  nombre: x\n otro: y\n",
    "arroba": "clave: jd01ags\nusuario: @INEMexico\n",
}


@pytest.mark.parametrize("text", SYNTAX_ERRORS.values(), ids=SYNTAX_ERRORS.keys())
def test_yaml_syntax_errors_are_spanish_sentences(tmp_path: Path, text: str) -> None:
    root = make_inventory(tmp_path, {"jd01ags.yaml": text})
    done = cli("validate", "--as-of", AS_OF, cwd=root)
    [line] = [line for line in done.stdout.splitlines() if "[yaml-invalido]" in line]
    message = line.split("[yaml-invalido] ", 1)[1]
    assert message.startswith("El archivo no es YAML válido en este punto: ")
    assert describe("x").es not in message  # a known problem, not the catch-all
    english_words = {"found", "expected", "allowed", "while", "scanning", "could not", "token"}
    assert not [w for w in english_words if w in message], message
    english = cli("validate", "--as-of", AS_OF, "--lang", "en", cwd=root)
    assert "The file is not valid YAML here: " in english.stdout


def test_yaml_problem_table_reads_both_parsers() -> None:
    assert all(es and en and es != en for es, en in ((m.es, m.en) for m in PROBLEMS.values()))
    # PyYAML's pure-Python wording of the same problems.
    assert (
        describe("mapping values are not allowed here")
        == PROBLEMS["mapping values are not allowed in this context"]
    )
    assert describe("found character '\\t' that cannot start any token").es.startswith("hay un")
    unknown = describe("something new in libyaml 0.3")
    unknown_es, unknown_en = unknown.es, unknown.en
    assert "libyaml" not in unknown_es and unknown_en == "something new in libyaml 0.3"


def test_no_english_only_yes_no_prompt_in_the_package() -> None:
    """click.confirm shows [Y/n] and takes only y/n: every yes/no question goes through
    validator.authoring.prompts.confirm."""
    package = REPO_ROOT / "validator"
    users = [p for p in package.rglob("*.py") if "click.confirm(" in p.read_text(encoding="utf-8")]
    assert users == []
