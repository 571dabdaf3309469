"""The leg of the posterior figure (issue 24): the calf muscles in their layers, their trigger
points at the classic sites and the regions they refer to, checked against the landmarks of
the knee, ankle and heel (as tests/test_atlas.py checks the back against the spine)."""

from __future__ import annotations

import pytest

from bodymap.atlas.model import TriggerPointKey
from bodymap.domain.model import SIDES, MuscleSide, RegionKey


@pytest.fixture(scope="module")
def back(reference):
    return reference.atlas.view("posterior")


def mark(view, name: str, side: str) -> tuple[float, float]:
    return view.landmarks[f"{name}.{side}"]


def from_midline(view, point) -> float:
    return abs(point[0] - view.viewbox[2] / 2)


@pytest.mark.parametrize("side", SIDES)
def test_leg_landmarks_sit_where_the_bones_are(back, side):
    fibula = mark(back, "fibular_head", side)
    medial, lateral = mark(back, "medial_malleolus", side), mark(back, "lateral_malleolus", side)
    heel = mark(back, "calcaneus", side)
    trochanter = mark(back, "greater_trochanter", side)
    # the fibular head below the knee and far above the ankle, on the outer side
    assert trochanter[1] < fibula[1] < medial[1] - 200
    assert from_midline(back, fibula) > from_midline(back, medial)
    # the lateral malleolus lies further out and a little lower than the medial one
    assert from_midline(back, lateral) > from_midline(back, medial)
    assert lateral[1] >= medial[1]
    # the back of the heel below both, between them
    assert heel[1] > lateral[1]
    lo, hi = sorted((from_midline(back, medial), from_midline(back, lateral)))
    assert lo < from_midline(back, heel) < hi


def test_the_calf_muscles_lie_in_their_layers(reference, back):
    layers = {m: back.muscles[MuscleSide(m, "left")].layer
              for m in ("gastrocnemius", "soleus", "plantaris", "popliteus")}
    assert layers == {"gastrocnemius": 1, "soleus": 2, "plantaris": 2, "popliteus": 3}
    for muscle_id, layer in layers.items():
        assert reference.dataset.muscle(muscle_id).layer == layer


@pytest.mark.parametrize("side", SIDES)
def test_soleus_shows_below_gastrocnemius_and_both_end_above_the_heel(back, side):
    gastroc = back.muscles[MuscleSide("gastrocnemius", side)].outline.bounds
    soleus = back.muscles[MuscleSide("soleus", side)].outline.bounds
    heel = mark(back, "calcaneus", side)
    fibula = mark(back, "fibular_head", side)
    assert gastroc[1] < fibula[1] < soleus[3]       # gastrocnemius from above the knee
    assert gastroc[3] < soleus[3] < mark(back, "medial_malleolus", side)[1] < heel[1]


@pytest.mark.parametrize("side", SIDES)
def test_calf_trigger_points_sit_at_the_classic_sites(back, side):
    def trp(muscle_id, trp_id):
        return back.trigger_points[TriggerPointKey(muscle_id, trp_id, side)]

    medial, lateral = mark(back, "medial_malleolus", side), mark(back, "lateral_malleolus", side)
    fibula = mark(back, "fibular_head", side)
    # gastrocnemius: trp1 in the medial head, trp2 in the lateral head, at the same level
    assert from_midline(back, trp("gastrocnemius", "trp1")) < from_midline(
        back, trp("gastrocnemius", "trp2"))
    assert trp("gastrocnemius", "trp1")[1] == pytest.approx(trp("gastrocnemius", "trp2")[1])
    # soleus trp1: low in the calf, just above the heel, on the medial side of the tendon
    s1 = trp("soleus", "trp1")
    assert medial[1] - 90 < s1[1] < medial[1]
    assert from_midline(back, s1) < (from_midline(back, medial) + from_midline(back, lateral)) / 2
    # soleus trp2: high on the outer side, near the fibular head
    s2 = trp("soleus", "trp2")
    assert abs(s2[1] - fibula[1]) < 40 and from_midline(back, s2) > from_midline(back, s1)
    # popliteus: just below the knee on the medial side; plantaris above it, laterally
    pop, plan = trp("popliteus", "trp1"), trp("plantaris", "trp1")
    assert plan[1] < pop[1] < fibula[1] + 40
    assert from_midline(back, plan) > from_midline(back, pop)


@pytest.mark.parametrize("side", SIDES)
def test_ankle_and_heel_regions_hold_their_landmarks(back, side):
    region = back.regions
    assert region[RegionKey("medial_ankle", side)].contains(mark(back, "medial_malleolus", side))
    assert region[RegionKey("heel", side)].contains(mark(back, "calcaneus", side))
    achilles = region[RegionKey("achilles", side)].bounds
    medial, lateral = mark(back, "medial_malleolus", side), mark(back, "lateral_malleolus", side)
    assert min(medial[0], lateral[0]) < (achilles[0] + achilles[2]) / 2 < max(medial[0],
                                                                               lateral[0])
    assert achilles[3] < mark(back, "calcaneus", side)[1]


@pytest.fixture(scope="module")
def front(reference):
    return reference.atlas.view("anterior")


@pytest.mark.parametrize("side", SIDES)
def test_the_front_of_the_leg_lies_between_kneecap_and_malleoli(front, side):
    patella, tuberosity = mark(front, "patella", side), mark(front, "tibial_tuberosity", side)
    medial, lateral = mark(front, "medial_malleolus", side), mark(front, "lateral_malleolus", side)
    assert patella[1] < tuberosity[1] < medial[1] <= lateral[1]
    assert from_midline(front, medial) < from_midline(front, lateral)
    assert front.regions[RegionKey("medial_ankle", side)].contains(medial)
    # tibialis anterior starts just below and lateral to the tibial tuberosity and its tendon
    # crosses the ankle on the medial side, toward the big toe; the toe extensor lies lateral
    ta = front.muscles[MuscleSide("tibialis_anterior", side)].outline.bounds
    edl = front.muscles[MuscleSide("extensor_digitorum_longus", side)].outline.bounds
    assert tuberosity[1] < ta[1] + 15 and ta[3] > medial[1]
    trp = front.trigger_points
    t_ta = trp[TriggerPointKey("tibialis_anterior", "trp1", side)]
    t_edl = trp[TriggerPointKey("extensor_digitorum_longus", "trp1", side)]
    t_ehl = trp[TriggerPointKey("extensor_hallucis_longus", "trp1", side)]
    # the tibialis anterior point in the upper third of the leg, lateral to the tibial crest
    assert t_ta[1] < tuberosity[1] + (medial[1] - tuberosity[1]) / 3
    assert from_midline(front, t_ta) > from_midline(front, tuberosity)
    assert from_midline(front, t_edl) > from_midline(front, t_ta)
    # the long big-toe extensor's point at the junction of the middle and lower thirds
    assert tuberosity[1] + (medial[1] - tuberosity[1]) / 2 < t_ehl[1] < medial[1]
    # upper ends: the toe extensor beside tibialis anterior, further from the midline
    assert abs(edl[1] - ta[1]) < 15


@pytest.mark.parametrize("side", SIDES)
def test_the_hamstrings_and_the_deep_calf_lie_where_they_belong(back, side):
    ischium, fibula = mark(back, "ischial_tuberosity", side), mark(back, "fibular_head", side)
    bf = back.muscles[MuscleSide("biceps_femoris", side)].outline.bounds
    st = back.muscles[MuscleSide("semitendinosus_semimembranosus", side)].outline.bounds
    # both between the ischial tuberosity and the knee; biceps femoris the lateral one
    for top, bottom in ((bf[1], bf[3]), (st[1], st[3])):
        assert ischium[1] < top and bottom < fibula[1]
    trp = back.trigger_points
    t_bf = trp[TriggerPointKey("biceps_femoris", "trp1", side)]
    t_st = trp[TriggerPointKey("semitendinosus_semimembranosus", "trp1", side)]
    assert from_midline(back, t_bf) > from_midline(back, t_st)
    # the lateral hamstring's points in its lower half
    assert t_bf[1] > (bf[1] + bf[3]) / 2
    # tibialis posterior and flexor hallucis longus deep, under soleus
    for muscle_id in ("tibialis_posterior", "flexor_hallucis_longus"):
        assert back.muscles[MuscleSide(muscle_id, side)].layer == 3
    t_tp = trp[TriggerPointKey("tibialis_posterior", "trp1", side)]
    t_fhl = trp[TriggerPointKey("flexor_hallucis_longus", "trp1", side)]
    medial = mark(back, "medial_malleolus", side)
    length = medial[1] - fibula[1]
    assert t_tp[1] < fibula[1] + length / 3                 # upper third of the leg
    assert t_fhl[1] > fibula[1] + length / 2                # lower half, toward the fibula
    assert from_midline(back, t_fhl) > from_midline(back, medial)


@pytest.mark.parametrize("side", SIDES)
def test_the_front_of_the_thigh_runs_from_the_hip_bone_to_the_kneecap(front, side):
    asis, patella = mark(front, "asis", side), mark(front, "patella", side)
    trochanter = mark(front, "greater_trochanter", side)
    trp = front.trigger_points

    def point(muscle_id, trp_id="trp1"):
        return trp[TriggerPointKey(muscle_id, trp_id, side)]

    # tensor fasciae latae below the ASIS, in front of (medial to) the trochanter
    tfl = point("tensor_fasciae_latae")
    assert asis[1] < tfl[1] < trochanter[1] + 20
    assert from_midline(front, asis) < from_midline(front, tfl) < from_midline(front, trochanter)
    # rectus femoris: its point high in the thigh, its outline ending at the kneecap
    rf = front.muscles[MuscleSide("rectus_femoris", side)].outline.bounds
    assert asis[1] < point("rectus_femoris")[1] < (asis[1] + patella[1]) / 2
    assert abs(rf[3] - patella[1]) < 40
    # sartorius from the ASIS to the inner knee: its upper point lateral, its lower one medial
    s1, s3 = point("sartorius", "trp1"), point("sartorius", "trp3")
    assert from_midline(front, s1) > from_midline(front, patella) > from_midline(front, s3)
    assert front.regions[RegionKey("medial_knee", side)].contains(s3)
    # vastus medialis' distal point just above and medial to the kneecap
    vm = point("vastus_medialis")
    assert patella[1] - 80 < vm[1] < patella[1]
    assert from_midline(front, vm) < from_midline(front, patella)
    # the kneecap lies inside the front of the knee region, the patella region around it
    assert front.regions[RegionKey("patella", side)].contains(patella)


# --- the last six of issue 24: vastus lateralis and the fibularis muscles at the lateral edge
# of the front figure (their spec view, `lateral`, is not a leg figure: alt_view, decision 26),
# adductor magnus on the inner thigh, flexor digitorum longus deep in the calf, and flexor
# digitorum brevis and abductor digiti minimi on the sole. ---------------------------------

@pytest.mark.parametrize("muscle_id", ("vastus_lateralis", "fibularis_longus_brevis"))
def test_the_lateral_muscles_are_drawn_on_the_front_figure(reference, front, muscle_id):
    muscle = reference.dataset.muscle(muscle_id)
    assert (muscle.view, muscle.alt_view, muscle.figure) == ("lateral", "anterior", "anterior")
    for side in SIDES:
        assert front.muscles[MuscleSide(muscle_id, side)].layer == 1


@pytest.mark.parametrize("side", SIDES)
def test_vastus_lateralis_runs_down_the_outer_thigh_to_the_kneecap(front, side):
    patella, trochanter = mark(front, "patella", side), mark(front, "greater_trochanter", side)
    vl = front.muscles[MuscleSide("vastus_lateralis", side)].outline
    rf = front.muscles[MuscleSide("rectus_femoris", side)].outline
    # from below the trochanter to the outer border of the kneecap
    assert trochanter[1] < vl.bounds[1] and abs(vl.bounds[3] - patella[1]) < 30
    # lateral to rectus femoris at every trigger point's level; the edge of the figure
    trp = front.trigger_points
    points = [trp[TriggerPointKey("vastus_lateralis", f"trp{k}", side)] for k in (1, 2, 3, 4)]
    for point in points:
        assert vl.contains(point)
        assert from_midline(front, point) > from_midline(front, patella)
    t1, t2, t3, t4 = points
    # trp1 a few centimetres above the kneecap's upper outer corner
    assert patella[1] - 80 < t1[1] < patella[1] - 20
    # trp2 (front) and trp3 (back part) about halfway down the thigh, trp3 further out
    middle = (trochanter[1] + patella[1]) / 2
    assert abs(t2[1] - middle) < 60 and abs(t3[1] - middle) < 60
    assert from_midline(front, t3) > from_midline(front, t2)
    # trp4 high, a hand's breadth below the trochanter
    assert trochanter[1] + 40 < t4[1] < middle - 30
    def centre(b):
        return ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)

    assert from_midline(front, centre(vl.bounds)) > from_midline(front, centre(rf.bounds))


@pytest.mark.parametrize("side", SIDES)
def test_the_fibularis_muscles_lie_on_the_outer_leg(front, side):
    tuberosity, lateral = mark(front, "tibial_tuberosity", side), mark(front,
                                                                      "lateral_malleolus", side)
    fib = front.muscles[MuscleSide("fibularis_longus_brevis", side)].outline
    trp = front.trigger_points
    t1 = trp[TriggerPointKey("fibularis_longus_brevis", "trp1", side)]
    t2 = trp[TriggerPointKey("fibularis_longus_brevis", "trp2", side)]
    t_edl = trp[TriggerPointKey("extensor_digitorum_longus", "trp1", side)]
    # from the level of the fibular head (beside the tibial tuberosity) to above the ankle,
    # where the tendons turn behind the lateral malleolus out of this view
    assert abs(fib.bounds[1] - tuberosity[1]) < 30 and fib.bounds[3] < lateral[1]
    # lateral to the long toe extensor
    assert from_midline(front, t1) > from_midline(front, t_edl)
    length = lateral[1] - tuberosity[1]
    # trp1 2-4 cm below the fibular head; trp2 at the junction of the middle and lower thirds
    assert t1[1] < tuberosity[1] + length / 5
    assert tuberosity[1] + length / 2 < t2[1] < tuberosity[1] + 5 * length / 6
    assert front.regions[RegionKey("lateral_calf", side)].contains(t2) or fib.contains(t2)


@pytest.mark.parametrize("side", SIDES)
def test_adductor_magnus_fills_the_inner_thigh_under_the_perineum(front, side):
    pubis, patella = front.landmarks["pubic_symphysis"], mark(front, "patella", side)
    am = front.muscles[MuscleSide("adductor_magnus", side)]
    assert am.layer == 2
    assert pubis[1] < am.outline.bounds[1] and am.outline.bounds[3] < patella[1]
    trp = front.trigger_points
    t1 = trp[TriggerPointKey("adductor_magnus", "trp1", side)]
    t2 = trp[TriggerPointKey("adductor_magnus", "trp2", side)]
    # trp2 high on the inner thigh, just below the crotch; trp1 in the middle third
    assert t2[1] < pubis[1] + 100
    third = (patella[1] - pubis[1]) / 3
    assert pubis[1] + third < t1[1] < pubis[1] + 2 * third
    assert front.regions[RegionKey("medial_thigh", side)].contains(t1)
    # both on the inner side of the thigh, nearer the midline than the kneecap
    assert from_midline(front, t1) < from_midline(front, patella)
    assert from_midline(front, t2) < from_midline(front, patella)


def test_the_perineum_lies_on_the_midline_below_the_genitals(front):
    perineum = front.regions[RegionKey("perineum", "midline")]
    genital = front.regions[RegionKey("genital", "midline")]
    pubis = front.landmarks["pubic_symphysis"]
    assert perineum.bounds[1] >= genital.bounds[3] - 1 > pubis[1]
    middle = front.viewbox[2] / 2
    assert perineum.bounds[0] < middle < perineum.bounds[2]
    assert perineum.area > 0


@pytest.mark.parametrize("side", SIDES)
def test_flexor_digitorum_longus_lies_deep_on_the_inner_calf(back, side):
    fdl = back.muscles[MuscleSide("flexor_digitorum_longus", side)]
    assert fdl.layer == 3
    fibula, medial = mark(back, "fibular_head", side), mark(back, "medial_malleolus", side)
    trp = back.trigger_points
    t_fdl = trp[TriggerPointKey("flexor_digitorum_longus", "trp1", side)]
    t_tp = trp[TriggerPointKey("tibialis_posterior", "trp1", side)]
    # in the upper calf, medial to tibialis posterior; the tendon ends behind the medial
    # malleolus
    assert fibula[1] < t_fdl[1] < (fibula[1] + medial[1]) / 2
    assert from_midline(back, t_fdl) < from_midline(back, t_tp)
    assert abs(fdl.outline.bounds[3] - medial[1]) < 40


@pytest.fixture(scope="module")
def sole(reference):
    return reference.atlas.view("plantar")


@pytest.mark.parametrize("side", SIDES)
def test_the_sole_muscles_lie_between_heel_and_metatarsal_heads(sole, side):
    heel = mark(sole, "calcaneal_tuberosity", side)
    first, fifth = mark(sole, "first_metatarsal_head", side), mark(sole, "fifth_metatarsal_head",
                                                                   side)
    fifth_base = mark(sole, "fifth_metatarsal_base", side)
    layers = {m: sole.muscles[MuscleSide(m, side)].layer for m in (
        "abductor_hallucis", "abductor_digiti_minimi_pedis", "flexor_digitorum_brevis",
        "quadratus_plantae")}
    assert layers == {"abductor_hallucis": 1, "abductor_digiti_minimi_pedis": 1,
                      "flexor_digitorum_brevis": 2, "quadratus_plantae": 3}
    trp = sole.trigger_points
    t_fdb = trp[TriggerPointKey("flexor_digitorum_brevis", "trp1", side)]
    t_adm = trp[TriggerPointKey("abductor_digiti_minimi_pedis", "trp1", side)]
    t_ah = trp[TriggerPointKey("abductor_hallucis", "trp1", side)]
    # flexor digitorum brevis in the middle of the arch: between the heel and the ball, and
    # between the first and fifth rays
    assert max(first[1], fifth[1]) < t_fdb[1] < heel[1]
    assert from_midline(sole, first) < from_midline(sole, t_fdb) < from_midline(sole, fifth)
    # abductor digiti minimi along the outer border, between the heel and the fifth
    # metatarsal base, on the opposite border from abductor hallucis
    assert fifth_base[1] < t_adm[1] < heel[1]
    assert from_midline(sole, t_adm) > from_midline(sole, t_fdb) > from_midline(sole, t_ah)
    assert sole.regions[RegionKey("lateral_foot", side)].contains(t_adm)
    # the ball of the foot (their essential zone) lies under the metatarsal heads
    ball = sole.regions[RegionKey("ball_of_foot", side)]
    assert ball.bounds[1] < first[1] < ball.bounds[3]
