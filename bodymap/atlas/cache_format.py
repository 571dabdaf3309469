"""The start-up cache's file format: a loaded Reference as JSON, which can only ever become
data (unlike pickle, which runs whatever code an entry names).

An object is `{"$": "ClassName", "f": [field values]}`, and the class must be one of the
frozen dataclasses of the model modules below: an entry can build nothing else. Tuples are
JSON lists; mappings are `{"$m": [[key, value], ...]}` (`"$p"` for read-only mappings).
An outline's coordinates are packed as base64 doubles, because parsing 57,000 decimal
numbers is most of what reading the entry costs.
"""

from __future__ import annotations

import array
import binascii
import dataclasses
import json
import sys
from types import MappingProxyType
from typing import Any

from bodymap.atlas import geometry
from bodymap.atlas import model as atlas_model
from bodymap.atlas import reference as reference_module
from bodymap.atlas.geometry import Outline
from bodymap.atlas.reference import Reference
from bodymap.domain import general, model

_MODULES = (model, general, atlas_model, geometry, reference_module)
_ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}


class FormatError(ValueError):
    """An entry that is not a Reference in this format."""


def _classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for module in _MODULES:
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value)
                    and value.__module__ == module.__name__):
                found[value.__name__] = value
    return found


CLASSES = _classes()
FIELDS = {name: tuple(f.name for f in dataclasses.fields(cls) if f.init)
          for name, cls in CLASSES.items()}


def encode(reference: Reference) -> bytes:
    """The reference as compact JSON; FormatError if it holds something the format cannot
    carry (then nothing is cached)."""
    try:
        return json.dumps(_encode(reference), separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise FormatError(str(error)) from None


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is tuple:
        return [_encode(v) for v in value]
    if kind is Outline:
        return _encode_outline(value)
    if kind is dict:
        return {"$m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if kind is MappingProxyType:
        return {"$p": [[_encode(k), _encode(v)] for k, v in value.items()]}
    name = kind.__name__
    if CLASSES.get(name) is kind:
        return {"$": name, "f": [_encode(getattr(value, f)) for f in FIELDS[name]]}
    raise TypeError(f"the cache cannot hold a {kind.__module__}.{name}")


def _encode_outline(outline: Outline) -> dict:
    ops = "".join(command[0] for command in outline.commands)
    if any(op not in _ARITY for op in ops):
        raise TypeError("the cache holds only M, L, C and Z outline commands")
    numbers = array.array("d", [v for command in outline.commands for v in command[1:]])
    if sys.byteorder != "little":  # pragma: no cover - every platform we ship is little-endian
        numbers.byteswap()
    return {"$o": ops, "c": binascii.b2a_base64(numbers.tobytes(), newline=False).decode()}


def decode(raw: bytes) -> Reference:
    """The Reference an entry holds; FormatError for anything else."""
    try:
        value = json.loads(raw, object_hook=_object)
    except (ValueError, TypeError, KeyError, IndexError, binascii.Error) as error:
        raise FormatError(f"{type(error).__name__}: {error}") from None
    if type(value) is not Reference:
        raise FormatError("the entry does not hold a Reference")
    return value


def _freeze(value: list) -> tuple:
    return tuple([_freeze(v) if type(v) is list else v for v in value])


def _object(item: dict) -> Any:
    name = item.get("$")
    if name is not None:
        cls = CLASSES[name]  # KeyError for any class outside the model: refused
        values = item["f"]
        if len(values) != len(FIELDS[name]):
            raise ValueError(f"{name} needs {len(FIELDS[name])} fields")
        return cls(*[_freeze(v) if type(v) is list else v for v in values])
    if "$o" in item:
        return _decode_outline(item["$o"], item["c"])
    if "$m" in item:
        return _mapping(item["$m"])
    if "$p" in item:
        return MappingProxyType(_mapping(item["$p"]))
    raise ValueError("an object of unknown kind")


def _mapping(pairs: list) -> dict:
    return {(_freeze(k) if type(k) is list else k): (_freeze(v) if type(v) is list else v)
            for k, v in pairs}


def _decode_outline(ops: str, packed: str) -> Outline:
    numbers = array.array("d")
    numbers.frombytes(binascii.a2b_base64(packed))
    if sys.byteorder != "little":  # pragma: no cover
        numbers.byteswap()
    values = numbers.tolist()
    commands = []
    at = 0
    for op in ops:
        arity = _ARITY[op]
        commands.append((op, *values[at:at + arity]))
        at += arity
    if at != len(values):
        raise ValueError("an outline's numbers do not match its commands")
    return Outline(tuple(commands))
