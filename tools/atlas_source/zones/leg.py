"""Referral zones of the thigh and calf muscles that refer to the knee, calf and foot:
rectus femoris, vastus medialis and intermedius, sartorius, pectineus, gastrocnemius and
soleus.

Coordinates: lat from the midline on the posterior and anterior figures (knee y 1130, ankle
y 1490; the patella centred about (70, 1120) on the front; the inner knee strip at lat
20-41); on the plantar figure lat from the body midline, y from the toes (about 70) to the
heel (about 260)."""

from __future__ import annotations

from atlas_source.zones.common import ZoneShape, blob, each, ribbon

PATELLA = blob((70, 1118), 10, 12, 0)
INNER_KNEE = {"anterior": blob((32, 1135), 6, 20, 0), "posterior": blob((30, 1132), 6, 20, 0)}
INNER_THIGH = {"anterior": ribbon([(20, 960), (24, 1010), (30, 1060)], [8, 8, 6]),
               "posterior": ribbon([(20, 960), (24, 1010), (30, 1050)], [10, 10, 6])}
LATERAL_CALF = ribbon([(116, 1190), (120, 1230), (117, 1270)], [10, 10, 6])


def quadriceps() -> list[ZoneShape]:
    rf, vm, vi = "rectus_femoris", "vastus_medialis", "vastus_intermedius"
    return [
        # Rectus femoris: deep in the knee round and just above the kneecap; spillover up
        # the lower front of the thigh.
        (rf, "trp1", "essential", "anterior", [blob((70, 1112), 20, 18, 0)]),
        (rf, "trp1", "spillover", "anterior",
         [ribbon([(72, 1070), (74, 1030), (76, 990)], [14, 12, 8])]),
        # Vastus medialis: the front and inner side of the knee (spilling over the kneecap);
        # the higher TrP the inner knee, spilling up the inner thigh.
        (vm, "trp1", "essential", "anterior", [blob((46, 1122), 11, 22, 8)]),
        (vm, "trp1", "essential", "posterior", [INNER_KNEE["posterior"]]),
        (vm, "trp1", "spillover", "anterior", [PATELLA]),
        *[(vm, "trp2", "essential", view, [shape]) for view, shape in INNER_KNEE.items()],
        *[(vm, "trp2", "spillover", view, [shape]) for view, shape in INNER_THIGH.items()],
        # Vastus intermedius: over the front of the thigh, spilling to the knee and groin.
        (vi, "trp1", "essential", "anterior",
         [ribbon([(70, 930), (72, 980), (74, 1030), (76, 1070)], [22, 26, 24, 16])]),
        (vi, "trp1", "spillover", "anterior",
         [blob((76, 1100), 16, 6, 0), blob((60, 800), 16, 8, -30)]),
    ]


def sartorius_pectineus() -> list[ZoneShape]:
    sar, pec = "sartorius", "pectineus"
    return [
        # Sartorius: superficial, tingling along its course: upper front of the thigh, the
        # inner thigh, the inner knee.
        (sar, "trp1", "essential", "anterior",
         [ribbon([(105, 830), (95, 870), (84, 910)], [14, 14, 12])]),
        (sar, "trp1", "spillover", "anterior", [blob((108, 778), 10, 7, -20)]),
        *[(sar, "trp2", "essential", view, [shape]) for view, shape in INNER_THIGH.items()],
        (sar, "trp2", "spillover", "anterior",
         [blob((60, 1020), 12, 22, 20), INNER_KNEE["anterior"]]),
        (sar, "trp2", "spillover", "posterior", [INNER_KNEE["posterior"]]),
        *[(sar, "trp3", "essential", view, [shape]) for view, shape in INNER_KNEE.items()],
        (sar, "trp3", "spillover", "anterior", [ribbon([(24, 1020), (30, 1070)], [8, 6])]),
        (sar, "trp3", "spillover", "posterior", [ribbon([(24, 1010), (30, 1060)], [10, 6])]),
        # Pectineus: deep in the groin, spilling down the upper inner thigh.
        (pec, "trp1", "essential", "anterior",
         [ribbon([(70, 805), (48, 825), (28, 845)], [12, 14, 12])]),
        (pec, "trp1", "spillover", "anterior",
         [ribbon([(36, 870), (34, 910), (30, 950)], [16, 14, 8])]),
        (pec, "trp1", "spillover", "posterior", [ribbon([(18, 930), (20, 970)], [10, 6])]),
    ]


def calf() -> list[ZoneShape]:
    gas, sol = "gastrocnemius", "soleus"
    inner_calf = ribbon([(52, 1130), (50, 1190), (48, 1250), (46, 1310), (42, 1370),
                         (40, 1420), (38, 1465)], [14, 16, 16, 14, 12, 10, 8])
    return [
        # Gastrocnemius, medial head: the instep (inner arch of the foot), spilling up the
        # back of the calf to behind the knee and over the inner ankle.
        (gas, "trp1", "essential", "anterior", [blob((36, 1518), 5, 12, 0)]),
        (gas, "trp1", "essential", "plantar",
         [ribbon([(32, 120), (34, 150), (38, 180)], [8, 9, 7])]),
        (gas, "trp1", "spillover", "posterior", [inner_calf]),
        (gas, "trp1", "spillover", "anterior", [blob((38, 1470), 5, 16, 0)]),
        # Lateral head: locally in the calf, spilling behind the knee and down the outer calf.
        (gas, "trp2", "essential", "posterior", [blob((80, 1232), 16, 30, -5)]),
        (gas, "trp2", "spillover", "posterior", [blob((86, 1140), 14, 16, 0), LATERAL_CALF]),
        (gas, "trp2", "spillover", "anterior", [LATERAL_CALF]),
        # Near the knee: behind the knee, spilling down the calf.
        (gas, "trp3", "essential", "posterior", [blob((70, 1140), 22, 20, 0)]),
        (gas, "trp3", "spillover", "posterior", [ribbon([(66, 1200), (66, 1250)], [16, 10])]),
        # Soleus: the back and underside of the heel, spilling up the Achilles tendon and
        # into the sole; the upper TrP the upper calf; the rare high TrP the sacroiliac joint.
        (sol, "trp1", "essential", "posterior", [blob((60, 1528), 20, 22, 0)]),
        (sol, "trp1", "essential", "plantar", [blob((62, 235), 20, 20, 0)]),
        (sol, "trp1", "spillover", "posterior",
         [ribbon([(62, 1445), (62, 1470), (62, 1488)], [12, 12, 8])]),
        (sol, "trp1", "spillover", "plantar", [blob((64, 185), 14, 12, 0)]),
        (sol, "trp2", "essential", "posterior", [blob((68, 1230), 20, 30, 0)]),
        (sol, "trp3", "essential", "posterior", [blob((40, 775), 10, 18, 0)]),
    ]


def shapes() -> list[ZoneShape]:
    return [*quadriceps(), *sartorius_pectineus(), *calf()]
