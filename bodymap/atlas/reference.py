"""Load the dataset and the atlas together and cross-check them: what the app and
`bodymap check` start from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bodymap import resources
from bodymap.atlas.model import Atlas
from bodymap.domain.general import GeneralContent
from bodymap.domain.model import Dataset
from bodymap.domain.problems import DataError, Problem


@dataclass(frozen=True)
class Reference:
    """The dataset and its drawing, known to agree."""

    dataset: Dataset
    atlas: Atlas
    general: GeneralContent


def load_reference(data_file: Path | str | None = None,
                   atlas_dir: Path | str | None = None) -> Reference:
    """Load, validate and cross-check; raise DataError with every problem found."""
    # The readers are imported here, not at the top: a start-up served from the cache
    # (atlas/cache.py) never needs YAML, JSON Schema or SVG parsing.
    from bodymap.atlas.crosscheck import cross_check
    from bodymap.atlas.loader import load_atlas
    from bodymap.domain.general import load_general
    from bodymap.domain.loader import load_dataset
    from bodymap.domain.regions import load_regions
    from bodymap.domain.spec import load_spec_muscles

    data_file = Path(data_file) if data_file is not None else resources.DATA_FILE
    atlas_dir = Path(atlas_dir) if atlas_dir is not None else resources.ATLAS_DIR
    regions = load_regions(resources.REGIONS_FILE)
    problems: list[Problem] = []
    dataset = atlas = general = None
    try:
        dataset = load_dataset(data_file, regions, resources.SCHEMA_FILE,
                               load_spec_muscles(resources.SPEC_MUSCLES_FILE))
    except DataError as error:
        problems += error.problems
    if dataset is not None:
        try:
            general = load_general(resources.GENERAL_FILE, resources.GENERAL_SCHEMA_FILE,
                                   dataset.sources)
        except DataError as error:
            problems += error.problems
    try:
        atlas = load_atlas(atlas_dir)
    except DataError as error:
        problems += error.problems
    if dataset is not None and atlas is not None:
        problems += cross_check(dataset, atlas)
    if problems or dataset is None or atlas is None or general is None:
        raise DataError(problems)
    return Reference(dataset, atlas, general)
