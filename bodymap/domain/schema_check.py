"""Check loaded data against bodymap/data/trigger_points.schema.json, in plain English.

jsonschema is imported here, on first use, not at import time: it is only needed when data
is checked, and it costs start-up time.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from bodymap.domain.bounded_read import UnreadableFile, read_bounded
from bodymap.domain.problems import DataError, Problem
from bodymap.domain.yaml_source import Positions

# A file this far off its schema is not worth reading further: report these, stop there.
MAX_SCHEMA_PROBLEMS = 200

_TYPE_WORDS = {
    "string": "text", "array": "a list", "object": "a mapping of fields",
    "integer": "a whole number", "number": "a number", "boolean": "true or false",
}


MAX_SCHEMA_BYTES = 1024 * 1024


@lru_cache(maxsize=4)
def _validator(schema_path: str) -> Any:
    import jsonschema  # noqa: PLC0415 - deliberately lazy

    # The schema ships with bodymap; if it is missing or damaged (a broken install), say
    # which file and what is wrong, as for any data file, instead of a traceback.
    try:
        schema = json.loads(read_bounded(schema_path, MAX_SCHEMA_BYTES).decode("utf-8"))
    except UnreadableFile as error:
        raise DataError([Problem(schema_path, None, None,
                                 f"the JSON Schema cannot be read: {error.reason}")]) from None
    except UnicodeDecodeError as error:
        raise DataError([Problem(schema_path, None, None,
                                 f"the JSON Schema cannot be read: {error}")]) from None
    except json.JSONDecodeError as error:
        raise DataError([Problem(schema_path, error.lineno, error.colno,
                                 f"the JSON Schema is not valid JSON: {error.msg}")]) from None
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        raise DataError([Problem(schema_path, None, None,
                                 f"the JSON Schema is not a valid schema: {error.message}")]
                        ) from None
    # jsonschema compares list items pairwise when they cannot be sorted (mappings, say):
    # quadratic, so a long list of them takes minutes. Ours hashes each item once.
    cls = jsonschema.validators.extend(cls, {"uniqueItems": _unique_items})
    return cls(schema)


def _unique_items(validator: Any, unique: bool, instance: Any, schema: Any) -> Any:
    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set = set()
    for item in instance:
        key = _canonical(item)
        if key in seen:
            from jsonschema.exceptions import ValidationError  # noqa: PLC0415

            yield ValidationError("has non-unique elements")
            return
        seen.add(key)


def _canonical(value: Any) -> Hashable:
    """A hashable stand-in for a JSON value, equal when JSON Schema calls the values equal
    (1 and 1.0 are equal; true and 1 are not)."""
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, int | float):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(_canonical(v) for v in value))
    if isinstance(value, dict):
        return ("object", frozenset((k, _canonical(v)) for k, v in value.items()))
    return (type(value).__name__, value)


def schema_problems(data: Any, positions: Positions, schema_path: Path) -> list[Problem]:
    """Every way `data` breaks the schema, each located and worded for a clinician."""
    validator = _validator(str(schema_path))
    problems = []
    for count, error in enumerate(validator.iter_errors(data)):
        if count == MAX_SCHEMA_PROBLEMS:
            problems.append(positions.problem(
                (), f"stopped checking the layout of the file after {MAX_SCHEMA_PROBLEMS} "
                    "problems; fix the ones shown and check again"))
            break
        path = tuple(error.absolute_path)
        message = _describe(error, path)
        if message is not None:
            problems.append(positions.problem(_locate(error, path), message))
    return problems


def _field_name(path: tuple) -> str:
    names = [str(p) for p in path if not isinstance(p, int)]
    return names[-1] if names else "the document"


def _is_key_error(error: Any) -> bool:
    """The error is about a mapping key (a `propertyNames` rule), not about a value."""
    return list(error.absolute_schema_path)[-2:-1] == ["propertyNames"]


def _locate(error: Any, path: tuple) -> tuple:
    if _is_key_error(error) and isinstance(error.instance, str):
        return (*path, error.instance)  # at the key itself
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extra = _extra_keys(error)
        if extra:
            return (*path, extra[0])
    return path


def _extra_keys(error: Any) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [k for k in error.instance if k not in allowed]


def _join(items: Iterable[Any]) -> str:
    return ", ".join(str(i) for i in items)


def _describe(error: Any, path: tuple) -> str | None:
    field = _field_name(path)
    kind = error.validator
    if _is_key_error(error):
        return (f"the key {_shown(error.instance)} under '{field}' is not in the expected form "
                "(lower_snake_case: small letters, digits and _, starting with a letter)")
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required field '{missing}'"
    if kind == "additionalProperties":
        extra = _extra_keys(error)
        allowed = _join(sorted(error.schema.get("properties", {})))
        return f"unknown field '{_join(extra)}' (allowed here: {allowed})"
    if kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected)
        return f"'{field}' should be {words}, not {_describe_value(error.instance)}"
    if kind == "enum":
        if error.schema.get("description", "").startswith("A region id"):
            if isinstance(error.instance, str):
                return None  # the semantic check words this better, with a suggestion
            return f"'{field}' should list region ids (text), not {_describe_value(error.instance)}"
        return (f"'{field}' is {_shown(error.instance)}; it must be one of: "
                f"{_join(error.validator_value)}")
    if kind == "const":
        return f"'{field}' must be {error.validator_value!r}, not {_shown(error.instance)}"
    if kind == "minItems":
        if error.validator_value == 1:
            return f"'{field}' must list at least one item"
        return f"'{field}' must list at least {error.validator_value} items"
    if kind == "minLength":
        return f"'{field}' must not be empty"
    if kind == "pattern":
        return (f"'{field}' has the value {_shown(error.instance)}, which is not in the "
                "expected form")
    if kind == "uniqueItems":
        return f"'{field}' lists the same item twice"
    if kind == "oneOf" and error.schema.get("description"):
        rule = error.schema["description"]
        return f"'{field}' is {_shown(error.instance)}; {rule[0].lower()}{rule[1:]}"
    if kind == "propertyNames":
        return f"{_shown(error.instance)} is not a valid key here (use lower_snake_case)"
    return f"'{field}': {error.message}"


def _shown(value: Any) -> str:
    """`value` as written in a message, cut short when it is long."""
    text = repr(value)
    return text if len(text) <= 60 else text[:56] + " ..."


def _describe_value(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, str):
        return f"text ({value!r})" if len(value) < 40 else "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return _shown(value)
