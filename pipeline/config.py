"""Configuration: ``baomi.toml`` plus command-line overrides, with a working default for all.

Example ``baomi.toml``::

    unit = "忻州市某某局"

    [review]
    report_threshold = 0.4   # findings scoring lower are dropped
    redact_threshold = 0.6   # from here on the policy action applies; below it: review

    [terms]
    files = ["secrecy-list.txt"]          # relative to this file
    entries = ["state_secret\\t某型号装备"]

    [names]                               # private persons redacted wherever named
    files = ["names.txt"]                 # one name per line (pipeline.names)
    entries = ["王五"]

    [redaction]
    placeholder = "［已删除：{label}］"    # {label}: the category in Chinese

    [redaction.operators]                 # presidio-anonymizer operators per entity type
    CN_MOBILE = { type = "mask", masking_char = "*", chars_to_mask = 4, from_end = false }
    CN_RESIDENT_ID = { type = "notice" }  # the public-notice mask (pipeline.masks)

    [notices]                             # lists whose rule publishes their recipients
    recipients = "keep"                   # keep | redact (pipeline.published_lists)

    [limits]
    max_bytes = 209715200                 # size of an input file
    max_pages = 5000                      # pages of a PDF
    max_decompressed_bytes = 1073741824   # all entries of a DOCX package, unpacked
    max_part_bytes = 268435456            # one entry of a DOCX package, unpacked
    timeout_seconds = 600                 # time to review one document (0: no limit)

    [ocr]                                 # scanned pages and images (issue 14)
    mode = "auto"                         # auto | off | force (``--ocr``)
    language = "ch"                       # PP-OCRv4's Chinese model: 简体中文, digits, Latin
    min_confidence = 0.8                  # lines read with less become review findings
    dpi = 300                             # resolution a PDF page is rendered at to be read
    page_seconds = 30                     # added to timeout_seconds per page read by OCR

    [workflow]
    register = "sqlite:////srv/baomi/register.sqlite3"   # or postgresql://…; default: user data dir
    secrecy_days = 3                      # working days the secrecy office has to answer
    carrier = "门户网站政府信息公开专栏"    # 公开载体 written in the ledger and the form
    declassified_note = "已解密（{number}，{date}）"  # replaces the marking of a declassified copy
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.names import Name, load_names, parse_name
from pipeline.terms import Term, load_terms, parse_line

DEFAULT_PLACEHOLDER = "［已删除：{label}］"
NOTICE_RECIPIENTS = ("keep", "redact")
OPERATOR_TYPES = ("placeholder", "replace", "mask", "redact", "notice")
DEFAULT_MAX_DECOMPRESSED = 1 << 30  # 1 GiB unpacked per DOCX package
DEFAULT_MAX_PART = 256 << 20  # 256 MiB unpacked per DOCX entry
DEFAULT_TIMEOUT = 600.0  # seconds per document
OCR_MODES = ("auto", "off", "force")
OCR_LANGUAGES = ("ch",)


@dataclass(slots=True)
class Config:
    unit: str = ""
    report_threshold: float = 0.4
    redact_threshold: float = 0.6
    terms: list[Term] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    placeholder: str = DEFAULT_PLACEHOLDER
    operators: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED
    max_part_bytes: int = DEFAULT_MAX_PART
    timeout_seconds: float = DEFAULT_TIMEOUT
    # A PDF's user password (``--password``): never written anywhere, never in a repr.
    password: str | None = field(default=None, repr=False)
    lang: str = "zh"
    register_url: str | None = None
    secrecy_days: int = 3
    carrier: str = "门户网站政府信息公开专栏"
    # What the published copy of a declassified document carries in place of its marking:
    # {number} the declassification decision's number (else its basis), {date} its date.
    declassified_note: str = "已解密（{number}，{date}）"
    # OCR of scanned pages and images: auto (what has no usable text), off, force (every page).
    ocr_mode: str = "auto"
    ocr_language: str = "ch"
    ocr_min_confidence: float = 0.8
    ocr_dpi: int = 300
    # Seconds each page read by OCR adds to the document's time limit (pipeline.time_budget).
    ocr_page_seconds: float = 30.0
    # The recipients named in a notice whose rule publishes them (pipeline.published_lists):
    # keep (the rule's default) or redact (the office masks or removes them).
    notice_recipients: str = "keep"

    def fingerprint(self) -> str:
        """What the detection engines depend on, to reuse them across documents."""
        terms = "|".join(f"{t.category}:{t.is_regex}:{t.pattern}" for t in self.terms)
        names = "|".join(n.text for n in self.names)
        return f"{self.report_threshold}/{terms}/{names}"


def review_settings(config: Config) -> dict[str, Any]:
    """The settings a review's findings depend on, as plain data: what the register keeps
    to re-run a case, and the core of the resume cache's fingerprint."""
    return {
        "unit": config.unit,
        "report_threshold": config.report_threshold,
        "redact_threshold": config.redact_threshold,
        "terms": [[t.category, t.pattern, t.is_regex, t.origin] for t in config.terms],
        "names": [[n.text, n.origin] for n in config.names],
        "placeholder": config.placeholder,
        "operators": config.operators,
        "notice_recipients": config.notice_recipients,
        "max_bytes": config.max_bytes,
        "max_pages": config.max_pages,
        "ocr": {
            "mode": config.ocr_mode,
            "language": config.ocr_language,
            "min_confidence": config.ocr_min_confidence,
            "dpi": config.ocr_dpi,
        },
    }


def _number(table: dict[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = table.get(key, default)
    if not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError("config_invalid", key=key, reason=f"expected a number in [{low}, {high}]")
    return float(value)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError("config_invalid", key=key, reason="expected a table")
    return value


def _ocr_settings(config: Config, table: dict[str, Any]) -> None:
    mode = table.get("mode", config.ocr_mode)
    if mode not in OCR_MODES:
        raise ConfigError("config_invalid", key="ocr.mode", reason=f"one of {', '.join(OCR_MODES)}")
    language = table.get("language", config.ocr_language)
    if language not in OCR_LANGUAGES:
        raise ConfigError(
            "config_invalid", key="ocr.language", reason=f"one of {', '.join(OCR_LANGUAGES)}"
        )
    config.ocr_mode = str(mode)
    config.ocr_language = str(language)
    config.ocr_min_confidence = _number(table, "min_confidence", 0.8, 0.0, 1.0)
    config.ocr_dpi = int(_number(table, "dpi", 300, 72, 600))
    config.ocr_page_seconds = _number(table, "page_seconds", 30.0, 0, 86400)


def load_config(
    path: Path | None = None,
    terms_files: tuple[Path, ...] = (),
    names_files: tuple[Path, ...] = (),
) -> Config:
    """Read ``path`` (if given) and add the keyword lists from ``terms_files`` and the names
    lists from ``names_files``."""
    data: dict[str, Any] = {}
    base = Path.cwd()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError("config_unreadable", path=str(path), reason=exc.strerror) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError("config_unreadable", path=str(path), reason=str(exc)) from None
        base = path.parent
    return config_from_dict(data, base, terms_files, names_files)


def config_from_dict(
    data: dict[str, Any],
    base: Path,
    terms_files: tuple[Path, ...] = (),
    names_files: tuple[Path, ...] = (),
) -> Config:
    review = _table(data, "review")
    redaction = _table(data, "redaction")
    limits = _table(data, "limits")
    terms_table = _table(data, "terms")
    config = Config(
        unit=str(data.get("unit", "")),
        report_threshold=_number(review, "report_threshold", 0.4, 0.0, 1.0),
        redact_threshold=_number(review, "redact_threshold", 0.6, 0.0, 1.0),
        placeholder=str(redaction.get("placeholder", DEFAULT_PLACEHOLDER)),
        max_bytes=int(_number(limits, "max_bytes", 200 * 1024 * 1024, 1, 1 << 40)),
        max_pages=int(_number(limits, "max_pages", 5000, 1, 10_000_000)),
        max_decompressed_bytes=int(
            _number(limits, "max_decompressed_bytes", DEFAULT_MAX_DECOMPRESSED, 1, 1 << 44)
        ),
        max_part_bytes=int(_number(limits, "max_part_bytes", DEFAULT_MAX_PART, 1, 1 << 44)),
        timeout_seconds=_number(limits, "timeout_seconds", DEFAULT_TIMEOUT, 0, 7 * 86400),
    )
    operators = redaction.get("operators", {})
    if not isinstance(operators, dict):
        raise ConfigError("config_invalid", key="redaction.operators", reason="expected a table")
    for entity, spec in operators.items():
        if not isinstance(spec, dict) or spec.get("type") not in OPERATOR_TYPES:
            raise ConfigError(
                "config_invalid",
                key=f"redaction.operators.{entity}",
                reason=f"type must be one of {', '.join(OPERATOR_TYPES)}",
            )
    config.operators = dict(operators)
    notices = _table(data, "notices")
    recipients = notices.get("recipients", config.notice_recipients)
    if recipients not in NOTICE_RECIPIENTS:
        raise ConfigError(
            "config_invalid", key="notices.recipients",
            reason=f"expected one of {', '.join(NOTICE_RECIPIENTS)}",
        )
    config.notice_recipients = recipients
    workflow = data.get("workflow", {})
    if not isinstance(workflow, dict):
        raise ConfigError("config_invalid", key="workflow", reason="expected a table")
    register = workflow.get("register")
    if register is not None:
        if not isinstance(register, str) or not register.strip():
            raise ConfigError("config_invalid", key="workflow.register", reason="expected a URL")
        # A bare relative path is relative to the configuration file.
        is_path = "://" not in register and not Path(register).is_absolute()
        config.register_url = str(base / register) if is_path else register
    config.secrecy_days = int(_number(workflow, "secrecy_days", 3, 1, 60))
    if workflow.get("secrecy_days", 3) != config.secrecy_days:
        raise ConfigError(
            "config_invalid", key="workflow.secrecy_days", reason="expected a whole number"
        )
    config.carrier = str(workflow.get("carrier", config.carrier))
    note = workflow.get("declassified_note", config.declassified_note)
    try:
        str(note).format(number="", date="")
    except (KeyError, IndexError, ValueError):
        raise ConfigError(
            "config_invalid",
            key="workflow.declassified_note",
            reason="expected text with {number} and {date}",
        ) from None
    config.declassified_note = str(note)
    _ocr_settings(config, _table(data, "ocr"))
    for name in terms_table.get("files", []):
        config.terms.extend(load_terms(base / name))
    for i, entry in enumerate(terms_table.get("entries", []), start=1):
        term = parse_line(str(entry), "baomi.toml", i)
        if term is not None:
            config.terms.append(term)
    for terms_file in terms_files:
        config.terms.extend(load_terms(terms_file))
    _names(config, _table(data, "names"), base, names_files)
    return config


def _names(config: Config, table: dict[str, Any], base: Path, files: tuple[Path, ...]) -> None:
    for key in ("files", "entries"):
        if not isinstance(table.get(key, []), list):
            raise ConfigError("config_invalid", key=f"names.{key}", reason="expected a list")
    for name in table.get("files", []):
        config.names.extend(load_names(base / str(name)))
    for i, entry in enumerate(table.get("entries", []), start=1):
        listed = parse_name(str(entry), "baomi.toml [names]", i)
        if listed is not None:
            config.names.append(listed)
    for names_file in files:
        config.names.extend(load_names(names_file))
