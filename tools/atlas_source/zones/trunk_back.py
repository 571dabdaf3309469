"""Referral zones of the back muscles that refer along the back and into the buttock
(middle trapezius, rhomboids, iliocostalis lumborum, longissimus thoracis, gluteus maximus)
and of rectus abdominis, whose lowest and highest TrPs refer across the back on both sides.

Coordinates: lat from the midline on the posterior and anterior figures; a shape may cross
the midline (negative lat) where its pattern does, as rectus abdominis's bands do."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

ACROMION = {"posterior": blob((172, 326), 14, 9, 22), "anterior": blob((178, 323), 11, 7, 25)}


def middle_trapezius() -> list[ZoneShape]:
    mid = "middle_trapezius"
    return [
        # Superficial burning between the TrP and the spine, C7 to T3.
        (mid, "trp1", "essential", "posterior", [blob((54, 340), 16, 28, 8)]),
        # The lateral fibres: an ache at the acromion.
        *[(mid, "trp2", "essential", view, [shape]) for view, shape in ACROMION.items()],
    ]


def rhomboids() -> list[ZoneShape]:
    # Along the medial border of the scapula and just medial to it; spillover up over the
    # top of the shoulder blade.
    border = ribbon([(76, 360), (68, 390), (64, 420), (66, 450), (70, 470)], [16, 18, 18, 16, 12])
    above = blob((112, 330), 22, 11, 14)
    trps = ("trp1", "trp2")
    return [*each("rhomboids", trps, "essential", "posterior", [border]),
            *each("rhomboids", trps, "spillover", "posterior", [above])]


def erector_spinae() -> list[ZoneShape]:
    # Iliocostalis lumborum (L1): down into the middle of the buttock; a local ache at the
    # TrP.
    ilio = [("iliocostalis_lumborum", "trp1", "essential", "posterior",
             [blob((62, 835), 26, 20, 0)]),
            ("iliocostalis_lumborum", "trp1", "spillover", "posterior",
             [blob((76, 680), 18, 24, 0)])]
    # Longissimus thoracis: the low TrP (T10-T11) far down to the sacroiliac joint and the
    # lower buttock; the L1 TrP to the low lumbar region, spilling along the crest.
    lon = "longissimus_thoracis"
    crest = ribbon([(112, 714), (95, 719), (80, 727), (68, 736)], [12, 13, 13, 11])
    return [*ilio,
            (lon, "trp1", "essential", "posterior",
             [blob((42, 778), 10, 18, 0), blob((50, 892), 26, 11, 0)]),
            (lon, "trp2", "essential", "posterior", [blob((50, 712), 26, 14, -10)]),
            (lon, "trp2", "spillover", "posterior", [crest])]


def gluteus_maximus() -> list[ZoneShape]:
    gmax = "gluteus_maximus"
    # TrP1: a crescent along the gluteal cleft up to the sacroiliac joint. TrP2: the whole
    # buttock and the lower sacrum. TrP3: the coccyx.
    cleft = ribbon([(42, 758), (36, 776), (28, 792), (18, 804)], [14, 16, 15, 10])
    return [
        (gmax, "trp1", "essential", "posterior", [cleft]),
        (gmax, "trp2", "essential", "posterior",
         [blob((52, 848), 36, 34, 0), blob((12, 796), 10, 9, 0)]),
        (gmax, "trp3", "essential", "posterior", [blob((0, 822), 6, 12, 0)]),
    ]


def rectus_abdominis() -> list[ZoneShape]:
    rec = "rectus_abdominis"
    # Horizontal bands across the back on both sides: the upper TrPs at the thoracolumbar
    # junction, the lowest across the sacroiliac and low back; with local abdominal pain.
    upper_band = ribbon([(-56, 600), (-30, 598), (0, 597), (30, 598), (56, 600)],
                        [18, 18, 18, 18, 18])
    lower_band = ribbon([(-54, 752), (-36, 738), (0, 733), (36, 738), (54, 752)],
                        [14, 16, 16, 16, 14])
    return [
        (rec, "trp1", "essential", "posterior", [upper_band]),
        (rec, "trp1", "spillover", "anterior", [blob((50, 560), 24, 30, 0)]),
        (rec, "trp2", "essential", "posterior", [lower_band]),
        (rec, "trp2", "spillover", "anterior", [blob((40, 722), 30, 20, 0)]),
    ]


def thoracic_and_deep() -> list[ZoneShape]:
    """Iliocostalis thoracis, multifidi and rotatores, serratus posterior inferior."""
    ict, mul, spi = "iliocostalis_thoracis", "multifidi_rotatores", "serratus_posterior_inferior"
    return [
        # Iliocostalis thoracis, mid-thoracic TrP: up beside the spine towards the medial
        # scapula; spillover to the back of the shoulder and the side of the chest.
        (ict, "trp1", "essential", "posterior",
         [ribbon([(26, 480), (26, 440), (28, 400)], [14, 14, 12]),
          ribbon([(78, 385), (75, 410), (74, 435)], [10, 11, 8])]),
        (ict, "trp1", "spillover", "posterior", [blob((160, 380), 16, 10, 38)]),
        (ict, "trp1", "spillover", "anterior", [blob((121, 470), 9, 22, 3)]),
        # Lower thoracic TrP: up to the inferior angle and down over the lumbar region;
        # spillover to the abdomen.
        (ict, "trp2", "essential", "posterior",
         [blob((97, 500), 12, 16, 0),
          ribbon([(48, 575), (50, 610), (52, 650), (54, 690)], [18, 20, 20, 14])]),
        (ict, "trp2", "spillover", "anterior", [blob((70, 560), 24, 22, 0)]),
        # Multifidi: pain centred on the spinous processes near the TrP's segment: the
        # upper neck to the occiput (spilling to the upper medial border), the thoracic
        # spine, the low back (spilling to the abdomen), the coccyx (spilling over the
        # sacrum).
        (mul, "trp1", "essential", "posterior",
         [ribbon([(10, 270), (10, 240), (12, 210), (14, 185), (16, 168)], [10, 12, 12, 12, 9])]),
        (mul, "trp1", "essential", "lateral",
         [ribbon([(-52, 260), (-52, 236), (-54, 212), (-60, 192), (-66, 178)], [8, 9, 10, 10, 8])]),
        (mul, "trp1", "spillover", "posterior",
         [ribbon([(80, 364), (75, 390), (74, 410)], [9, 11, 8])]),
        (mul, "trp2", "essential", "posterior",
         [ribbon([(8, 440), (8, 470), (9, 500)], [12, 12, 8])]),
        (mul, "trp3", "essential", "posterior",
         [ribbon([(10, 690), (10, 715), (12, 735)], [14, 14, 10])]),
        (mul, "trp3", "spillover", "anterior", [blob((35, 700), 22, 14, 0)]),
        (mul, "trp4", "essential", "posterior", [blob((0, 822), 6, 12, 0)]),
        (mul, "trp4", "spillover", "posterior", [blob((8, 785), 12, 16, 0)]),
        # Serratus posterior inferior: a local ache over the lower ribs, spilling to the
        # thoracolumbar junction.
        (spi, "trp1", "essential", "posterior", [blob((90, 585), 24, 30, -10)]),
        (spi, "trp1", "spillover", "posterior", [blob((40, 600), 14, 20, 0)]),
    ]


def shapes() -> list[ZoneShape]:
    return [*middle_trapezius(), *rhomboids(), *erector_spinae(), *gluteus_maximus(),
            *rectus_abdominis(), *thoracic_and_deep()]
