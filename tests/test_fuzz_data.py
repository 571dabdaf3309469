"""Fuzzing the data loader: whatever a slip of the keyboard, a bad merge or a damaged disk
does to bodymap/data/trigger_points.yaml, `load_dataset` either loads it or raises the project's own
DataError with located, plain problems; never anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap import resources
from bodymap.domain.loader import load_dataset
from bodymap.domain.model import Dataset
from bodymap.domain.problems import DataError
from bodymap.domain.spec import load_spec_muscles

DATA = resources.DATA_FILE.read_bytes()
LINES = DATA.count(b"\n") + 1
PUNCTUATION = (b":", b": ", b"- ", b"-", b"[", b"]", b"{", b"}", b",", b"&a ", b"*a", b"!",
               b"!!python/object/apply:os.system ", b"!!python/name:os.system", b"|", b">",
               b"'", b'"', b"%", b"@", b"`", b"#", b"? ", b"---\n", b"...\n", b"<<: ", b"\t",
               b"\\", b"\n", b"\r", b"\x00", b"\x07", b"\xff", b"\xe2\x80\xa8", b"\xef\xbb\xbf")
SCALARS = (b"123", b"-1.5e3", b"true", b"yes", b"no", b"null", b"~", b"", b"[]", b"{}", b'""',
           b".nan", b"-.inf", b"2024-01-01", b"0x1F", b"0o17", b"1_000", b"'text'", b"[a, b]",
           b"{a: 1}", b"*x", b"&x value", b"!!binary aGk=", b"12:30:00", b"99999999999999999999")

position = st.integers(min_value=0, max_value=len(DATA))
line = st.integers(min_value=0, max_value=LINES)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), position, st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("delete_lines"), line, st.integers(min_value=1, max_value=6)),
    st.tuples(st.just("duplicate_lines"), line, st.integers(min_value=1, max_value=6)),
    st.tuples(st.just("indent"), line, st.sampled_from((-4, -2, -1, 1, 2, 4, "tab"))),
    st.tuples(st.just("insert"), position, st.sampled_from(PUNCTUATION)),
    st.tuples(st.just("scalar"), line, st.sampled_from(SCALARS)),
    st.tuples(st.just("truncate"), position, st.just(0)),
)


def mutate(data: bytes, mutation: tuple) -> bytes:
    kind, where, how = mutation
    if kind == "flip":
        i = where % max(len(data), 1)
        return data[:i] + bytes([data[i] ^ how]) + data[i + 1:] if data else data
    if kind == "insert":
        return data[:where] + how + data[where:]
    if kind == "truncate":
        return data[:where]
    lines = data.split(b"\n")
    i = where % len(lines)
    if kind == "delete_lines":
        del lines[i:i + how]
    elif kind == "duplicate_lines":
        lines[i:i] = lines[i:i + how]
    elif kind == "indent":
        text = lines[i]
        stripped = text.lstrip(b" ")
        indent = len(text) - len(stripped)
        lines[i] = (b"\t" + text if how == "tab"
                    else b" " * max(indent + how, 0) + stripped)
    elif kind == "scalar":  # the value of the next `key: value` line gets another type
        for j in range(i, len(lines)):
            key, colon, value = lines[j].partition(b": ")
            if colon and value.strip():
                lines[j] = key + b": " + how
                break
    return b"\n".join(lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def required():
    return load_spec_muscles(resources.SPEC_MUSCLES_FILE)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_data_loads_or_raises_data_error(mutations, folder, regions, required):
    data = DATA
    for mutation in mutations:
        data = mutate(data, mutation)
    path = folder / "trigger_points.yaml"
    path.write_bytes(data)
    try:
        dataset = load_dataset(path, regions, resources.SCHEMA_FILE, required)
    except DataError as error:
        assert error.problems
        # splitlines knows every line break YAML does (and a few more): an upper bound
        last_line = len(data.decode("utf-8", "replace").splitlines()) + 1
        for problem in error.problems:
            assert problem.file == str(path)
            assert problem.message and "Traceback" not in problem.message
            assert problem.line is None or 1 <= problem.line <= last_line, problem
            assert problem.column is None or problem.column >= 1, problem
    else:
        assert isinstance(dataset, Dataset)


def test_the_mutations_change_the_text():
    """The fuzzer's operators do what they say (a broken operator would test nothing)."""
    assert mutate(b"a: 1\nb: 2", ("flip", 0, 1)) == b"`: 1\nb: 2"
    assert mutate(b"a: 1\nb: 2", ("delete_lines", 0, 1)) == b"b: 2"
    assert mutate(b"a: 1\nb: 2", ("duplicate_lines", 1, 1)) == b"a: 1\nb: 2\nb: 2"
    assert mutate(b"a:\n  b: 2", ("indent", 1, -1)) == b"a:\n b: 2"
    assert mutate(b"a:\n  b: 2", ("indent", 1, "tab")) == b"a:\n\t  b: 2"
    assert mutate(b"a: 1", ("insert", 1, b"[")) == b"a[: 1"
    assert mutate(b"a:\nb: 2", ("scalar", 0, b"true")) == b"a:\nb: true"
    assert mutate(b"a: 1", ("truncate", 2, 0)) == b"a:"
