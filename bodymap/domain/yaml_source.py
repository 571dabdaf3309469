"""Read a YAML file into plain data, remembering where every value came from.

libyaml's C parser (`CSafeLoader`) turns the text into a stream of events; we build plain
Python values from the events ourselves, with an explicit stack, so that we can (a) keep each
value's line and column for error messages, (b) refuse tags that would build Python objects,
and (c) stop alias bombs, floods of values and deep nesting as soon as they pass a limit,
before they cost time, memory or the C stack (libyaml's own composer recurses once per level).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bodymap.domain.bounded_read import UnreadableFile, read_bounded
from bodymap.domain.problems import DataError, Problem

try:  # libyaml is part of every PyYAML wheel; the pure-Python loader is a slow fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]
_BYTE_OFFSETS = _Loader is not yaml.SafeLoader  # libyaml reports positions in UTF-8 bytes

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUES = 50_000  # values after alias expansion: 15x the real data, checked in < 2 s
MAX_DEPTH = 64
TOO_DEEP = f"values are nested more than {MAX_DEPTH} levels deep"

PathKey = tuple[Hashable, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_PLAIN_SCALARS = {_STR, _INT, _FLOAT, _BOOL, _NULL, "tag:yaml.org,2002:timestamp"}
_MERGE = "tag:yaml.org,2002:merge"
_SCALAR_MAKER = yaml.constructor.SafeConstructor()
_RESOLVER = yaml.resolver.Resolver()


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
        raise DataError([*builder.problems, _marked_problem(name, error, text)]) from None
    except yaml.reader.ReaderError as error:
        raise DataError([*builder.problems, _reader_problem(name, text, error)]) from None
    except yaml.YAMLError as error:  # pragma: no cover - libyaml marks all others
        raise DataError([*builder.problems,
                         Problem(name, None, None, f"not valid YAML: {error}")]) from None
    if builder.problems:
        raise DataError(builder.problems)
    if not found:
        raise DataError([Problem(name, None, None, "the file is empty")])
    hidden = invisible_character_problems(text, name)
    if hidden:
        raise DataError(hidden)
    return data, builder.positions


# Characters YAML accepts but no one can see: bidirectional controls (U+202A-U+202E,
# U+2066-U+2069), which make text display in another order than it reads ("Trojan Source"),
# and every other format (Cf) or control (Cc) character but tab, line feed and carriage
# return. tests/test_yaml_source.py checks this class against unicodedata's categories.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
MAX_INVISIBLE_REPORTED = 20


def invisible_character_problems(text: str, name: str) -> list[Problem]:
    """Each invisible control or bidirectional character in `text`, located (1-based line
    and column, in characters)."""
    problems: list[Problem] = []
    for match in _INVISIBLE.finditer(text):
        at = match.start()
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        code = ord(match.group())
        kind = ("a bidirectional control character, which can make text display in another "
                "order than it reads" if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
                else "an invisible control character")
        problems.append(Problem(name, line, column,
                                f"U+{code:04X} is {kind}; delete it"))
        if len(problems) >= MAX_INVISIBLE_REPORTED:
            break
    return problems


def _read_text(path: Path, name: str) -> str:
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as error:
        reason = ("this is a folder, not a data file" if "folder" in error.reason
                  else error.reason)
        raise DataError([Problem(name, None, None, reason)]) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # what Windows calls "Unicode"
        raise DataError([Problem(name, None, None,
                                 "the file is saved as UTF-16 text; save it as UTF-8")])
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


# libyaml's words for common mistakes, and what a person editing the file should look at.
_HINTS = (
    ("mapping values are not allowed", "put a text that holds ': ' in quotes; check this line "
                                       "and the one above for indentation and a missing ':'"),
    ("did not find expected key", "this line does not fit where it stands: check its "
                                  "indentation and the line above"),
    ("could not find expected ':'", "each line must be 'field: value', '- item' or the "
                                    "indented continuation of a text"),
    ("cannot start any token", "a text starting with this character must be put in quotes"),
    ("unknown escape character", "inside double quotes a backslash starts an escape: write "
                                 "\\\\ for a backslash, or use single quotes"),
    ("expected <document start>", "there is more after the end of the data: a stray ']' or "
                                  "'}'?"),
)
# What libyaml was reading when it failed, where that began tells more than where it failed.
_CONTEXTS = {
    "while parsing a flow sequence": "in the list opened with '[' at line {line}: is a ',' "
                                     "or the closing ']' missing?",
    "while parsing a flow mapping": "in the mapping opened with '{{' at line {line}: is a ',' "
                                    "or the closing '}}' missing?",
    "while scanning a quoted scalar": "the quoted text that starts at line {line} is never "
                                      "closed: is its closing quote missing?",
}


def _marked_problem(name: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "not valid YAML"
    if "maximum nesting depth" in what:
        # libyaml 0.2.6 and later stop at their own depth limit, which they can reach while
        # reading ahead, before we have counted MAX_DEPTH levels: say it the same way.
        return Problem(name, mark.line + 1 if mark else None,
                       mark.column + 1 if mark else None, TOO_DEEP)
    context, start = error.context, error.context_mark
    if context == "while scanning a simple key" and start is not None:
        mark = start  # the line that lacks its ':' (libyaml notices only on the next line)
    quote = _open_quote(text, mark) if mark else None
    if "\\t" in what or "tab" in what or _character_at(text, mark) == "\t":
        what += " (YAML does not allow tabs for indentation; use spaces)"
    elif context in _CONTEXTS and start is not None:
        what += f" ({_CONTEXTS[context].format(line=start.line + 1)})"
    elif quote is not None:
        what += (f" (the quoted text that starts at line {quote} runs on to here: is its "
                 "closing quote missing?)")
    else:
        what += next((f" ({hint})" for words, hint in _HINTS if words in what), "")
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(name, line, column, f"YAML syntax error: {what}")


def _character_at(text: str, mark: Any) -> str:
    if mark is None:
        return ""
    lines = text.split("\n", mark.line + 1)
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _open_quote(text: str, mark: Any) -> int | None:
    """The line of a quoted text that spans lines and ends just before the error, on the
    error's line, if any: a missing closing quote makes the next quote (the opening one of
    another text) close it, and the error shows up right after."""
    lines = text.split("\n", mark.line + 1)
    before = lines[mark.line][: mark.column] if mark.line < len(lines) else ""
    if '"' not in before and "'" not in before:
        return None  # no quote closes on the error's line: no need to read the tokens
    last = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            last = token
    except yaml.YAMLError:
        pass
    if (isinstance(last, yaml.ScalarToken) and last.style in ('"', "'")
            and last.start_mark.line < last.end_mark.line == mark.line):
        return last.start_mark.line + 1
    return None


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
                   "delete it")


def _short(text: str) -> str:
    """`text` quoted for a message, cut short when it is long."""
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:56] + " ..."


def _as_written(tag: str) -> str:
    """A tag as it is usually written in a file: '!!python/name:os.system'."""
    standard = "tag:yaml.org,2002:"
    return "!!" + tag[len(standard):] if tag.startswith(standard) else tag


_SKIP = object()  # a mapping key whose value is read but dropped


@dataclass
class _Frame:
    """A sequence or mapping being built."""

    value: Any  # list or dict
    path: PathKey
    role: str  # "root", "item", "value" or "key" (a collection used as a key: dropped)
    record: bool  # whether positions are kept (not inside a dropped key or value)
    anchor: str | None
    count_at_open: int
    log_at_open: int
    refused: bool = False  # a tagged collection: read to its end, then dropped
    expecting_key: bool = True
    key: Any = None


class _Builder:
    """Turns libyaml's event stream into plain data, guarding against hostile input."""

    def __init__(self, name: str, positions: Positions) -> None:
        self.name = name
        self.positions = positions
        self.problems: list[Problem] = []
        self.count = 0
        self.stopped = False
        # Every position recorded, in order, so an anchor can hand its positions to an alias.
        self.log: list[tuple[PathKey, tuple[int, int]]] = []
        self.anchors: dict[str, tuple[Any, int, list[tuple[PathKey, tuple[int, int]]]]] = {}

    def _fail(self, mark: Any, message: str) -> None:
        self.problems.append(Problem(self.name, mark.line + 1, mark.column + 1, message))

    def _stop(self, mark: Any, message: str) -> None:
        self._fail(mark, message)
        self.stopped = True

    def _record(self, path: PathKey, mark: Any) -> None:
        where = (mark.line + 1, mark.column + 1)
        self.positions.by_path.setdefault(path, where)
        self.log.append((path, where))

    def run(self, loader: Any) -> tuple[Any, bool]:
        """Read every event; return the document and whether there was one."""
        try:
            return self._run(loader)
        finally:
            loader.dispose()

    def _run(self, loader: Any) -> tuple[Any, bool]:
        stack: list[_Frame] = []
        root: Any = None
        found = False
        while not self.stopped:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent) and found:
                self._stop(event.start_mark, "a second YAML document starts here; a data file "
                                             "holds one document (remove the '---' line)")
            elif isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                value = None if frame.refused else frame.value
                if frame.anchor is not None:
                    self._remember(frame.anchor, value, frame)
                root = self._deliver(stack, frame.role, value, root)
            elif isinstance(event, yaml.NodeEvent):
                found = True
                root = self._node(event, stack, root)
        return root, found

    def _deliver(self, stack: list[_Frame], role: str, value: Any, root: Any) -> Any:
        """Put a finished value where it belongs; return the (possibly new) root."""
        if role == "root":
            return value
        parent = stack[-1]
        if role == "item":
            parent.value.append(value)
        elif role == "value":
            if parent.key is not _SKIP:
                parent.value[parent.key] = value
            parent.expecting_key = True
        return root

    def _node(self, event: Any, stack: list[_Frame], root: Any) -> Any:
        parent = stack[-1] if stack else None
        record = parent.record if parent is not None else True
        path: PathKey
        if parent is None:
            role, path = "root", ()
        elif isinstance(parent.value, list):
            role, path = "item", (*parent.path, len(parent.value))
        elif parent.expecting_key:
            return self._key(event, parent, stack, root)
        else:
            role, path = "value", (*parent.path, parent.key)
            record = record and parent.key is not _SKIP
        mark = event.start_mark
        self.count += 1
        if self.count > MAX_VALUES:
            self._stop(mark, "the document expands to too many values "
                             "(aliases repeated many times?); refusing to load it")
            return root
        if len(stack) > MAX_DEPTH:
            self._stop(mark, TOO_DEEP)
            return root
        if isinstance(event, yaml.AliasEvent):
            return self._deliver(stack, role, self._alias(event, path, record), root)
        if record:
            self._record(path, mark)
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1, [((), (mark.line + 1, mark.column + 1))])
            return self._deliver(stack, role, value, root)
        is_sequence = isinstance(event, yaml.SequenceStartEvent)
        tag = event.tag if event.tag not in (None, "!") else (_SEQ if is_sequence else _MAP)
        refused = tag != (_SEQ if is_sequence else _MAP)
        if refused:
            self._fail(mark, f"the tag {_as_written(tag)!r} is not allowed in data files")
        stack.append(_Frame([] if is_sequence else {}, path, role, record and not refused,
                            event.anchor, self.count, len(self.log) - int(record), refused))
        return root

    def _key(self, event: Any, parent: _Frame, stack: list[_Frame], root: Any) -> Any:
        """A mapping key: plain text, once per mapping; else its value is read and dropped."""
        parent.expecting_key = False
        parent.key = _SKIP
        mark = event.start_mark
        if isinstance(event, yaml.ScalarEvent):
            tag = self._scalar_tag(event)
            if tag == _MERGE:
                self._fail(mark, "merge keys ('<<') are not allowed in data files")
            elif tag not in _PLAIN_SCALARS:
                self._fail(mark, f"the tag {_as_written(tag)!r} is not allowed in data files")
            elif event.value in parent.value:
                self._fail(mark, f"the key {_short(event.value)} appears twice in the same "
                                 "mapping")
            else:
                if event.anchor is not None:
                    self.anchors[event.anchor] = (event.value, 1, [((), (0, 0))])
                # Keys are text, as in JSON: `1999:` or `null:` is the key '1999' or 'null'.
                parent.key = event.value
                if parent.record:
                    # A field is reported at its key, where a reader looks for it.
                    self._record((*parent.path, event.value), mark)
            return root
        self._fail(mark, "a mapping key must be plain text")
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append(_Frame([] if isinstance(event, yaml.SequenceStartEvent) else {}, (),
                                "key", False, None, self.count, len(self.log)))
        return root

    def _alias(self, event: Any, path: PathKey, record: bool) -> Any:
        mark = event.start_mark
        anchored = self.anchors.get(event.anchor)
        if anchored is None:
            self._fail(mark, f"the alias '*{event.anchor}' has no anchor '&{event.anchor}' "
                             "before it (an alias must follow its anchor and cannot be inside "
                             "it)")
            return None
        value, count, positions = anchored
        self.count += count - 1
        if self.count > MAX_VALUES:
            self._stop(mark, "the document expands to too many values "
                             "(aliases repeated many times?); refusing to load it")
            return None
        if record:
            self._record(path, mark)  # the alias itself is where a reader looks
            for relative, where in positions[1:]:
                full = (*path, *relative)
                self.positions.by_path.setdefault(full, where)
                self.log.append((full, where))
        return value

    def _remember(self, anchor: str, value: Any, frame: _Frame) -> None:
        start = len(frame.path)
        positions: list[tuple[PathKey, tuple[int, int]]] = (
            [(p[start:], where) for p, where in self.log[frame.log_at_open:]]
            if frame.record else [((), (0, 0))])
        self.anchors[anchor] = (value, self.count - frame.count_at_open + 1, positions)

    @staticmethod
    def _scalar_tag(event: Any) -> str:
        if event.tag in (None, "!"):
            return _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        return event.tag

    def _scalar(self, event: Any) -> Any:
        tag = self._scalar_tag(event)
        mark = event.start_mark
        if tag not in _PLAIN_SCALARS:
            self._fail(mark, f"the tag {_as_written(tag)!r} is not allowed in data files "
                             "(data files hold plain text, numbers and lists only)")
            return None
        if tag == _STR or tag.endswith(":timestamp"):
            return event.value
        if tag == _NULL:
            return None
        node = yaml.ScalarNode(tag, event.value, mark, event.end_mark)
        try:
            if tag == _INT:
                return _SCALAR_MAKER.construct_yaml_int(node)
            if tag == _FLOAT:
                return _SCALAR_MAKER.construct_yaml_float(node)
            return _SCALAR_MAKER.construct_yaml_bool(node)
        except (ValueError, yaml.YAMLError):
            self._fail(mark, f"cannot read {_short(event.value)} as a value")
            return None
