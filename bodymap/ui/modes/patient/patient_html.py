"""What a patient reads: a muscle in plain words, and the 'About dry needling' pages.

Only patient-register fields are used here (the muscle's common name, its patient summary,
red flag and self-care steps, the general content's patient pages, aftercare, warning signs and red flags by
body area). Clinician fields — needling safety, precautions, conditions to rule out,
anatomy, Latin — never reach this module's output; a test checks every muscle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bodymap.domain.general import GeneralContent
from bodymap.domain.model import EMERGENCY_LEAD, Muscle, RedFlag, SelfCare
from bodymap.domain.text_marks import QT_TRANSLATE_NOOP
from bodymap.ui.markup import escape

# Interface text, translated where it is used (context "patient_html"; docs/translating.md).
RED_FLAG_TITLE = QT_TRANSLATE_NOOP("patient_html", "Could it be something else?")
DOCTOR_SOON_LEAD = QT_TRANSLATE_NOOP("patient_html", "See a doctor soon if:")
SELF_CARE_TITLE = QT_TRANSLATE_NOOP("patient_html", "What you can do yourself")
# Under every muscle's self-care steps: they are tips, not a plan, and when to stop.
SELF_CARE_NOTE = QT_TRANSLATE_NOOP(
    "patient_html", "These are tips, not a treatment plan. Go gently. Stop if the pain gets "
                    "worse, and ask your clinician what suits you.")
NOT_A_MUSCLE_PAGE = "when_pain_may_not_be_a_muscle"
# Fixed patient words on these screens (tests/test_readability.py measures them).
PICTURE_KEY = QT_TRANSLATE_NOOP(
    "patient_html",
    "The <b>solid red</b> area is where this knot most often sends pain. The <b>striped</b> "
    "area is where some people feel it too. The <b>circled cross</b> marks where the knot "
    "itself usually sits. Everyone is a little different, so your pain may not match the "
    "picture exactly.")
ABOUT_LEAD = QT_TRANSLATE_NOOP(
    "patient_html", "Short answers to the questions people ask most. Your clinician is happy "
                    "to go through any of them with you.")
WELCOME_LEAD = QT_TRANSLATE_NOOP(
    "patient_html", "Muscles can hold small, tight, tender knots. A knot in one place can make "
                    "you feel pain somewhere else. Touch a muscle on the picture to see where "
                    "its knots usually are and where they can send pain.")



# lupdate does not read inside f-strings: the texts translated inside them are
# marked here for extraction.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("patient_html", "On the picture"),
)

def _tr(text: str) -> str:
    return QCoreApplication.translate("patient_html", text)


def emergency_lead() -> str:
    """The lead-in before urgent signs, in the interface's language."""
    return QCoreApplication.translate("model", EMERGENCY_LEAD)

STYLE = """
<style>
 body { color: #2a3440; }
 h1 { font-size: 190%; font-weight: 600; margin: 0 0 6px 0; color: #24394d; }
 h2 { font-size: 130%; font-weight: 600; margin: 18px 0 6px 0; color: #24394d; }
 p, li { line-height: 140%; }
 .lead { font-size: 115%; }
 .key { color: #5d6b78; }
 .warn { background-color: #fdf3e7; }
 a { color: #1f5f8b; text-decoration: none; }
</style>
"""


def patient_muscle_html(muscle: Muscle, side: str) -> str:
    """The selected muscle for the patient: where the knot is, why it hurts elsewhere."""
    name = muscle.display_name(side)
    flag = red_flag_html(muscle.patient_red_flag) if muscle.patient_red_flag else ""
    return (STYLE
            + f"<h1>{escape(name)}</h1>"
            + f"<p class='lead'>{escape(muscle.patient_summary)}</p>"
            + flag
            + (self_care_html(muscle.patient_self_care) if muscle.patient_self_care else "")
            + f"<h2>{QCoreApplication.translate('patient_html', 'On the picture')}</h2>"
            + f"<p class='key'>{_tr(PICTURE_KEY)}</p>"
            + f"<p><a href='about:{NOT_A_MUSCLE_PAGE}'>"
            + QCoreApplication.translate("patient_html", "When pain may not be a muscle →")
            + "</a><br><a href='about:index'>"
            + QCoreApplication.translate("patient_html", "About dry needling →") + "</a></p>")


def red_flag_html(flag: RedFlag, heading: str = "h2", padding: int = 10) -> str:
    """A muscle's red flag, boxed: when to see a doctor first, and the signs that need the
    emergency number now."""
    signs = "".join(f"<li>{escape(sign)}</li>" for sign in flag.urgent)
    return (f"<table width='100%' cellpadding='{padding}' style='background-color:#fdf3e7; "
            "border: 1px solid #e8c9a0;'><tr><td>"
            f"<{heading}>{escape(_tr(RED_FLAG_TITLE))}</{heading}>"
            f"<p>{escape(flag.see_a_doctor)}</p>"
            f"<p><b>{escape(emergency_lead())}</b></p><ul>{signs}</ul></td></tr></table>")


def self_care_html(care: SelfCare, heading: str = "h2") -> str:
    """A muscle's self-care steps for the patient, numbered, with the note on when to stop.
    No sources here: the patient register stays uncluttered; the clinician's panel and the
    source list carry them."""
    steps = "".join(f"<li>{escape(step)}</li>" for step in care.steps)
    return (f"<{heading}>{escape(_tr(SELF_CARE_TITLE))}</{heading}>"
            f"<ol>{steps}</ol><p class='key'>{escape(_tr(SELF_CARE_NOTE))}</p>")


def about_index_html(general: GeneralContent) -> str:
    rows = "".join(f"<li><a href='about:{escape(p.id)}'>{escape(p.title)}</a></li>"
                   for p in general.patient_pages)
    return (STYLE + "<h1>" + QCoreApplication.translate("patient_html", "About dry needling")
            + f"</h1><p class='lead'>{_tr(ABOUT_LEAD)}</p>"
            f"<ul>{rows}</ul>")


def about_page_html(general: GeneralContent, page_id: str) -> str:
    page = general.page(page_id)
    ids = [p.id for p in general.patient_pages]
    index = ids.index(page_id)
    body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in page.paragraphs)
    extra = ""
    if page_id == "afterwards":
        extra = "<ul>" + "".join(f"<li>{escape(a.text)}</li>" for a in general.aftercare) + "</ul>"
    if page_id == "safety":
        extra = warning_signs_html(general)
    if page_id == NOT_A_MUSCLE_PAGE:
        extra = pain_red_flags_html(general)
    nav = ["<a href='about:index'>" + QCoreApplication.translate("patient_html", "All questions")
           + "</a>"]
    if index + 1 < len(ids):
        following = escape(general.patient_pages[index + 1].title)
        nav.append(f"<a href='about:{ids[index + 1]}'>"
                   + QCoreApplication.translate("patient_html", "Next: {title} →").format(
                       title=following) + "</a>")
    return (STYLE + f"<h1>{escape(page.title)}</h1>{body}{extra}"
            f"<p>{' &nbsp;·&nbsp; '.join(nav)}</p>")


def pain_red_flags_html(general: GeneralContent) -> str:
    """Per body area: the signs that need the emergency number (boxed) and those that need
    a doctor soon."""
    parts = []
    for area in general.pain_red_flags:
        urgent = "".join(f"<li>{escape(sign)}</li>" for sign in area.urgent)
        soon = "".join(f"<li>{escape(sign)}</li>" for sign in area.doctor_soon)
        parts.append(f"<h2>{escape(area.area)}</h2>"
                     "<table width='100%' cellpadding='8' style='background-color:#fbe9e7; "
                     "border: 1px solid #e3b4ad;'><tr><td>"
                     f"<p><b>{escape(emergency_lead())}</b></p><ul>{urgent}</ul>"
                     "</td></tr></table>"
                     f"<p><b>{escape(_tr(DOCTOR_SOON_LEAD))}</b></p><ul>{soon}</ul>")
    return "".join(parts)


def warning_signs_html(general: GeneralContent) -> str:
    rows = "".join(f"<li><b>{escape(w.sign)}</b> {escape(w.action)}</li>"
                   for w in general.warning_signs)
    return ("<table width='100%' cellpadding='10' style='background-color:#fdf3e7; "
            "border: 1px solid #e8c9a0;'><tr><td>"
            "<h2>" + QCoreApplication.translate("patient_html", "Get help straight away if")
            + f"</h2><ul>{rows}</ul></td></tr></table>")


def patient_welcome_html(general: GeneralContent) -> str:
    return (STYLE + "<h1>"
            + QCoreApplication.translate("patient_html", "Where does your pain come from?")
            + f"</h1><p class='lead'>{_tr(WELCOME_LEAD)}</p>"
            + about_index_html(general).replace(STYLE, "").replace("<h1>", "<h2>")
            .replace("</h1>", "</h2>"))
