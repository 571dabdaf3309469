"""Read a YAML file into plain data, remembering where every value came from.

libyaml's C parser (`CSafeLoader`) builds the node tree; we turn nodes into plain Python
values ourselves so that we can (a) keep each value's line and column for error messages,
(b) refuse tags that would build Python objects, and (c) stop alias bombs before they expand.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bodymap.domain.problems import DataError, Problem

try:  # libyaml is part of every PyYAML wheel; the pure-Python loader is a slow fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUES = 200_000  # scalars + collections after alias expansion
MAX_DEPTH = 64

PathKey = tuple[Hashable, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_PLAIN_SCALARS = {_STR, _INT, _FLOAT, _BOOL, _NULL, "tag:yaml.org,2002:timestamp"}
_SCALAR_MAKER = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Positions:
    """Where each value of a loaded document stands: key path → (line, column), 1-based."""

    file: str
    by_path: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: PathKey) -> tuple[int | None, int | None]:
        """The position of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while True:
            if path in self.by_path:
                return self.by_path[path]
            if not path:
                return (None, None)
            path = path[:-1]

    def problem(self, path: PathKey, message: str) -> Problem:
        line, column = self.at(path)
        return Problem(self.file, line, column, message)


def read_yaml(path: Path | str, display_name: str | None = None) -> tuple[Any, Positions]:
    """Parse `path` into plain data and its positions, or raise DataError naming the place."""
    path = Path(path)
    name = display_name or str(path)
    text = _read_text(path, name)
    builder = _Builder(name, Positions(name))
    try:
        data, found = builder.run(_Loader(text))
    except yaml.MarkedYAMLError as error:
        raise DataError([*builder.problems, _marked_problem(name, error)]) from None
    except yaml.reader.ReaderError as error:
        raise DataError([*builder.problems, _reader_problem(name, text, error)]) from None
    except yaml.YAMLError as error:  # pragma: no cover - libyaml marks all others
        raise DataError([*builder.problems,
                         Problem(name, None, None, f"not valid YAML: {error}")]) from None
    if builder.problems:
        raise DataError(builder.problems)
    if not found:
        raise DataError([Problem(name, None, None, "the file is empty")])
    return data, builder.positions


def _read_text(path: Path, name: str) -> str:
    if not path.exists():
        raise DataError([Problem(name, None, None, "no such file")])
    if path.is_dir():
        raise DataError([Problem(name, None, None, "this is a folder, not a data file")])
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError([Problem(
                name, None, None,
                f"the file is {size / 1e6:.1f} MB; data files larger than "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB are refused")])
        raw = path.read_bytes()
    except OSError as error:
        raise DataError([Problem(name, None, None, f"cannot be read: {error.strerror}")]) from None
    if b"\x00" in raw:
        raise DataError([Problem(name, None, None, "this is a binary file, not YAML text")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise DataError([Problem(
            name, line, column,
            f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x}); save it as UTF-8")]
        ) from None


def _marked_problem(name: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "not valid YAML"
    if "\\t" in what or "tab" in what:
        what += " (YAML does not allow tabs for indentation; use spaces)"
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(name, line, column, f"YAML syntax error: {what}")


def _reader_problem(name: str, text: str, error: yaml.reader.ReaderError) -> Problem:
    """A character libyaml refuses (control characters and the like), located."""
    # libyaml counts in bytes of the UTF-8 text; the pure-Python reader in characters.
    before = (text.encode("utf-8")[: error.position].decode("utf-8", "replace")
              if _BYTE_OFFSETS else text[: error.position])
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    character = error.character
    code = ord(character) if isinstance(character, str) else int(character or 0)
    return Problem(name, line, column,
                   f"the character U+{code:04X} is not allowed in YAML text ({error.reason}); "
                   "delete it or write it as an escape such as \"\\u0007\" inside double quotes")


class _Builder:
    """Turns a composed node graph into plain data, guarding against hostile input."""

    def __init__(self, name: str, positions: Positions) -> None:
        self.name = name
        self.positions = positions
        self.problems: list[Problem] = []
        self.count = 0
        self.stopped = False

    def _fail(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.name, mark.line + 1, mark.column + 1, message))

    def build(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        if self.stopped:
            return None
        self.count += 1
        if self.count > MAX_VALUES:
            self._fail(node, "the document expands to too many values "
                             "(aliases repeated many times?); refusing to load it")
            self.stopped = True
            return None
        if depth > MAX_DEPTH:
            self._fail(node, f"values are nested more than {MAX_DEPTH} levels deep")
            self.stopped = True
            return None
        self.positions.by_path.setdefault(path, (node.start_mark.line + 1,
                                                 node.start_mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self._fail(node, f"the tag {node.tag!r} is not allowed in data files")
                return None
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                self._fail(node, f"the tag {node.tag!r} is not allowed in data files")
                return None
            return self._mapping(node, path, depth)
        self._fail(node, "unsupported YAML node")  # pragma: no cover
        return None

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag not in _PLAIN_SCALARS:
            self._fail(node, f"the tag {node.tag!r} is not allowed in data files "
                             "(data files hold plain text, numbers and lists only)")
            return None
        if node.tag == _STR or node.tag.endswith(":timestamp"):
            return node.value
        if node.tag == _NULL:
            return None
        try:
            if node.tag == _INT:
                return _SCALAR_MAKER.construct_yaml_int(node)
            if node.tag == _FLOAT:
                return _SCALAR_MAKER.construct_yaml_float(node)
            return _SCALAR_MAKER.construct_yaml_bool(node)
        except (ValueError, yaml.YAMLError):
            self._fail(node, f"cannot read {node.value!r} as a value")
            return None

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._fail(key_node, "merge keys ('<<') are not allowed in data files")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._fail(key_node, "a mapping key must be plain text")
                continue
            key = self._scalar(key_node)
            if not isinstance(key, Hashable):  # pragma: no cover - scalars always are
                continue
            if key in result:
                self._fail(key_node, f"the key {key!r} appears twice in the same mapping")
                continue
            # A field is reported at its key, where a reader looks for it.
            self.positions.by_path.setdefault((*path, key), (key_node.start_mark.line + 1,
                                                             key_node.start_mark.column + 1))
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result
