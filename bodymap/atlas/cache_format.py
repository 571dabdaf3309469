"""The start-up cache's file format: a loaded Reference as JSON, which can only ever become
data (unlike pickle, which runs whatever code an entry names).

An object is `{"$": "ClassName", "f": [field values]}`, and the class must be one of the
frozen dataclasses of the model modules below: an entry can build nothing else. Tuples are
JSON lists; mappings are `{"$m": [[key, value], ...]}` (`"$p"` for read-only mappings).
An outline is `{"$o": [["M", 1], ["C", 12], ["Z", 1]], "at": n}`: its commands as runs of
one kind, and where its coordinates start in
the entry's first line, every outline's numbers packed as little-endian doubles in base64
(parsing 57,000 decimal numbers, or decoding each outline's own, was most of the cost of
reading the entry).
"""

from __future__ import annotations

import array
import binascii
import dataclasses
import json
import sys
from itertools import islice, repeat
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
# Classes whose instances can be filled in directly, as pickle did, without their frozen
# __init__ (one object.__setattr__ per field: 5 ms a start-up): all fields are init fields,
# and nothing runs after __init__ (no __post_init__) or needs slots.
_FILLED = {name for name, cls in CLASSES.items()
           if not hasattr(cls, "__post_init__") and "__slots__" not in vars(cls)
           and len(FIELDS[name]) == len(dataclasses.fields(cls))}


def encode(reference: Reference) -> bytes:
    """The reference as a line of packed coordinates and a line of compact JSON;
    FormatError if it holds something the format cannot carry (then nothing is cached)."""
    numbers = array.array("d")
    try:
        document = json.dumps(_encode(reference, numbers), separators=(",", ":"),
                              ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise FormatError(str(error)) from None
    if sys.byteorder != "little":  # pragma: no cover - every platform we ship is little-endian
        numbers.byteswap()
    return binascii.b2a_base64(numbers.tobytes(), newline=False) + b"\n" + document


def _encode(value: Any, numbers: array.array) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is tuple:
        return [_encode(v, numbers) for v in value]
    if kind is Outline:
        return _encode_outline(value, numbers)
    if kind is dict or kind is MappingProxyType:
        pairs = [[_encode(k, numbers), _encode(v, numbers)] for k, v in value.items()]
        return {"$m" if kind is dict else "$p": pairs}
    name = kind.__name__
    if CLASSES.get(name) is kind:
        return {"$": name, "f": [_encode(getattr(value, f), numbers) for f in FIELDS[name]]}
    raise TypeError(f"the cache cannot hold a {kind.__module__}.{name}")


def _encode_outline(outline: Outline, numbers: array.array) -> dict:
    runs: list[list] = []
    for command in outline.commands:
        if _ARITY.get(command[0]) != len(command) - 1:
            raise TypeError("the cache holds only M, L, C and Z outline commands")
        if runs and runs[-1][0] == command[0]:
            runs[-1][1] += 1
        else:
            runs.append([command[0], 1])
    at = len(numbers)
    numbers.extend(v for command in outline.commands for v in command[1:])
    return {"$o": runs, "at": at}


def decode(raw: bytes) -> Reference:
    """The Reference an entry holds; FormatError for anything else."""
    packed, _, document = raw.partition(b"\n")
    try:
        numbers = array.array("d")
        numbers.frombytes(binascii.a2b_base64(packed))
        if sys.byteorder != "little":  # pragma: no cover
            numbers.byteswap()
        decoder = _Decoder(numbers.tolist())
        value = decoder.parse(document.decode("utf-8"))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
            binascii.Error) as error:
        raise FormatError(f"{type(error).__name__}: {error}") from None
    if type(value) is not Reference:
        raise FormatError("the entry does not hold a Reference")
    return value


def _freeze(value: list) -> tuple:
    return tuple([_freeze(v) if type(v) is list else v for v in value])


def _mapping(pairs: list) -> dict:
    return {(_freeze(k) if type(k) is list else k): (_freeze(v) if type(v) is list else v)
            for k, v in pairs}


class _Decoder:
    """Builds the model's objects as the JSON parser finishes each JSON object, and the
    outlines from the entry's packed coordinates, in the order they were written."""

    def __init__(self, values: list[float]) -> None:
        self.values = iter(values)
        self.count = len(values)
        self.at = 0

    def parse(self, text: str) -> Any:
        value = json.loads(text, object_hook=self.object_hook)
        if self.at != self.count:
            raise ValueError("numbers are left over after the last outline")
        return value

    def object_hook(self, item: dict) -> Any:
        name = item.get("$")
        if name is not None:
            cls = CLASSES[name]  # KeyError for any class outside the model: refused
            names = FIELDS[name]
            values = item["f"]
            if len(values) != len(names):
                raise ValueError(f"{name} needs {len(names)} fields")
            values = [_freeze(v) if type(v) is list else v for v in values]
            if name in _FILLED:
                made: Any = object.__new__(cls)
                made.__dict__.update(zip(names, values, strict=True))
                return made
            return cls(*values)
        if "$o" in item:
            return self.outline(item["$o"], item["at"])
        if "$m" in item:
            return _mapping(item["$m"])
        if "$p" in item:
            return MappingProxyType(_mapping(item["$p"]))
        raise ValueError("an object of unknown kind")

    def outline(self, runs: list, at: int) -> Outline:
        if at != self.at:
            raise ValueError("an outline's numbers are out of order")
        commands: list[tuple] = []
        # Each run of commands of one kind (M, a dozen C, Z) is cut into tuples by zip and
        # prefixed by map, both in C; a loop per command cost 6 ms a start.
        for op, count in runs:
            arity = _ARITY[op]
            if type(count) is not int or count < 1:
                raise ValueError("a bad run of outline commands")
            if arity == 0:
                commands.extend(repeat((op,), count))
                continue
            self.at += count * arity
            if self.at > self.count:
                raise ValueError("an outline's numbers run past the end")
            numbers = islice(self.values, count * arity)
            commands.extend(map(tuple.__add__, repeat((op,), count),
                                zip(*[numbers] * arity, strict=False)))
        return Outline(tuple(commands))
