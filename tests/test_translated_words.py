"""Words the domain writes for the interface, in the interface's language: body-region and
landmark names (translatable content, bodymap/data/i18n/<code>/body_regions.yaml), study
questions and their explanations, the pain ranking's reasons, the layer names and the
referral's sides note (built through a `translate` function, domain/text_marks.py)."""

from __future__ import annotations

import random
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from bodymap import resources
from bodymap.atlas.translated import translate_reference
from bodymap.domain.landmarks import LABELS, landmark_label
from bodymap.domain.lookup import PainDrawing, rank
from bodymap.domain.model import RegionKey
from bodymap.domain.study.questions import QuestionBank, QuestionKind, StudyItem
from bodymap.domain.text_marks import untranslated
from bodymap.domain.translations import english_texts, load_content_translation, source_hash

I18N = resources.CONTENT_TRANSLATIONS_DIR
TS = resources.UI_TRANSLATIONS_DIR / "bodymap_es.ts"


@pytest.fixture(scope="module")
def spanish_words():
    """The Spanish of bodymap_es.ts as a `Translate`: (context, English) -> Spanish."""
    table = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            table[(name, message.findtext("source"))] = message.findtext("translation")

    def translate(context: str, text: str) -> str:
        return table.get((context, text)) or text

    return translate


@pytest.fixture(scope="module")
def spanish(reference):
    return translate_reference(reference, "es")


def test_every_region_and_landmark_has_a_current_spanish_name(reference):
    status = load_content_translation("es", I18N).status(
        english_texts(reference.dataset, reference.general))
    names = [p for p in status.current if p[0] == "body_regions"]
    assert len(names) == len(reference.dataset.regions) + len(LABELS)
    assert not [p for p in status.missing if p[0] == "body_regions"]


def test_the_spanish_reference_names_regions_and_landmarks_in_spanish(reference, spanish):
    assert spanish.dataset.regions["posterior_calf"].label == "Pantorrilla"
    assert spanish.dataset.regions["temple"].label.startswith("Sien")
    assert reference.dataset.regions["temple"].label == "Temporal region"
    assert spanish.dataset.landmark_labels["umbilicus"] == "Ombligo"
    assert reference.dataset.landmark_labels["umbilicus"] == "Umbilicus"
    # Ids, groups and the drawing are untouched.
    for region_id, region in reference.dataset.regions.items():
        translated = spanish.dataset.regions[region_id]
        assert (translated.group, translated.views, translated.parent) == (
            region.group, region.views, region.parent)


def test_a_stale_region_name_shows_the_english_and_is_reported(reference, tmp_path):
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder)
    es = folder / "es" / "body_regions.yaml"
    old = source_hash(reference.dataset.regions["temple"].label)
    text = es.read_text(encoding="utf-8")
    es.write_text(text.replace(f'temple: {{from: "{old}"', 'temple: {from: "000000000000"'),
                  encoding="utf-8")
    status = load_content_translation("es", folder).status(
        english_texts(reference.dataset, reference.general))
    assert [p for p, _, _ in status.stale] == [("body_regions", "regions", "temple")]
    (problem,) = [p for p in status.problems(folder) if "stale" in p.message]
    assert problem.file == str(es) and problem.line is not None
    spanish = translate_reference(reference, "es", folder).dataset
    assert spanish.regions["temple"].label == "Temporal region"  # the English, not a blank
    assert spanish.regions["posterior_calf"].label == "Pantorrilla"  # the rest stays


def test_a_missing_region_file_is_reported_by_check(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder)
    (folder / "es" / "body_regions.yaml").unlink()
    monkeypatch.setattr(resources, "CONTENT_TRANSLATIONS_DIR", folder)
    from bodymap.cli import main

    assert main(["check", "--translations-complete"]) == 1


def test_region_names_keep_clear_of_technique_words():
    from bodymap.domain.translations import PATIENT_FORBIDDEN

    text = (I18N / "es" / "body_regions.yaml").read_text(encoding="utf-8")
    assert not PATIENT_FORBIDDEN["es"].search(text)


def test_landmark_labels_and_sides_in_the_interfaces_language(spanish, spanish_words):
    labels = spanish.dataset.landmark_labels
    assert landmark_label("acromion.left") == "Acromion (left)"
    assert landmark_label("asis.right", labels, spanish_words) == \
        "EIAS (lado derecho)"


def bank(reference, translate=untranslated) -> QuestionBank:
    atlas = reference.atlas
    return QuestionBank(
        reference.dataset, atlas.region_areas(atlas.measured()),
        markers={name: view.trigger_points for name, view in atlas.views.items()},
        landmarks={name: atlas.view(name).landmarks for name in ("posterior", "anterior")},
        translate=translate)


def test_study_questions_and_explanations_read_in_spanish(spanish, spanish_words):
    questions = bank(spanish, spanish_words)
    rng = random.Random(3)
    asked = questions.question(StudyItem(QuestionKind.MUSCLE_TO_PATTERN, "upper_trapezius"), rng)
    assert asked.prompt.startswith("Marque dónde refiere el dolor: trapecio superior, lado")
    result = questions.grade_marking(asked, set())
    assert result.explanation.startswith("No marcó nada; su zona esencial es ")
    assert "sien" in result.explanation  # region names in Spanish too
    choice = questions.question(StudyItem(QuestionKind.PATTERN_TO_MUSCLE, "masseter"), rng)
    assert choice.prompt == "¿Qué músculo refiere el dolor con este patrón?"
    wrong = next(m for m in choice.choices if m != "masseter")
    why = questions.grade_choice(choice, wrong).explanation
    assert why.startswith("La respuesta es masetero: "), why
    landmark = questions.question(StudyItem(QuestionKind.LANDMARK, "umbilicus"), rng)
    assert landmark.prompt == "Toque: ombligo."
    point = questions.landmarks[landmark.view][landmark.landmark]
    far = questions.grade_tap(landmark, (point[0], point[1] - 400), landmark.view)
    assert far.explanation == "Está más abajo de donde tocó: ombligo."
    right = questions.grade_tap(landmark, point, landmark.view)
    assert right.explanation == "Correcto: ahí está ombligo."
    assert questions.item_label(StudyItem(QuestionKind.LANDMARK, "umbilicus")) == "Ombligo"


def test_english_study_text_is_unchanged_without_a_translation(reference):
    questions = bank(reference)
    asked = questions.question(StudyItem(QuestionKind.LANDMARK, "umbilicus"), random.Random(1))
    assert asked.prompt == "Tap the umbilicus."


def test_the_rankings_reasons_in_spanish(spanish, spanish_words):
    from bodymap.domain.candidate_words import detail_line, plain_reason

    dataset = spanish.dataset
    areas = spanish.atlas.region_areas()
    drawing = PainDrawing.from_regions([RegionKey("temple", "left")], areas, dataset.regions)
    top = rank(drawing, dataset, areas)[0]
    english = top.why()
    assert english.startswith("its essential zone covers ")
    spanish_why = top.why(spanish_words)
    assert spanish_why.startswith(("su zona esencial cubre el ", "sus zonas esenciales cubren"))
    assert "de lo que dibujó" in spanish_why
    assert plain_reason(top, spanish_words).startswith("Su zona principal de dolor cubre el ")
    assert detail_line(top, spanish_words).startswith("Puntuación ")


def test_layers_and_sides_note_in_spanish(reference, spanish_words):
    muscle = reference.dataset.muscle("upper_trapezius")
    assert muscle.layer_title(spanish_words) == "Capa superficial"
    assert muscle.layer_word() == "superficial"
    both = [t for m in reference.dataset for t in m.trigger_points if t.sides_note()]
    assert both, "some referral crosses the midline"
    assert both[0].sides_note(spanish_words).startswith(("Se siente", "La zona"))


def test_domain_text_is_extracted_for_translators():
    """lupdate reads `translate("context", "text")` calls in the domain: the study and
    lookup wording is in the .ts file, and no `tr(...)` call made lupdate invent a message
    with an empty context."""
    text = TS.read_text(encoding="utf-8")
    for context in ("study", "lookup", "candidate_words", "landmarks", "model"):
        assert f"<name>{context}</name>" in text
    assert "<name></name>" not in text


def test_domain_translation_calls_use_literal_context_and_text():
    """A `translate(` call in the domain with a variable would never reach translators."""
    folder = resources.ROOT / "domain"
    bad = []
    for path in folder.rglob("*.py"):
        for match in re.finditer(r"\btranslate\(\s*([^\s,)]+)", path.read_text()):
            if not match.group(1).startswith('"'):
                bad.append(f"{path.name}: {match.group(0)}")
    # Two deliberate exceptions translate marked constants (LAYER_WORDS, LAYER_TITLES).
    assert all("LAYER_" in line or "model.py" in line for line in bad), bad


def test_a_progress_notice_in_spanish(tmp_path, spanish_words):
    from bodymap.domain.progress import ProgressStore

    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    store, notice = ProgressStore.open(path, translate=spanish_words)
    store.close()
    assert notice is not None
    assert notice.startswith("No se pudo leer su archivo de progreso de estudio")
    assert "El archivo anterior se conserva como" in notice


def test_every_landmark_the_atlas_draws_has_words(reference):
    """A landmark without words shows its id ('fibular head') in every language: the leg,
    foot and head landmarks once did."""
    drawn = {name.partition(".")[0] for view in reference.atlas.views.values()
             for name in view.landmarks}
    assert drawn <= set(LABELS), sorted(drawn - set(LABELS))


def test_short_region_names_keep_their_brackets_whole(reference, spanish):
    """The comparison names a region by its first alternative; a ' / ' inside brackets
    ('Front (flexor / volar) surface of the forearm') once cut a bracket in half."""
    from bodymap.ui.modes.study.panel import short_label

    assert short_label("Cheek / maxilla") == "Cheek"
    assert short_label("Front (flexor / volar) surface of the forearm") == \
        "Front (flexor / volar) surface of the forearm"
    for dataset in (reference.dataset, spanish.dataset):
        for region in dataset.regions.values():
            short = short_label(region.label)
            assert short.count("(") == short.count(")"), region.label
