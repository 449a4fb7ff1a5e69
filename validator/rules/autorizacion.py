"""autorizacion (4.2 I; 4.5): the author of a pull request may change what it changes.

The decision needs git (who the author is, what the base branch says), which the inventory
alone does not carry, so it lives in :mod:`validator.gitops.authorize` and runs from
``ine-redes authorize``. This module holds the rule's metadata and its messages (the reasons
for a refusal, in Spanish and English), which ``authorize`` renders; its check yields
nothing when the inventory is validated on its own (the rule is opt-in).
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.rules.base import ERROR, Context, Message, Problem, rule

_WHO_CNCS = Message(
    es="sólo un revisor de la CNCS (revisores de inventory/cncs.yaml en la rama base: {revisores})",
    en="only a CNCS reviewer (revisores in inventory/cncs.yaml on the base branch: {revisores})",
)


@rule(
    id="autorizacion",
    severity=ERROR,
    clause="4.2 I; 4.5",
    default_enabled=False,
    summary=Message(
        es="Quien abre el pull request puede modificar lo que modifica (titular en la rama base, o CNCS).",
        en="The pull request's author may change what it changes (titular on the base branch, or CNCS).",
    ),
    description=Message(
        es=(
            "Se ejecuta con `ine-redes authorize --actor LOGIN --base REF`. Se juzga cada ruta que "
            "cambia entre el ancestro común de REF y HEAD, con el inventario tal como está en REF "
            "(un pull request no puede autorizarse a sí mismo editando al titular):\n"
            "* el archivo de un área (inventory/areas/<clave>.yaml): sólo su `titular.github` en la "
            "rama base o un revisor de la CNCS; borrar o renombrar un área: sólo la CNCS;\n"
            "* crear un área: la CNCS, o la persona titular que la CNCS preregistró para esa "
            "clave en `altas` de inventory/cncs.yaml (rama base), con el nombre y la cuenta de "
            "GitHub preregistrados;\n"
            "* inventory/documentos/<clave>/: el titular de esa área (o el preregistrado, si el "
            "área aún no existe) o la CNCS;\n"
            "* catálogos (inventory/*.yaml), schemas/, validator/, .github/, docs/, tests/ y todo "
            "lo demás: sólo la CNCS;\n"
            "* generated/ y .github/CODEOWNERS: nadie, salvo la identidad del flujo de fusión.\n"
            "Las cuentas de GitHub se comparan sin distinguir mayúsculas."
        ),
        en=(
            "Runs with `ine-redes authorize --actor LOGIN --base REF`. Every path changed between "
            "the merge base of REF and HEAD is judged against the inventory as it is on REF (a "
            "pull request cannot authorise itself by editing the titular):\n"
            "* an area file (inventory/areas/<clave>.yaml): only its `titular.github` on the base "
            "branch or a CNCS reviewer; deleting or renaming an area: CNCS only;\n"
            "* creating an area: CNCS, or the titular CNCS pre-registered for that clave in "
            "`altas` of inventory/cncs.yaml (base branch), with the pre-registered name and "
            "GitHub login;\n"
            "* inventory/documentos/<clave>/: that area's titular (or the pre-registered one, "
            "while the area does not exist yet) or CNCS;\n"
            "* catalogues (inventory/*.yaml), schemas/, validator/, .github/, docs/, tests/ and "
            "everything else: CNCS only;\n"
            "* generated/ and .github/CODEOWNERS: nobody but the merge hook's identity.\n"
            "GitHub logins compare case-insensitively."
        ),
    ),
    messages={
        "area_ajena": Message(
            es="{actor} no puede modificar {path}: el archivo del área {clave} lo modifica sólo "
            "su titular según la rama base ({titular}) o un revisor de la CNCS ({revisores}). "
            "Pida a {titular} que abra el pull request, o a la CNCS que lo haga.",
            en="{actor} may not change {path}: area {clave}'s file is changed only by its titular "
            "according to the base branch ({titular}) or by a CNCS reviewer ({revisores}). Ask "
            "{titular} to open the pull request, or CNCS to do it.",
        ),
        "area_sin_titular": Message(
            es="{actor} no puede modificar {path}: en la rama base el archivo no es válido y no "
            "se sabe quién es su titular; " + _WHO_CNCS.es + " puede corregirlo.",
            en="{actor} may not change {path}: on the base branch the file is not valid and its "
            "titular cannot be known; " + _WHO_CNCS.en + " may fix it.",
        ),
        "area_alta": Message(
            es="{actor} no puede crear el área {path}: la CNCS no la ha preregistrado (altas de "
            "inventory/cncs.yaml en la rama base, con la clave, el nombre y la cuenta de GitHub "
            "de su titular), o ya existe; dar de alta un área que no está preregistrada "
            "corresponde " + _WHO_CNCS.es + ". Solicite a la CNCS que preregistre el área.",
            en="{actor} may not create area {path}: CNCS has not pre-registered it (altas in "
            "inventory/cncs.yaml on the base branch, with the clave, the name and its titular's "
            "GitHub login), or it exists already; adding an area that is not pre-registered is "
            "for " + _WHO_CNCS.en + ". Ask CNCS to pre-register the area.",
        ),
        "alta_ajena": Message(
            es="{actor} no puede crear {path}: la CNCS preregistró el área {clave} para la "
            "cuenta {titular} (altas de inventory/cncs.yaml en la rama base). Pida a {titular} "
            "que abra el pull request, o a la CNCS que corrija el preregistro.",
            en="{actor} may not create {path}: CNCS pre-registered area {clave} for the login "
            "{titular} (altas in inventory/cncs.yaml on the base branch). Ask {titular} to "
            "open the pull request, or CNCS to correct the pre-registration.",
        ),
        "alta_distinta": Message(
            es="{actor} no puede crear {path} así: el archivo dice nombre «{nombre_archivo}» y "
            "titular.github «{titular_archivo}», pero la CNCS preregistró el área {clave} con "
            "nombre «{nombre}» y titular {titular}. Escriba esos datos exactamente, o pida a "
            "la CNCS que corrija el preregistro.",
            en="{actor} may not create {path} like this: the file says nombre «{nombre_archivo}» "
            "and titular.github «{titular_archivo}», but CNCS pre-registered area {clave} with "
            "nombre «{nombre}» and titular {titular}. Write exactly those, or ask CNCS to "
            "correct the pre-registration.",
        ),
        "alta_invalida": Message(
            es="{actor} no puede crear {path} todavía: el archivo no es válido (vea los errores "
            "de la validación) y no se puede comprobar que su nombre y su titular sean los que "
            "la CNCS preregistró. Corríjalo y la autorización se decide de nuevo.",
            en="{actor} may not create {path} yet: the file is not valid (see the validation's "
            "errors), so its name and titular cannot be checked against CNCS's "
            "pre-registration. Fix it and the authorisation is decided again.",
        ),
        "area_baja": Message(
            es="{actor} no puede borrar el área {path}: dar de baja un área corresponde "
            + _WHO_CNCS.es
            + ". Solicite la baja a la CNCS.",
            en="{actor} may not delete area {path}: removing an area is for "
            + _WHO_CNCS.en
            + ". Ask CNCS to remove it.",
        ),
        "area_renombre": Message(
            es="{actor} no puede renombrar el archivo de un área ({path}): corresponde "
            + _WHO_CNCS.es
            + ". Deshaga el cambio de nombre o pídalo a la CNCS.",
            en="{actor} may not rename an area file ({path}): that is for "
            + _WHO_CNCS.en
            + ". Undo the rename or ask CNCS.",
        ),
        "area_tipo": Message(
            es="{actor} no puede cambiar el tipo de archivo de {path} (p. ej. a enlace simbólico): "
            "corresponde " + _WHO_CNCS.es + ".",
            en="{actor} may not change the file type of {path} (e.g. into a symbolic link): that "
            "is for " + _WHO_CNCS.en + ".",
        ),
        "solo_cncs": Message(
            es="{actor} no puede modificar {path}: fuera del archivo de su área (catálogos, "
            "esquemas, validador, flujos de trabajo, documentación, pruebas) modifica "
            + _WHO_CNCS.es
            + ". Quite este archivo del pull request o pida el cambio a la CNCS.",
            en="{actor} may not change {path}: outside an area's own file (catalogues, schemas, "
            "validator, workflows, documentation, tests) changes are for "
            + _WHO_CNCS.en
            + ". Drop this file from the pull request or ask CNCS for the change.",
        ),
        "generado": Message(
            es="{actor} no puede modificar {path}: ningún pull request lo cambia, de nadie, "
            "tampoco de la CNCS; lo regenera a partir del inventario el flujo de fusión al "
            "fusionar (4.5 III). Quite el cambio de este archivo.",
            en="{actor} may not change {path}: no pull request changes it, whoever opens it, "
            "CNCS included; the merge hook regenerates it from the inventory on merge "
            "(4.5 III). Drop the change to this file.",
        ),
        "ruta_insegura": Message(
            es="{actor} no puede agregar {path}: en inventory/ cada parte de la ruta lleva sólo "
            "minúsculas sin acento, dígitos, '.', '_' y '-', y no empieza con punto ni guion "
            "(regla ruta-segura); nadie puede agregar otro nombre, tampoco la CNCS. Renombre "
            "el archivo (por ejemplo a {suggestion}).",
            en="{actor} may not add {path}: under inventory/ each part of the path holds only "
            "unaccented lower-case letters, digits, '.', '_' and '-', and does not start with "
            "a dot or a dash (rule ruta-segura); nobody may add another name, CNCS included. "
            "Rename the file (for example to {suggestion}).",
        ),
    },
)
def check(ctx: Context) -> Iterator[Problem]:
    """Validating the inventory alone has no author and no base: nothing to judge here."""
    return iter(())
