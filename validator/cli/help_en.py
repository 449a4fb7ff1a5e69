"""The English of the command line's help texts (``--lang en`` or ``INE_REDES_LANG=en``).

The help texts are written in Spanish where each command and option is defined; this table
holds their English, keyed by the Spanish text exactly as click keeps it (command docstrings
after ``inspect.cleandoc``). ``tests/cli/test_cli_language.py`` checks both ways: every help text
of every command has its English here, and every entry here is still used, so changing a
Spanish help without its English (or the reverse) fails the tests.
"""

from __future__ import annotations

_REPO = "Raíz del repositorio (por omisión: se busca desde el directorio actual)."
_AS_OF = (
    "Fecha contra la que se juzgan los plazos (AAAA-MM-DD; por omisión, hoy en la zona "
    "horaria del inventario)."
)

HELP_EN: dict[str, str] = {
    # the command list (validator.cli.LAZY_COMMANDS)
    "Valida el inventario (todas las reglas).": "Validate the inventory (every rule).",
    "Lista las reglas: ID, severidad, cláusula.": "List the rules: ID, severity, clause.",
    "Explica una regla.": "Explain a rule.",
    "Escribe o comprueba schemas/*.schema.json.": "Write or check schemas/*.schema.json.",
    "Obligaciones vencidas o por vencer, por área y titular.": (
        "Overdue and upcoming obligations, by area and titular."
    ),
    "Escribe o comprueba docs/rules.md (desde las reglas).": (
        "Write or check docs/rules.md (from the rules)."
    ),
    "¿Puede ACTOR modificar lo que cambia?": "May ACTOR change what the branch changes?",
    "Quién administraba cada cuenta en una fecha.": "Who administered each account on a date.",
    "Informes a la CNCS (report trimestral).": "Reports to CNCS (report trimestral).",
    "El plan de un pull request: qué cambia por área.": (
        "A pull request's plan: what changes, by area."
    ),
    "Regenera generated/ y .github/CODEOWNERS (o --check).": (
        "Regenerate generated/ and .github/CODEOWNERS (or --check)."
    ),
    "Tras una fusión: regenera y confirma generated/ (bot).": (
        "After a merge: regenerate and commit generated/ (bot)."
    ),
    "Instala el hook post-merge local (hooks install).": (
        "Install the local post-merge hook (hooks install)."
    ),
    "Anexo 1 / Anexo 2 llenos y registro de escaneos.": (
        "Filled-in Anexo 1 / Anexo 2 and registration of scans."
    ),
    "Asistente para dar de alta un área nueva.": "Wizard that adds a new area.",
    "¿Es una cuenta oficial del INE? (URL o @usuario).": (
        "Is it an official INE account? (URL or @user)."
    ),
    "Importa hojas de cálculo (XLSX/CSV) a archivos de área.": (
        "Import spreadsheets (XLSX/CSV) into area files."
    ),
    # ine-redes
    "ine-redes: inventario y validador de las cuentas institucionales de redes sociales\n"
    "del INE (Lineamientos para la administración de las cuentas de correo electrónico\n"
    "asociadas a las cuentas de redes sociales).": (
        "ine-redes: inventory and validator of INE's institutional social-media accounts\n"
        "(Lineamientos para la administración de las cuentas de correo electrónico\n"
        "asociadas a las cuentas de redes sociales)."
    ),
    "Muestra la versión y termina.": "Show the version and exit.",
    # options shared by several commands (validator.cli.options)
    _REPO: "Root of the repository (default: searched for from the current directory).",
    "Idioma de los mensajes.": "Language of the messages.",
    _AS_OF: (
        "Date against which deadlines are judged (YYYY-MM-DD; default: today in the "
        "inventory's time zone)."
    ),
    "Rama base (p. ej. origin/main) o commit.": "Base branch (e.g. origin/main) or commit.",
    "Rama o commit del cambio.": "Branch or commit of the change.",
    "Formato de salida.": "Output format.",
    # authorize
    "Decide si ACTOR puede modificar lo que cambia entre el ancestro común de BASE y HEAD,\n"
    "con el inventario tal como está en BASE (regla autorizacion). Sale con 0 si todo está\n"
    "permitido, 1 si algo se rechaza, 2 si falta historia de git o el uso es incorrecto.": (
        "Decide whether ACTOR may change what changes between the merge base of BASE and\n"
        "HEAD, with the inventory as it is on BASE (rule autorizacion). Exits with 0 if\n"
        "everything is allowed, 1 if anything is refused, 2 if git history is missing or the\n"
        "usage is wrong."
    ),
    "Cuenta de GitHub de quien abre el pull request (en el flujo de trabajo, pásela por "
    "`env:`, nunca interpolada en el script).": (
        "GitHub login of the pull request's author (in a workflow, pass it through `env:`, "
        "never interpolated into the script)."
    ),
    # diff
    "Qué cambia un pull request en cada área: personas administradoras que entran y salen,\n"
    "cuentas nuevas y eliminadas, correos genéricos, accesos ampliados; avisa arriba cuando la\n"
    "CNCS debe revisar dos veces. Sale con 0 (2 si falta historia de git).": (
        "What a pull request changes in each area: administrators who come and go, new and\n"
        "removed accounts, generic addresses, widened access; says at the top when CNCS\n"
        "should look twice. Exits with 0 (2 if git history is missing)."
    ),
    "text para la terminal; markdown para $GITHUB_STEP_SUMMARY o un comentario; json.": (
        "text for the terminal; markdown for $GITHUB_STEP_SUMMARY or a comment; json."
    ),
    # docs
    "Escribe docs/rules.md desde el registro de reglas (o comprueba que esté al día).": (
        "Write docs/rules.md from the rule registry (or check that it is current)."
    ),
    "No escribe nada; falla (1) si docs/rules.md está desactualizado.": (
        "Writes nothing; fails (1) if docs/rules.md is stale."
    ),
    # explain, rules
    "Explica una regla: qué comprueba, su cláusula y ejemplos que cumplen y no cumplen.": (
        "Explain a rule: what it checks, its clause, and examples that pass and fail."
    ),
    "Lista todas las reglas: ID, severidad, cláusula y descripción.": (
        "List every rule: ID, severity, clause and description."
    ),
    # formatos
    "Anexo 1 (designación) y Anexo 2 (carta responsiva) llenos con los datos del\n"
    "inventario, listos para firmar; y registro de los escaneos firmados.": (
        "Anexo 1 (designation) and Anexo 2 (letter of responsibility) filled in from the\n"
        "inventory, ready to sign; and registration of the signed scans."
    ),
    "Formato de designación (Anexo 1) de la propietaria y la suplente del área.": (
        "Designation form (Anexo 1) of the area's owner and deputy administrators."
    ),
    "Clave del área.": "The area's clave.",
    "Archivo PDF de salida (por omisión formatos-por-firmar/<clave>-anexoN[-rol].pdf en la "
    "raíz del repositorio, carpeta que git ignora).": (
        "Output PDF file (default: formatos-por-firmar/<clave>-anexoN[-rol].pdf at the "
        "repository root, a folder git ignores)."
    ),
    "Tamaño del papel: carta (el de las oficinas del INE) o a4.": (
        "Paper size: carta (letter, as INE's offices use) or a4."
    ),
    "Fecha del formato (AAAA-MM-DD; por omisión, la registrada en el inventario o hoy).": (
        "Date of the form (YYYY-MM-DD; default: the one in the inventory, or today)."
    ),
    "Carta responsiva (Anexo 2) de la persona administradora indicada.": (
        "Letter of responsibility (Anexo 2) of the given administrator."
    ),
    "Anota en el archivo del área la huella SHA-256 del formato firmado y escaneado\n"
    "(designacion.documento o administradores.<rol>.responsiva.documento), sin tocar el\n"
    "resto del archivo.": (
        "Record in the area's file the SHA-256 of the signed, scanned form\n"
        "(designacion.documento or administradores.<rol>.responsiva.documento), leaving the\n"
        "rest of the file untouched."
    ),
    "1 o 2.": "1 or 2.",
    "Para el Anexo 2: de quién es la responsiva.": (
        "For Anexo 2: whose letter of responsibility it is."
    ),
    "Copiar el escaneo a inventory/documentos/<clave>/ y anotar su ruta.": (
        "Copy the scan into inventory/documentos/<clave>/ and record its path."
    ),
    # generate
    "Regenera generated/ (listados de la CNCS y la UTSI, registro público) y\n"
    ".github/CODEOWNERS desde el inventario, o comprueba que estén al día (--check).": (
        "Regenerate generated/ (CNCS and UTSI lists, public register) and\n"
        ".github/CODEOWNERS from the inventory, or check that they are current (--check)."
    ),
    "No escribe nada; lista los archivos desactualizados y sale con 1 si hay alguno (regla "
    "listados-actualizados).": (
        "Writes nothing; lists the stale files and exits with 1 if there is any (rule "
        "listados-actualizados)."
    ),
    # history
    "Quién administraba (propietaria, suplente) y quién tenía acceso a cada cuenta en una\n"
    "fecha, reconstruido de la historia de git. Necesita toda la historia (`fetch-depth: 0`).": (
        "Who administered (owner, deputy) and who had access to each account on a date,\n"
        "rebuilt from git history. Needs the whole history (`fetch-depth: 0`)."
    ),
    "Fecha de la pregunta (AAAA-MM-DD): el estado de la rama leída al final de ese "
    "día, en la zona horaria del inventario, y el `desde` de cada persona.": (
        "Date of the question (YYYY-MM-DD): the state of the branch read at the end of that "
        "day, in the inventory's time zone, and each person's `desde`."
    ),
    "Rama (o commit) cuya historia se lee; por omisión, la rama actual. La respuesta nombra "
    "lo que leyó.": (
        "Branch (or commit) whose history is read; default: the current branch. The answer "
        "names what it read."
    ),
    "Sólo esta área.": "Only this area.",
    "Sólo esta cuenta (URL o usuario).": "Only this account (URL or user name).",
    # hooks, merge-hook
    "Hooks locales de git (para equipos que no usan GitHub Actions).": (
        "Local git hooks (for teams that do not use GitHub Actions)."
    ),
    "Instala .git/hooks/post-merge, que ejecuta `ine-redes merge-hook` tras cada fusión.": (
        "Install .git/hooks/post-merge, which runs `ine-redes merge-hook` after each merge."
    ),
    "Reemplaza un hook post-merge ajeno (guarda una copia).": (
        "Replace a foreign post-merge hook (keeps a copy)."
    ),
    "Rama en la que el hook regenera y confirma los listados.": (
        "Branch on which the hook regenerates and commits the lists."
    ),
    "Regenera los listados y, si algo cambió, confirma exactamente los archivos generados\n"
    "como ine-redes-bot (mensaje con las áreas que cambiaron). Una segunda ejecución no\n"
    "confirma nada.": (
        "Regenerate the lists and, if anything changed, commit exactly the generated files\n"
        "as ine-redes-bot (message naming the areas that changed). A second run commits\n"
        "nothing."
    ),
    # import
    "Importa a inventory/areas/ las hojas de cálculo de la CNCS (XLSX o CSV) o los listados\n"
    "que escribe `generate`: un archivo por área. Nunca sobrescribe un archivo existente; lo que\n"
    "las hojas no traen queda marcado PENDIENTE. Guía: docs/importar.md.": (
        "Import into inventory/areas/ CNCS's spreadsheets (XLSX or CSV) or the lists that\n"
        "`generate` writes: one file per area. Never overwrites an existing file; what the\n"
        "sheets do not carry is marked PENDIENTE. Guide: docs/importar.md."
    ),
    "Escribir la plantilla vacía (una hoja por tipo, listas desplegables, instrucciones).": (
        "Write the empty template (one sheet per type, drop-down lists, instructions)."
    ),
    "Importar sin las filas con errores (por omisión, una fila con errores impide escribir).": (
        "Import without the rows that have errors (by default, a row with errors stops the "
        "writing)."
    ),
    "Escribir también el informe de migración por área en XLSX (para la CNCS).": (
        "Also write the per-area migration report as XLSX (for CNCS)."
    ),
    # new-area
    "Asistente para dar de alta un área: pregunta (o toma de las opciones) el área, la\n"
    "persona titular, las dos personas administradoras, la designación, los correos\n"
    "genéricos y las cuentas; revisa cada respuesta con las mismas reglas que `validate` y\n"
    "escribe inventory/areas/<clave>.yaml con comentarios. Nunca sobrescribe un área existente (sale con 1).": (
        "Wizard that adds an area: asks for (or takes from the options) the area, the\n"
        "titular, the two administrators, the designation, the generic addresses and the\n"
        "accounts; checks every answer with the same rules `validate` runs and writes\n"
        "inventory/areas/<clave>.yaml with comments. Never overwrites an existing area (exits with 1)."
    ),
    "oficinas_centrales | junta_local | junta_distrital": (
        "oficinas_centrales | junta_local | junta_distrital"
    ),
    "Entidad: código o nombre (jal, Jalisco, mex, Estado de México ...).": (
        "Entity: code or name (jal, Jalisco, mex, Estado de México ...)."
    ),
    "Número de distrito (juntas distritales).": "District number (juntas distritales).",
    "Clave del área (nombre del archivo).": "The area's clave (the file's name).",
    "Nombre oficial del área.": "Official name of the area.",
    "Nombre de la persona titular.": "Name of the titular.",
    "Cargo de la persona titular.": "Position of the titular.",
    "Correo institucional de la persona titular.": "Institutional e-mail of the titular.",
    "Cuenta de GitHub de la persona titular.": "GitHub login of the titular.",
    **{
        f"{es} ({rol}).": f"{en} ({rol})."
        for rol in ("propietaria", "suplente")
        for es, en in (
            ("Nombre", "Name"),
            ("Cargo", "Position"),
            ("Nivel de mando", "Command level"),
            (
                "servidora_publica | prestadora_servicios",
                "servidora_publica | prestadora_servicios",
            ),
            ("Correo institucional propio", "Own institutional e-mail"),
            ("Teléfono institucional", "Institutional phone"),
            (
                "Fecha en que surte efecto la designación (por omisión --fecha)",
                "Date the designation takes effect (default: --fecha)",
            ),
            ("Fecha del Anexo 2 (por omisión: desde)", "Date of Anexo 2 (default: desde)"),
            (
                "Anexo 2 firmado: archivo escaneado o su SHA-256",
                "Signed Anexo 2: scanned file or its SHA-256",
            ),
        )
    },
    "Fecha del Anexo 1 (por omisión: el desde más reciente).": (
        "Date of Anexo 1 (default: the most recent desde)."
    ),
    "Oficio que remite el Anexo 1 a la CNCS.": "Oficio that sends Anexo 1 to CNCS.",
    "Fecha de remisión a la CNCS (por omisión: la del Anexo 1).": (
        "Date it was sent to CNCS (default: that of Anexo 1)."
    ),
    "Anexo 1 firmado: archivo escaneado o su SHA-256.": (
        "Signed Anexo 1: scanned file or its SHA-256."
    ),
    "Fecha del aviso de cambio a la CNCS (por omisión: la de remisión).": (
        "Date of the change notice to CNCS (default: the date it was sent)."
    ),
    "Oficio del aviso de cambio (por omisión: el de la designación).": (
        "Oficio of the change notice (default: the designation's)."
    ),
    "Correo genérico: correo=...,estado=asignado|solicitado,tramita=propietaria|suplente,"
    "solicitado=AAAA-MM-DD,asignado=AAAA-MM-DD (repetible; por omisión redes.<clave>@ine.mx).": (
        "Generic address: correo=...,estado=asignado|solicitado,tramita=propietaria|suplente,"
        "solicitado=YYYY-MM-DD,asignado=YYYY-MM-DD (repeatable; default redes.<clave>@ine.mx)."
    ),
    "Cuenta: plataforma=(clave, nombre o alias: x, Twitter, Facebook),usuario=...,url=..."
    "[,correo=...,asociacion=FECHA,"
    "notificada=FECHA,segundo_factor=si,contrasena=FECHA,informado=FECHA,"
    "accesos=propietaria+suplente] (repetible).": (
        "Account: plataforma=(key, name or alias: x, Twitter, Facebook),usuario=...,url=..."
        "[,correo=...,asociacion=DATE,"
        "notificada=DATE,segundo_factor=si,contrasena=DATE,informado=DATE,"
        "accesos=propietaria+suplente] (repeatable)."
    ),
    "Fecha de hoy para los valores por omisión y la validación final (AAAA-MM-DD; por "
    "omisión, hoy en la zona horaria del inventario).": (
        "Today's date for the defaults and the final validation (YYYY-MM-DD; default: today "
        "in the inventory's time zone)."
    ),
    "No preguntar: todo se toma de las opciones.": "Do not ask: everything comes from options.",
    "Mostrar el archivo sin escribirlo.": "Show the file without writing it.",
    # reminders
    "Toda obligación vencida o por vencer, por área y titular: cambios de contraseña,\n"
    "informes trimestrales, avisos de cambio y de asociación pendientes. Sale con 0 (es\n"
    "información), o 2 si el uso es incorrecto.": (
        "Every overdue or upcoming obligation, by area and titular: password changes,\n"
        "quarterly reports, pending change and association notices. Exits with 0 (it is\n"
        "information), or 2 if the usage is wrong."
    ),
    "Días hacia adelante que cuentan como «por vencer» (por omisión, "
    "aviso_anticipado_dias de lineamientos.yaml).": (
        "Days ahead that count as «upcoming» (default: aviso_anticipado_dias of lineamientos.yaml)."
    ),
    "text (terminal), json, markdown (issue), ics (calendario), html (tablero CNCS).": (
        "text (terminal), json, markdown (issue), ics (calendar), html (CNCS dashboard)."
    ),
    "Enviar por correo, a cada área con algo vencido o por vencer, un mensaje a su "
    "titular y a sus dos administradores (servidor en inventory/cncs.yaml; credenciales en "
    "INE_REDES_SMTP_USUARIO / INE_REDES_SMTP_CONTRASENA).": (
        "E-mail every area with something overdue or upcoming one message to its titular and "
        "its two administrators (server in inventory/cncs.yaml; credentials in "
        "INE_REDES_SMTP_USUARIO / INE_REDES_SMTP_CONTRASENA)."
    ),
    "En vez de enviar, escribir cada mensaje como CARPETA/<clave>.eml.": (
        "Instead of sending, write each message as FOLDER/<clave>.eml."
    ),
    "Archivo JSON con lo ya entregado: una nueva ejecución envía sólo lo que falta.": (
        "JSON file of what was already delivered: a new run sends only what is missing."
    ),
    # report
    "Informes a la CNCS generados desde el repositorio.": (
        "Reports to CNCS generated from the repository."
    ),
    "El informe trimestral del área a la CNCS (4.2 V): personas administradoras, cuentas,\n"
    "cambios de contraseña, incidentes y cambios de personas administradoras del periodo,\n"
    "según la historia de git. Necesita toda la historia (`fetch-depth: 0`).": (
        "The area's quarterly report to CNCS (4.2 V): administrators, accounts, password\n"
        "changes, incidents and changes of administrators in the period, from git history.\n"
        "Needs the whole history (`fetch-depth: 0`)."
    ),
    "Primer día del periodo (por omisión: el día siguiente al último informe trimestral, "
    "o tres meses antes de la fecha de corte).": (
        "First day of the period (default: the day after the last quarterly report, or three "
        "months before the cut-off date)."
    ),
    "text para la terminal o un oficio; markdown para el repositorio o un resumen de GitHub.": (
        "text for the terminal or an oficio; markdown for the repository or a GitHub summary."
    ),
    # schema
    "Escribe schemas/*.schema.json desde los modelos (o comprueba que estén al día).": (
        "Write schemas/*.schema.json from the models (or check that they are current)."
    ),
    "No escribe nada; falla (1) si algún esquema está desactualizado.": (
        "Writes nothing; fails (1) if any schema is stale."
    ),
    # validate
    "Valida el inventario completo, o sólo los archivos o carpetas dados (las reglas que\n"
    "cruzan áreas siguen viendo todo el inventario). Sale con 0 si nada bloquea, 1 si hay\n"
    "hallazgos que bloquean, 2 si el uso es incorrecto.": (
        "Validate the whole inventory, or only the given files or folders (rules across areas\n"
        "still see the whole inventory). Exits with 0 if nothing blocks, 1 if there are blocking\n"
        "findings, 2 if the usage is wrong."
    ),
    "Los avisos también bloquean.": "Warnings block too.",
    "Ejecutar sólo estas reglas (IDs separados por comas).": (
        "Run only these rules (comma-separated IDs)."
    ),
    "Omitir estas reglas (IDs separados por comas).": "Skip these rules (comma-separated IDs).",
    "Informar sólo de los archivos del inventario que cambiaron entre REF (su ancestro "
    "común con HEAD) y el directorio de trabajo (git); las reglas entre áreas siguen viendo "
    "todo.": (
        "Report only on the inventory files changed between REF (its merge base with HEAD) "
        "and the working tree (git); rules across areas still see everything."
    ),
    # verify
    "¿Es una cuenta oficial del INE? Acepta una dirección (https://x.com/INEMexico,\n"
    "www.facebook.com/INEMexico/, twitter.com/inemexico ...) o un usuario (@INEMexico).\n"
    "Sale con 0 si la cuenta es oficial y con 1 si no lo es.": (
        "Is it an official INE account? Takes an address (https://x.com/INEMexico,\n"
        "www.facebook.com/INEMexico/, twitter.com/inemexico ...) or a user name\n"
        "(@INEMexico). Exits with 0 if the account is official and 1 if it is not."
    ),
    "Buscar solo en esta plataforma (clave, nombre o alias de inventory/plataformas.yaml).": (
        "Search only this platform (key, name or alias of inventory/plataformas.yaml)."
    ),
}
