"""The modes by name, each built the first time it is asked for: opening the app builds only
Explore, so the pain mode's numpy and the study database wait until they are used."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bodymap.ui.mode import Mode, ModeContext

ModeFactory = Callable[[ModeContext], Mode]


def _explore(context: ModeContext) -> Mode:
    from bodymap.ui.modes.explore.mode import ExploreMode

    return ExploreMode(context)


def _pain(context: ModeContext) -> Mode:
    from bodymap.ui.modes.pain.mode import PainMode

    return PainMode(context)


def _patient(context: ModeContext) -> Mode:
    from bodymap.ui.modes.patient.mode import PatientMode

    return PatientMode(context)


def _study(context: ModeContext) -> Mode:
    from bodymap.ui.modes.study.mode import StudyMode

    return StudyMode(context)


# The order of the mode bar.
FACTORIES: dict[str, ModeFactory] = {
    "explore": _explore, "pain": _pain, "patient": _patient, "study": _study,
}


class ModeRegistry:
    def __init__(self, context: ModeContext,
                 factories: dict[str, ModeFactory] | None = None) -> None:
        self.context = context
        self.factories = dict(FACTORIES if factories is None else factories)
        self._built: dict[str, Mode] = {}

    def names(self) -> list[str]:
        return list(self.factories)

    def get(self, name: str) -> Mode:
        """The mode called `name`, built now if this is the first time."""
        mode = self._built.get(name)
        if mode is None:
            factory = self.factories.get(name)
            if factory is None:
                raise KeyError(f"no mode called {name!r}; modes: {', '.join(self.factories)}")
            mode = self._built[name] = factory(self.context)
        return mode

    def built(self) -> Iterator[Mode]:
        """The modes made so far."""
        return iter(list(self._built.values()))

    def is_built(self, name: str) -> bool:
        return name in self._built
