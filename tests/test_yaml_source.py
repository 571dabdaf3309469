"""Reading YAML: positions are kept, and hostile or broken input is refused with a located,
plain-English message."""

from __future__ import annotations

import pytest

from bodymap.domain.problems import DataError
from bodymap.domain.yaml_source import read_yaml


def only_problem(path) -> str:
    with pytest.raises(DataError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    return str(problem)


def test_values_and_their_positions(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a:\n  - 1\n  - {b: true, c: 2.5, d: null, e: text}\n")
    data, positions = read_yaml(path)
    assert data == {"a": [1, {"b": True, "c": 2.5, "d": None, "e": "text"}]}
    assert positions.at(("a", 1, "c")) == (3, 15)
    assert positions.at(("a", 1, "missing")) == (3, 5)  # falls back to the nearest parent


def test_syntax_error_is_located(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: 1\nb: [unclosed\nc: 3\n")
    message = only_problem(path)
    assert message.startswith(f"{path}:")
    assert "YAML syntax error" in message


def test_tab_indentation_is_explained(tmp_path):
    path = tmp_path / "indented.yaml"  # not "tabs.yaml": the message must say it, not the name
    path.write_text("a:\n\t- 1\n")
    message = only_problem(path)
    assert ":2:1:" in message and "tabs" in message


@pytest.mark.parametrize("text", [
    "a: !!python/object/apply:os.system ['echo hi']\n",
    "a: !!python/name:os.system\n",
    "a: !custom {x: 1}\n",
])
def test_object_building_tags_are_refused(tmp_path, text):
    path = tmp_path / "tags.yaml"
    path.write_text(text)
    assert "is not allowed in data files" in only_problem(path)


def test_alias_bomb_is_stopped(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    assert "too many values" in only_problem(path)


def test_duplicate_keys_are_reported(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("a: 1\nb: 2\na: 3\n")
    assert only_problem(path).endswith(":3:1: the key 'a' appears twice in the same mapping")


def test_non_utf8_bytes_are_located(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: ok\nb: caf\xe9\n".encode("latin-1"))
    message = only_problem(path)
    assert ":2:" in message and "not UTF-8" in message


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: p.write_bytes(b"\x00\x01\x02binary"), "binary file"),
    (lambda p: p.write_text(""), "the file is empty"),
    (lambda p: p.write_text("# only a comment\n"), "the file is empty"),
    (lambda p: p.mkdir(), "folder"),
    (lambda p: None, "no such file"),
])
def test_unusable_files(tmp_path, make, expected):
    path = tmp_path / "data.yaml"
    make(path)
    assert expected in only_problem(path)


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 100 + "]" * 100 + "\n")
    assert "nested more than" in only_problem(path)


def test_keys_are_text_and_aliases_are_located_where_used(tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text("1999: &entry {a: [1, 2]}\nnull: [x, *entry]\n")
    data, positions = read_yaml(path)
    assert data == {"1999": {"a": [1, 2]}, "null": ["x", {"a": [1, 2]}]}
    assert positions.at(("null", 1)) == (2, 11)  # the alias
    assert positions.at(("null", 1, "a", 1)) == (1, 22)  # inside the anchored value


@pytest.mark.parametrize(("text", "expected"), [
    ("a: &x [1, *x]\n", ":1:11: the alias '*x' has no anchor '&x' before it"),
    ("a: 1\n---\nb: 2\n", ":2:1: a second YAML document starts here"),
    ("a: \x07\n", ":1:4: the character U+0007 is not allowed"),
    ("a: [1,\nb: 2\n", "in the list opened with '[' at line 1"),
    ('a: "x\nb: "y"\n', "the quoted text that starts at line 1 runs on to here"),
])
def test_more_mistakes_are_located_and_explained(tmp_path, text, expected):
    path = tmp_path / "data.yaml"
    path.write_text(text)
    assert expected in only_problem(path)
