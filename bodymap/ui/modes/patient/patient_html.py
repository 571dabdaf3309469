"""What a patient reads: a muscle in plain words, and the 'About dry needling' pages.

Only patient-register fields are used here (the muscle's common name, its patient summary
and red flag, the general content's patient pages, aftercare, warning signs and red flags by
body area). Clinician fields — needling safety, precautions, conditions to rule out,
anatomy, Latin — never reach this module's output; a test checks every muscle.
"""

from __future__ import annotations

from bodymap.domain.general import GeneralContent
from bodymap.domain.model import EMERGENCY_LEAD, Muscle, RedFlag
from bodymap.ui.markup import escape

RED_FLAG_TITLE = "Could it be something else?"
DOCTOR_SOON_LEAD = "See a doctor soon if:"
NOT_A_MUSCLE_PAGE = "when_pain_may_not_be_a_muscle"
# Fixed patient words on these screens (tests/test_readability.py measures them).
PICTURE_KEY = ("The <b>solid red</b> area is where this knot most often sends pain. The "
               "<b>striped</b> area is where some people feel it too. The <b>circled "
               "cross</b> marks where the knot itself usually sits. Everyone is a little "
               "different, so your pain may not match the picture exactly.")
ABOUT_LEAD = ("Short answers to the questions people ask most. Your clinician is happy to go "
              "through any of them with you.")
WELCOME_LEAD = ("Muscles can hold small, tight, tender knots. A knot in one place can make you "
                "feel pain somewhere else. Touch a muscle on the picture to see where its knots "
                "usually are and where they can send pain.")

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
            + "<h2>On the picture</h2>"
            + f"<p class='key'>{PICTURE_KEY}</p>"
            + f"<p><a href='about:{NOT_A_MUSCLE_PAGE}'>When pain may not be a muscle →</a>"
              "<br><a href='about:index'>About dry needling →</a></p>")


def red_flag_html(flag: RedFlag, heading: str = "h2", padding: int = 10) -> str:
    """A muscle's red flag, boxed: when to see a doctor first, and the signs that need the
    emergency number now."""
    signs = "".join(f"<li>{escape(sign)}</li>" for sign in flag.urgent)
    return (f"<table width='100%' cellpadding='{padding}' style='background-color:#fdf3e7; "
            "border: 1px solid #e8c9a0;'><tr><td>"
            f"<{heading}>{RED_FLAG_TITLE}</{heading}>"
            f"<p>{escape(flag.see_a_doctor)}</p>"
            f"<p><b>{escape(EMERGENCY_LEAD)}</b></p><ul>{signs}</ul></td></tr></table>")


def about_index_html(general: GeneralContent) -> str:
    rows = "".join(f"<li><a href='about:{escape(p.id)}'>{escape(p.title)}</a></li>"
                   for p in general.patient_pages)
    return (STYLE + "<h1>About dry needling</h1>"
            f"<p class='lead'>{ABOUT_LEAD}</p>"
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
    nav = ["<a href='about:index'>All questions</a>"]
    if index + 1 < len(ids):
        nav.append(f"<a href='about:{ids[index + 1]}'>Next: "
                   f"{escape(general.patient_pages[index + 1].title)} →</a>")
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
                     f"<p><b>{escape(EMERGENCY_LEAD)}</b></p><ul>{urgent}</ul></td></tr></table>"
                     f"<p><b>{escape(DOCTOR_SOON_LEAD)}</b></p><ul>{soon}</ul>")
    return "".join(parts)


def warning_signs_html(general: GeneralContent) -> str:
    rows = "".join(f"<li><b>{escape(w.sign)}</b> {escape(w.action)}</li>"
                   for w in general.warning_signs)
    return ("<table width='100%' cellpadding='10' style='background-color:#fdf3e7; "
            "border: 1px solid #e8c9a0;'><tr><td>"
            f"<h2>Get help straight away if</h2><ul>{rows}</ul></td></tr></table>")


def patient_welcome_html(general: GeneralContent) -> str:
    return (STYLE + "<h1>Where does your pain come from?</h1>"
            f"<p class='lead'>{WELCOME_LEAD}</p>"
            + about_index_html(general).replace(STYLE, "").replace("<h1>", "<h2>")
            .replace("</h1>", "</h2>"))
