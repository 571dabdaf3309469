"""Referral zones of the chest muscles (pectoralis major and minor, serratus anterior) and
of the thigh muscles that refer along the thigh and knee (hamstrings, adductor longus and
brevis).

Coordinates: lat from the midline on the posterior and anterior figures. The strips along
the inner and outer edges of the leg (medial thigh, knee and calf; lateral calf) and the
arm's inner side lie at the same place on both figures."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

# Down the inner arm and ulnar forearm to the ring and little fingers (the front and the
# back figures draw the forearm's ulnar strip a little differently).
INNER_ARM = {
    "anterior": [ribbon([(152, 440), (162, 490), (172, 540), (182, 585)], [10, 10, 10, 8]),
                 ribbon([(200, 660), (212, 705), (226, 752)], [10, 10, 8]),
                 ribbon([(240, 812), (245, 850), (248, 890), (249, 920)], [10, 9, 8, 6])],
    "posterior": [ribbon([(152, 440), (160, 480), (170, 520), (180, 555)], [10, 10, 10, 8]),
                  ribbon([(200, 650), (210, 690), (222, 730), (230, 755)], [10, 10, 9, 7]),
                  ribbon([(240, 812), (245, 850), (248, 890), (249, 920)], [10, 9, 8, 6])],
}
FRONT_SHOULDER = blob((166, 352), 17, 26, -20)


def _inner_arm(muscle: str, trps: tuple[str, ...]) -> list[ZoneShape]:
    return [shape for view, curves in INNER_ARM.items()
            for shape in each(muscle, trps, "spillover", view, curves)]


def pectoralis() -> list[ZoneShape]:
    pm, pmin = "pectoralis_major", "pectoralis_minor"
    return [
        # Clavicular fibres: the front of the shoulder; spillover just under the clavicle.
        (pm, "trp1", "essential", "anterior", [FRONT_SHOULDER]),
        (pm, "trp1", "spillover", "anterior", [blob((96, 322), 22, 8, 8)]),
        # Sternal fibres: over the front of the chest; spillover down the inner arm to the
        # ulnar fingers.
        (pm, "trp2", "essential", "anterior", [blob((78, 382), 34, 26, 0)]),
        *_inner_arm(pm, ("trp2",)),
        # Beside the sternum: over the sternum and the chest beside it.
        (pm, "trp3", "essential", "anterior",
         [ribbon([(8, 330), (10, 370), (12, 410)], [20, 22, 18])]),
        # The breast; spillover over the chest above it.
        (pm, "trp4", "essential", "anterior", [blob((82, 442), 19, 19, 0)]),
        (pm, "trp4", "spillover", "anterior",
         [ribbon([(58, 410), (82, 400), (106, 410)], [10, 10, 8])]),
        # Pectoralis minor: the front of the shoulder; spillover over the chest and down
        # the inner arm to the ulnar fingers.
        *each(pmin, ("trp1", "trp2"), "essential", "anterior", [FRONT_SHOULDER]),
        *each(pmin, ("trp1", "trp2"), "spillover", "anterior",
              [blob((88, 372), 24, 22, 0), *INNER_ARM["anterior"]]),
        *each(pmin, ("trp1", "trp2"), "spillover", "posterior", INNER_ARM["posterior"]),
    ]


def serratus_anterior() -> list[ZoneShape]:
    sa = "serratus_anterior"
    # The side of the chest at the TrP and a spot at the medial side of the inferior angle;
    # spillover down the inner arm to the ulnar fingers.
    return [
        (sa, "trp1", "essential", "anterior", [blob((121, 472), 10, 26, 3)]),
        (sa, "trp1", "essential", "posterior", [blob((92, 505), 10, 12, 0)]),
        *_inner_arm(sa, ("trp1",)),
    ]


def hamstrings() -> list[ZoneShape]:
    bf, st = "biceps_femoris", "semitendinosus_semimembranosus"
    lateral_calf = ribbon([(116, 1190), (120, 1230), (117, 1270)], [10, 10, 6])
    medial_calf = ribbon([(26, 1190), (22, 1230), (24, 1270)], [10, 9, 6])
    return [
        # Biceps femoris: behind the knee, spilling up the back of the thigh and down the
        # outer calf.
        (bf, "trp1", "essential", "posterior", [blob((80, 1136), 22, 26, 0)]),
        (bf, "trp1", "spillover", "posterior",
         [ribbon([(100, 1080), (104, 1040), (106, 1000)], [16, 14, 8]), lateral_calf]),
        (bf, "trp1", "spillover", "anterior", [lateral_calf]),
        # Semitendinosus and semimembranosus: from the lower buttock down the back of the
        # thigh; spillover behind the knee and down the inner calf.
        (st, "trp1", "essential", "posterior",
         [ribbon([(40, 885), (42, 920), (46, 960), (50, 1000), (52, 1040)],
                 [22, 24, 22, 18, 12])]),
        (st, "trp1", "spillover", "posterior", [blob((56, 1122), 12, 16, 0), medial_calf]),
        (st, "trp1", "spillover", "anterior", [medial_calf]),
    ]


def adductor_longus_brevis() -> list[ZoneShape]:
    ad = "adductor_longus_brevis"
    # Upper TrP: the groin and the upper inner front of the thigh, spilling down the inner
    # thigh. Lower TrP: down the inner thigh to above and inside the knee, spilling down
    # the inner calf.
    groin = ribbon([(30, 825), (40, 860), (48, 900), (54, 940)], [22, 26, 24, 16])
    inner_front = ribbon([(18, 950), (22, 1000), (28, 1050)], [8, 8, 6])
    inner_back = ribbon([(22, 950), (26, 1000), (30, 1050)], [10, 10, 6])
    knee_front = ribbon([(36, 1040), (36, 1080), (32, 1120), (30, 1150)], [8, 10, 12, 10])
    knee_back = ribbon([(28, 1040), (30, 1080), (30, 1120), (30, 1150)], [10, 10, 12, 10])
    calf = ribbon([(26, 1195), (22, 1240), (25, 1290)], [10, 9, 6])
    return [
        (ad, "trp1", "essential", "anterior", [groin]),
        (ad, "trp1", "spillover", "anterior", [inner_front]),
        (ad, "trp1", "spillover", "posterior", [inner_back]),
        (ad, "trp2", "essential", "anterior", [knee_front]),
        (ad, "trp2", "essential", "posterior", [knee_back]),
        *each(ad, ("trp2",), "spillover", "anterior", [calf]),
        *each(ad, ("trp2",), "spillover", "posterior", [calf]),
    ]


def shapes() -> list[ZoneShape]:
    return [*pectoralis(), *serratus_anterior(), *hamstrings(), *adductor_longus_brevis()]
