"""The command line: `bodymap` opens the app; `check`, `show` and `snapshot` are tools.

Qt is imported only by the verbs that open or render a window, so `check` and `show` stay
fast and run where no display library is installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bodymap import __version__
from bodymap.atlas.model import VIEWS
from bodymap.domain.model import MuscleSide
from bodymap.domain.problems import DataError

VIEW_CHOICES = ("both", *VIEWS)
MODES = ("explore", "pain", "patient", "study")


def _muscle_side(text: str) -> MuscleSide:
    try:
        return MuscleSide.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 for all, or a count")
    return value


def _language(text: str) -> str:
    from bodymap.domain.translations import LANGUAGES, normalise_language

    code = normalise_language(text)
    if code is None or code not in LANGUAGES:
        known = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
        raise argparse.ArgumentTypeError(f"no {text!r} translation; known: {known}")
    return code


def _add_language(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", type=_language, metavar="CODE",
                        help=f"language of {what}, e.g. es for Spanish (default: the system's "
                             "language if bodymap has it, else English)")


def _output(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("give the name of the file to write")
    return Path(text)


class _Version(argparse.Action):
    """--version: the code's version and the bundled data's, read only when asked for."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from bodymap.resources import data_version

        print(f"bodymap {__version__} (data {data_version()})")
        parser.exit()


def _add_data(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, metavar="FILE",
                        help="trigger-point data file (default: the bundled data)")
    parser.add_argument("--atlas", type=Path, metavar="DIR",
                        help="folder holding posterior.svg and anterior.svg (default: the "
                             "bundled atlas; for artists checking a new drawing)")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line. Without `with_commands`, only the options that open the app: the
    commands' sub-parsers take argparse about 4 ms to build, a tenth of the start-up budget
    above a bare window, and `bodymap` with no command does not need them."""
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="A body map of myofascial trigger points: where they lie, where they refer "
                    "pain, and what to watch for when needling. Run without a command to open "
                    "the app.",
        epilog="A reference for trained clinicians and for education; not medical advice.")
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the program's and the bundled data's versions and exit")
    _add_data(parser)
    parser.add_argument("--select", type=_muscle_side, metavar="MUSCLE.SIDE",
                        help="open with this muscle selected, e.g. upper_trapezius.left")
    parser.add_argument("--view", choices=VIEW_CHOICES, default="both",
                        help="which figure(s) to show (default: both)")
    parser.add_argument("--high-contrast", action="store_true",
                        help="start with high-contrast colours (also in the View menu)")
    parser.add_argument("--kiosk", action="store_true",
                        help="run as a locked, full-screen, patient-safe kiosk that stores "
                             "nothing (see docs/kiosk.md)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="kiosk settings file (with --kiosk)")
    _add_language(parser, "the interface and the patient texts (remembered, except in a "
                          "kiosk)")
    parser.add_argument("--smoke", action="store_true",
                        help="start exactly as the app does, paint the first full frame, "
                             "print startup_ms=<n> and exit 0 (a health check; works "
                             "offscreen). Bad --data exits 2 with the problems.")
    if not with_commands:
        parser.set_defaults(verb=None)
        return parser
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    check = verbs.add_parser("check", help="validate the data and the atlas, and cross-check them",
                             description="Load the data and the atlas, validate both and check "
                                         "that they agree. Prints OK and counts, or every "
                                         "problem with file:line:column.")
    check.add_argument("--translations-complete", action="store_true",
                       help="also fail (exit 1) when a translation is missing or stale")
    _add_data(check)

    show = verbs.add_parser("show", help="print one muscle's entry",
                            description="Print one muscle's entry (clinician register).")
    show.add_argument("muscle", metavar="MUSCLE", help="muscle id, e.g. levator_scapulae")
    show.add_argument("--json", action="store_true", help="print the normalised entry as JSON")
    _add_data(show)

    lookup = verbs.add_parser(
        "lookup", help="rank the muscles whose referred pain fits where it hurts",
        description="Rank the muscles (with side) whose trigger points refer pain to the given "
                    "body regions. The same ranking as the app's 'Where does it hurt?' mode; "
                    "see docs/lookup.md. A prompt for examination, not a diagnosis.")
    lookup.add_argument("regions", nargs="*", metavar="REGION.SIDE",
                        help="body regions that hurt, e.g. temple.left sacrum.midline")
    lookup.add_argument("--drawing", type=Path, metavar="FILE.json",
                        help="rank a pain drawing exported from the app (its JSON) instead")
    lookup.add_argument("--json", action="store_true",
                        help="print a JSON list, best first: muscle, side, score, why")
    lookup.add_argument("--top", type=_count, default=10, metavar="N",
                        help="how many candidates to print (default 10; 0 for all)")
    _add_data(lookup)

    handout = verbs.add_parser(
        "handout", help="write a patient handout as PDF (one muscle, or a session's several)",
        description="Write a patient handout for one muscle side, or for the several treated "
                    "in a session (their patterns together on the figure, each one's summary, "
                    "the rest once): the figure with the pattern, "
                    "the plain-language summary, when to see a doctor first (where the "
                    "muscle's pain can look like something serious), what to expect, "
                    "aftercare and the warning signs. A4 or Letter by locale; vector, fonts "
                    "embedded. No needling technique.")
    handout.add_argument("select", type=_muscle_side, nargs="+", metavar="MUSCLE.SIDE",
                         help="e.g. upper_trapezius.left (several: levator_scapulae.left "
                              "upper_trapezius.right)")
    handout.add_argument("-o", "--output", type=_output, required=True, metavar="FILE.pdf")
    handout.add_argument("--clinic", default="", metavar="TEXT", help="clinic name to print")
    handout.add_argument("--notes", default="", metavar="TEXT",
                         help="the clinician's notes for the patient")
    handout.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto",
                         help="paper size (default: by locale)")
    _add_language(handout, "the handout")
    _add_data(handout)

    pin = verbs.add_parser("kiosk-pin", help="make the admin PIN line for a kiosk file",
                           description="Read a PIN (4-12 digits 0-9) from standard input "
                                       "and print the admin_pin_hash line (scrypt) for the "
                                       "kiosk settings file. The PIN itself is never "
                                       "stored; PINs anyone would try first are refused.")
    pin.add_argument("--pin", help="the PIN (default: read it from standard input)")

    snapshot = verbs.add_parser("snapshot", help="render the main window to a PNG, offscreen",
                                description="Render the main window offscreen in a given state "
                                            "and save it as a PNG (for docs, bug reports, tests).")
    snapshot.add_argument("-o", "--output", type=_output, required=True, metavar="FILE.png")
    snapshot.add_argument("--select", type=_muscle_side, metavar="MUSCLE.SIDE",
                          help="select this muscle first, e.g. infraspinatus.right")
    snapshot.add_argument("--mode", choices=MODES, default="explore", help="screen to render")
    snapshot.add_argument("--size", type=_size, default=(1366, 768), metavar="WxH",
                          help="window size in pixels (default 1366x768)")
    snapshot.add_argument("--view", choices=VIEW_CHOICES, default="both")
    _add_language(snapshot, "the rendered window")
    _add_data(snapshot)
    return parser


def _load(args: argparse.Namespace, cached: bool = True):
    """The reference for a verb: from the start-up cache unless the verb is `check`, which
    always reads and validates every file."""
    if cached:
        from bodymap.atlas.cache import load_reference_cached

        return load_reference_cached(args.data, args.atlas)
    from bodymap.atlas.reference import load_reference

    return load_reference(args.data, args.atlas)


def _report(error: DataError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
    return 1


def run_check(args: argparse.Namespace) -> int:
    try:
        reference = _load(args, cached=False)
    except DataError as error:
        return _report(error)
    dataset = reference.dataset
    region_count = sum(len(r.sides()) for r in dataset.regions.values())
    print(f"OK: {len(dataset.muscles)} muscles, {dataset.trigger_point_count()} trigger points, "
          f"{dataset.zone_count()} zones, {region_count} regions")
    return _check_translations(reference, args.translations_complete)


def _check_translations(reference, strict: bool) -> int:
    """Print how each translation stands; malformed files fail, missing or stale texts only
    warn (the English is shown for them) unless `strict`."""
    from bodymap import resources
    from bodymap.atlas.translated import translation_statuses
    from bodymap.domain.translations import LANGUAGES

    try:
        statuses = translation_statuses(reference)
    except DataError as error:
        return _report(error)
    incomplete = False
    for status in statuses:
        for problem in status.problems(resources.CONTENT_TRANSLATIONS_DIR):
            print(problem, file=sys.stderr)
        total = len(status.current) + len(status.missing) + len(status.stale)
        name = f"{status.language} ({LANGUAGES.get(status.language, status.language)})"
        if status.complete:
            print(f"Translation {name}: complete, {total} patient texts")
            continue
        incomplete = True
        line = (f"Translation {name}: {len(status.current)} of {total} patient texts current, "
                f"{len(status.missing)} missing, {len(status.stale)} stale")
        if status.unknown:
            line += f", {len(status.unknown)} translating nothing"
        muscles = status.missing_muscles()
        if muscles:
            line += f"; muscles to translate: {', '.join(muscles)}"
        print(line)
    return 1 if strict and incomplete else 0


def run_show(args: argparse.Namespace) -> int:
    from bodymap.domain.export import muscle_to_dict, muscle_to_text

    try:
        dataset = _load(args).dataset
    except DataError as error:
        return _report(error)
    if args.muscle not in dataset:
        found = dataset.search(args.muscle.replace("_", " "))
        hint = f" Did you mean: {', '.join(m.id for m in found)}?" if found else ""
        print(f"bodymap: no muscle {args.muscle!r}.{hint} "
              f"Known: {', '.join(m.id for m in dataset)}", file=sys.stderr)
        return 1
    muscle = dataset.muscle(args.muscle)
    if args.json:
        import json

        print(json.dumps(muscle_to_dict(muscle, dataset), indent=2, ensure_ascii=False))
    else:
        print(muscle_to_text(muscle, dataset))
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from bodymap.domain.lookup import PainDrawing, rank
    from bodymap.domain.model import RegionKey

    try:
        reference = _load(args)
    except DataError as error:
        return _report(error)
    dataset = reference.dataset
    areas = reference.atlas.region_areas(reference.atlas.measured())  # as the pain mode does
    if (args.drawing is None) == (not args.regions):
        print("bodymap: give the regions that hurt, or --drawing FILE.json, not both",
              file=sys.stderr)
        return 2
    if args.drawing is not None:
        drawn = _drawing_areas(args, dataset, areas)
        if drawn is None:
            return 1
        return _print_ranking(args, dataset, rank(PainDrawing(drawn, dataset.regions),
                                                  dataset, areas))
    keys = []
    for text in args.regions:
        try:
            key = RegionKey.parse(text)
        except ValueError as error:
            print(f"bodymap: {error}", file=sys.stderr)
            return 1
        region = dataset.regions.get(key.region_id)
        if region is None:
            close = [r for r in dataset.regions if key.region_id in r or r in key.region_id]
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            print(f"bodymap: unknown body region {key.region_id!r}.{hint} The regions are "
                  "listed in bodymap/data/body_regions.yaml.", file=sys.stderr)
            return 1
        if key.side not in region.sides():
            expected = "midline" if region.midline else "left or right"
            print(f"bodymap: {region.id} takes the side {expected}, not {key.side!r}",
                  file=sys.stderr)
            return 1
        keys.append(key)
    drawing = PainDrawing.from_regions(keys, areas, dataset.regions)
    return _print_ranking(args, dataset, rank(drawing, dataset, areas))


def _drawing_areas(args: argparse.Namespace, dataset, areas):
    """The drawn area per region of an exported drawing, or None (said why) if it cannot
    be ranked with this data."""
    from bodymap.atlas.cache import data_hash
    from bodymap.domain.drawing_record import read_record

    record = read_record(args.drawing)  # DataError: reported by main
    unknown = sorted(str(e.key) for e in record.regions if e.key not in areas)
    if unknown:
        print(f"bodymap: {args.drawing}: regions this data does not have: "
              f"{', '.join(unknown)}", file=sys.stderr)
        return None
    if record.data_hash and record.data_hash != data_hash(args.data, args.atlas):
        print(f"bodymap: note: {args.drawing} was drawn with other data (version "
              f"{record.data_version or 'unknown'}); ranked with this data's zones.",
              file=sys.stderr)
    return record.drawn_areas(areas)


def _print_ranking(args: argparse.Namespace, dataset, ranked) -> int:
    if args.top:
        ranked = ranked[:args.top]
    if args.json:
        import json

        print(json.dumps([{"muscle": c.key.muscle_id, "side": c.key.side,
                           "name": dataset.muscle(c.key.muscle_id).display_name(c.key.side),
                           "score": round(c.score, 4), "trigger_point": c.trigger_point,
                           "trigger_points": [{"id": t, "side": side}
                                              for t, side, _ in c.trigger_points],
                           "why": c.why()} for c in ranked], indent=2, ensure_ascii=False))
        return 0
    if not ranked:
        print("No muscle in the reference refers pain to these regions.")
        return 0
    width = max(len(dataset.muscle(c.key.muscle_id).display_name(c.key.side)) for c in ranked)
    print(f"{'#':>2}  {'muscle':<{width}}  score  why")
    for i, c in enumerate(ranked, 1):
        name = dataset.muscle(c.key.muscle_id).display_name(c.key.side)
        print(f"{i:>2}  {name:<{width}}  {c.score:.2f}   {c.why()}")
    print("\nA ranking is a prompt for examination, not a diagnosis: referral patterns vary "
          "between people.")
    return 0


def _offscreen_reference(args: argparse.Namespace):
    """For verbs that render (a PDF, a PNG) and never need a screen: the reference, or an
    exit code when the data or the chosen muscle is wrong."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        reference = _load(args)
    except DataError as error:
        return None, _report(error)
    selected = args.select if isinstance(args.select, list) else [args.select]
    for key in selected:
        if key is not None and key.muscle_id not in reference.dataset:
            print(f"bodymap: no muscle {key.muscle_id!r}", file=sys.stderr)
            return None, 1
    return reference, 0


def run_handout(args: argparse.Namespace) -> int:
    reference, failed = _offscreen_reference(args)
    if reference is None:
        return failed
    from PySide6.QtGui import QPageSize

    from bodymap.domain.atomic_write import WriteFailed
    from bodymap.ui.app import application
    from bodymap.ui.modes.patient.handout import HandoutTextTooLong, write_handout_pdf

    application()
    size = {"a4": QPageSize(QPageSize.PageSizeId.A4),
            "letter": QPageSize(QPageSize.PageSizeId.Letter)}.get(args.paper)
    notes = args.notes.replace("\\n", "\n")
    try:
        reference = _in_language(reference, args.lang)
        path = write_handout_pdf(reference, args.select, args.output, args.clinic, notes, size)
    except (WriteFailed, HandoutTextTooLong) as error:
        print(f"bodymap: {error}", file=sys.stderr)
        return 1
    print(path)
    return 0


def _in_language(reference, language: str | None):
    """The reference's patient register in `language` (None: the system's), and the
    interface's translator installed (a QApplication must exist). Raises DataError for a
    malformed translation."""
    from bodymap.atlas.translated import translate_reference
    from bodymap.ui.language import install_language, system_language

    language = language or system_language()
    install_language(language)
    return translate_reference(reference, language)


def run_snapshot(args: argparse.Namespace) -> int:
    reference, failed = _offscreen_reference(args)
    if reference is None:
        return failed
    from bodymap.domain.atomic_write import WriteFailed, check_target
    from bodymap.ui.snapshot import render_snapshot

    from bodymap.ui.app import application

    application()
    try:
        check_target(args.output)  # before the window is built: a folder, /dev/full, ''
        reference = _in_language(reference, args.lang or "en")
        path = render_snapshot(reference, args.output, size=args.size, select=args.select,
                               view=args.view, mode=args.mode)
    except WriteFailed as error:
        print(f"bodymap: {error}", file=sys.stderr)
        return 1
    print(path)
    return 0


def run_kiosk_pin(args: argparse.Namespace) -> int:
    from bodymap.domain.kiosk_pin import hash_pin, pin_problem

    try:
        if args.pin is not None:
            pin = args.pin
        elif sys.stdin.isatty():  # typed by a person: not echoed on the screen
            import getpass

            pin = getpass.getpass("PIN (not shown): ").strip()
        else:
            pin = sys.stdin.readline().strip()
    except UnicodeDecodeError:
        pin = ""  # not text at all: pin_problem says what a PIN must be
    problem = pin_problem(pin)
    if problem is not None:
        print(f"bodymap: this PIN cannot be used: {problem}", file=sys.stderr)
        return 1
    print(f'admin_pin_hash: "{hash_pin(pin)}"')
    return 0


def run_app(args: argparse.Namespace) -> int:
    if args.smoke:
        from bodymap.ui.app import run_smoke

        return run_smoke(args.data, args.atlas, kiosk=args.kiosk, config_file=args.config)
    if args.kiosk:
        from bodymap.ui.app import run_kiosk

        return run_kiosk(args.config, args.data, args.lang)
    from bodymap.ui.app import run

    return run(data_file=args.data, atlas_dir=args.atlas, select=args.select, view=args.view,
               high_contrast=args.high_contrast, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    argv = sys.argv[1:] if argv is None else list(argv)
    # Only options (and their values, which the full parser handles too): open the app.
    just_options = all(a.startswith("-") for a in argv) and not {"-h", "--help"} & set(argv)
    args, unknown = build_parser(with_commands=not just_options).parse_known_args(argv)
    if unknown:  # let the whole parser say what is wrong, with the full usage
        args = build_parser().parse_args(argv)
    args.started = started
    handlers = {"check": run_check, "show": run_show, "lookup": run_lookup,
                "handout": run_handout, "kiosk-pin": run_kiosk_pin, "snapshot": run_snapshot}
    try:
        code = handlers.get(args.verb, run_app)(args)
        sys.stdout.flush()  # here, so a closed or full stdout is reported below
        return code
    except KeyboardInterrupt:
        return 130
    except DataError as error:  # a file any verb reads (e.g. --config) is unusable
        return _report(error)
    except BrokenPipeError:  # `bodymap show x | head -1`: the reader has all it wanted
        _silence_stdout()
        return 141
    except OSError as error:  # stdout on a full disk or /dev/full
        _silence_stdout()
        print(f"bodymap: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's own flush at exit does not fail
    again (and print a traceback) on the closed pipe or full device."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
