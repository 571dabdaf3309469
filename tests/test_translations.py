"""Translations of the patient register (bodymap/data/i18n): loading, checking, staleness,
per-field fallback to English, and the Spanish translation's state."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from bodymap import resources
from bodymap.atlas.translated import translate_reference, translation_statuses
from bodymap.domain.problems import DataError
from bodymap.domain.translations import (
    available_languages,
    english_texts,
    load_content_translation,
    normalise_language,
    source_hash,
)

I18N = resources.CONTENT_TRANSLATIONS_DIR


@pytest.fixture
def i18n_copy(tmp_path):
    """A writable copy of bodymap/data/i18n."""
    target = tmp_path / "i18n"
    shutil.copytree(I18N, target)
    return target


def spanish_status(reference, folder=I18N):
    return load_content_translation("es", folder).status(
        english_texts(reference.dataset, reference.general))


def test_source_hash_ignores_rewrapping_but_not_wording():
    assert source_hash("Rest  until\n you feel normal.") == source_hash("Rest until you feel normal.")
    assert source_hash("Rest until you feel normal.") != source_hash("Rest until you feel well.")
    assert source_hash(["a", "b"]) != source_hash(["b", "a"])
    assert len(source_hash("x")) == 12


@pytest.mark.parametrize("code, expected", [("es", "es"), ("es_MX", "es"), ("es-419", "es"),
                                            ("EN", "en"), ("", None), (None, None)])
def test_language_codes_are_normalised(code, expected):
    assert normalise_language(code) == expected


def test_spanish_is_offered():
    assert available_languages(I18N) == ("en", "es")


def test_spanish_has_no_stale_or_orphan_text(reference):
    status = spanish_status(reference)
    assert not status.stale, [str(p) for p in status.problems(I18N)]
    assert not status.unknown, [str(p) for p in status.problems(I18N)]


def test_spanish_general_patient_content_is_complete(reference):
    missing = [p for p in spanish_status(reference).missing if p[0] == "dry_needling"]
    assert not missing


def test_every_muscle_translated_so_far_is_complete_and_check_names_the_rest(reference):
    """Muscles added after the Spanish was written are listed by `bodymap check` (and the
    translators' to-do list in docs/translating.md); none is half translated."""
    status = spanish_status(reference)
    translated = {p[2] for p in status.current if p[:2] == ("trigger_points", "muscles")}
    assert len(translated) >= 46
    for muscle_id in translated:
        m = reference.dataset.muscle(muscle_id)
        fields = ["name", "patient_summary"]
        if m.patient_red_flag:
            fields += ["patient_red_flag.see_a_doctor", "patient_red_flag.urgent"]
        for field in fields:
            path = ("trigger_points", "muscles", muscle_id, *field.split("."))
            assert path in status.current, f"{muscle_id}: {field} is not translated"


def test_translated_reference_is_spanish_for_the_patient_and_english_for_the_clinician(
        reference):
    spanish = translate_reference(reference, "es")
    m = spanish.dataset.muscle("upper_trapezius")
    english = reference.dataset.muscle("upper_trapezius")
    assert spanish.language == "es"
    assert m.name == "Trapecio superior"
    assert m.display_name("left") == "Trapecio superior, lado izquierdo"
    assert english.display_name("left") == "Left upper trapezius"
    assert m.latin == english.latin
    assert "punto gatillo" in m.patient_summary
    assert m.patient_red_flag.urgent[0].startswith("un dolor de cabeza")
    # Clinician register untouched.
    assert m.needling == english.needling
    assert m.anatomy == english.anatomy
    assert m.trigger_points == english.trigger_points
    # The English name stays searchable.
    assert m in spanish.dataset.search("upper trapezius")
    assert m in spanish.dataset.search("trapecio")
    general = spanish.general
    assert general.page("safety").title == "¿Es segura la punción seca?"
    assert general.clinician_safety == reference.general.clinician_safety
    assert general.absolute_contraindications == reference.general.absolute_contraindications


def test_english_and_unknown_languages_leave_the_reference_alone(reference):
    assert translate_reference(reference, "en") is reference
    assert translate_reference(reference, "fr") is reference


def _edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_a_stale_translation_is_reported_at_its_line_and_shows_the_english(
        reference, i18n_copy):
    english = reference.dataset.muscle("masseter").patient_summary
    now = source_hash(english)
    es = i18n_copy / "es" / "trigger_points.yaml"
    _edit(es, f"from: \"{now}\"", "from: \"000000000000\"")
    status = spanish_status(reference, i18n_copy)
    path = ("trigger_points", "muscles", "masseter", "patient_summary")
    assert [p for p, _, _ in status.stale] == [path]
    # muscles added after the Spanish was written are reported as missing; the stale one is new
    (problem,) = [p for p in status.problems(i18n_copy) if "stale" in p.message]
    assert problem.file == str(es) and problem.line is not None
    assert "stale Español translation of muscles.masseter.patient_summary" in problem.message
    assert f"set from: {now}" in problem.message
    spanish = translate_reference(reference, "es", i18n_copy).dataset.muscle("masseter")
    assert spanish.patient_summary == english  # the outdated Spanish is not shown
    assert spanish.name == "Masetero"  # other fields stay translated


def test_a_missing_field_falls_back_to_english_alone(reference, i18n_copy):
    es = i18n_copy / "es" / "trigger_points.yaml"
    before = spanish_status(reference, i18n_copy)  # muscles newer than the Spanish are missing
    text = es.read_text(encoding="utf-8")
    start = text.index("  digastric:\n")
    summary = text.index("    patient_summary:", start)
    after = text.index("    patient_red_flag:", summary)
    es.write_text(text[:summary] + text[after:], encoding="utf-8")
    status = spanish_status(reference, i18n_copy)
    assert set(status.missing) - set(before.missing) == {
        ("trigger_points", "muscles", "digastric", "patient_summary")}
    assert set(status.missing_muscles()) - set(before.missing_muscles()) == {"digastric"}
    spanish = translate_reference(reference, "es", i18n_copy).dataset.muscle("digastric")
    english = reference.dataset.muscle("digastric")
    assert spanish.patient_summary == english.patient_summary
    assert spanish.name.startswith("Digástrico")
    assert spanish.patient_red_flag.see_a_doctor != english.patient_red_flag.see_a_doctor


def test_check_lists_missing_muscles_and_can_insist_on_completeness(i18n_copy, monkeypatch,
                                                                     capsys):
    from bodymap import cli

    es = i18n_copy / "es" / "trigger_points.yaml"
    text = es.read_text(encoding="utf-8")
    es.write_text(text[:text.index("  sternalis:\n")] + text[text.index("  intercostals:\n"):],
                  encoding="utf-8")
    monkeypatch.setattr(resources, "CONTENT_TRANSLATIONS_DIR", i18n_copy)
    assert cli.main(["check"]) == 0
    out, err = capsys.readouterr()
    assert "missing Español translation of muscles.sternalis.name" in err
    assert "muscles to translate: sternalis" in out
    assert cli.main(["check", "--translations-complete"]) == 1


def test_a_blank_translation_is_refused_with_its_place(reference, i18n_copy):
    es = i18n_copy / "es" / "trigger_points.yaml"
    _edit(es, 'text: "Trapecio medio"', 'text: "  "')
    with pytest.raises(DataError) as error:
        load_content_translation("es", i18n_copy)
    (problem,) = error.value.problems
    assert problem.file == str(es) and problem.line and problem.column


def test_a_file_in_the_wrong_folder_is_refused(i18n_copy):
    _edit(i18n_copy / "es" / "dry_needling.yaml", "language: es", "language: fr")
    with pytest.raises(DataError, match="says language: 'fr'"):
        load_content_translation("es", i18n_copy)


def test_spanish_patient_texts_never_use_technique_words(i18n_copy):
    _edit(i18n_copy / "es" / "dry_needling.yaml", "La parte con agujas suele ser corta.",
          "La inserción a 20 mm de profundidad suele ser corta.")
    with pytest.raises(DataError, match=r"technique words \(inserción, mm, profundidad\)"):
        load_content_translation("es", i18n_copy)


def test_translation_statuses_cover_every_language(reference):
    assert [s.language for s in translation_statuses(reference)] == ["es"]


def test_handout_prints_in_spanish(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "hoja.pdf"
    result = subprocess.run([sys.executable, "-m", "bodymap", "handout", "masseter.left", "-o",
                             str(out), "--lang", "es"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in
                    pypdf.PdfReader(str(out)).pages)
    assert "El masetero es el músculo grueso de masticar" in text
    assert "Siga moviéndose con suavidad" in text  # aftercare
    assert "Por qué puede doler aquí" in text and "Masetero, lado izquierdo" in text
    assert "Consulte primero a un dentista o a un médico" in text  # red flag


def test_unknown_language_is_refused_with_the_known_ones(capsys):
    from bodymap import cli

    with pytest.raises(SystemExit):
        cli.main(["handout", "masseter.left", "-o", "x.pdf", "--lang", "xx"])
    assert "known: en (English), es (Español)" in capsys.readouterr().err
