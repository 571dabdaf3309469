"""The start-up cache: used when nothing changed, never stale, never trusted when damaged,
never written for bad data or by the kiosk."""

from __future__ import annotations

import gc
import shutil

import pytest

from bodymap import resources
from bodymap.atlas import cache
from bodymap.domain.problems import DataError


def entries(folder):
    return sorted(folder.glob("reference-*.json")) if folder.exists() else []


def test_a_second_start_is_served_from_the_cache(cache_home, data_copy, monkeypatch):
    first = cache.load_reference_cached(data_copy)
    assert len(entries(cache_home)) == 1

    def no_parsing(*_args):
        raise AssertionError("the cache was not used")

    monkeypatch.setattr("bodymap.atlas.reference.load_reference", no_parsing)
    monkeypatch.setattr(cache, "load_reference", no_parsing, raising=False)
    second = cache.load_reference_cached(data_copy)
    assert second == first
    assert gc.isenabled()  # switched off only while decoding
    assert second.dataset.muscle("piriformis") == first.dataset.muscle("piriformis")
    assert second.atlas.view("posterior").regions == first.atlas.view("posterior").regions


def test_a_changed_input_is_never_served_stale(cache_home, data_copy):
    before = cache.load_reference_cached(data_copy)
    text = data_copy.read_text(encoding="utf-8")
    data_copy.write_text(text.replace("name: Piriformis", "name: Piriformis muscle", 1),
                         encoding="utf-8")
    after = cache.load_reference_cached(data_copy)
    assert before.dataset.muscle("piriformis").name == "Piriformis"
    assert after.dataset.muscle("piriformis").name == "Piriformis muscle"
    assert len(entries(cache_home)) == 2


def test_a_damaged_entry_is_rebuilt(cache_home, data_copy):
    cache.load_reference_cached(data_copy)
    (entry,) = entries(cache_home)
    entry.write_bytes(b"not an entry")
    reference = cache.load_reference_cached(data_copy)
    assert reference.dataset.muscle("piriformis").name == "Piriformis"
    assert entry.read_bytes() != b"not an entry"


def test_bad_data_is_never_cached(cache_home, data_copy):
    data_copy.write_text(data_copy.read_text().replace("layer: 3", "layer: seven", 1))
    with pytest.raises(DataError):
        cache.load_reference_cached(data_copy)
    assert entries(cache_home) == []


def test_the_kiosk_reads_but_never_writes(cache_home, data_copy):
    cache.load_reference_cached(data_copy, write=False)
    assert entries(cache_home) == []


def test_the_key_covers_data_atlas_and_code(tmp_path, data_copy, monkeypatch):
    atlas = tmp_path / "atlas"
    shutil.copytree(resources.ATLAS_DIR, atlas)
    key = cache.cache_key(data_copy, atlas)
    assert cache.cache_key(data_copy, atlas) == key
    svg = atlas / "anterior.svg"
    svg.write_text(svg.read_text() + "\n<!-- edited -->\n")
    assert cache.cache_key(data_copy, atlas) != key
    edited = cache.cache_key(data_copy, atlas)
    monkeypatch.setattr(cache, "code_digest", lambda: "another version of the code")
    assert cache.cache_key(data_copy, atlas) != edited  # code_digest: tests/test_locations.py


def test_the_same_files_elsewhere_get_their_own_entry(tmp_path, data_copy):
    # The reference remembers where it was read from: a second install with the same files
    # (a wheel and a bundle on one machine) must not be served the first one's paths.
    other = tmp_path / "other" / "trigger_points.yaml"
    other.parent.mkdir()
    shutil.copy(data_copy, other)
    assert cache.cache_key(other) != cache.cache_key(data_copy)
    assert cache.load_reference_cached(other).dataset.file == str(other)
    assert cache.load_reference_cached(data_copy).dataset.file == str(data_copy)
