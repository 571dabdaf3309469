"""Region tiling: the planar graph of named nodes and shared edges from which a figure's
body regions are cut, so that neighbouring regions meet exactly (no slivers, no overlaps)."""

from __future__ import annotations

from atlas_source.primitives.curves import (
    Curve,
    Pt,
    dist,
    line,
    mirror_closed,
    offset_points,
    spline,
)


class Half:
    """Named nodes and curves on the left half of a figure; regions are cycles of nodes.

    Between two consecutive nodes of a cycle the explicit edge is used (in whichever
    direction it was defined); between two silhouette nodes without an explicit edge, or
    when '~' stands between them, the silhouette itself is used."""

    def __init__(self, chain: Curve, closed: bool = False):
        """`chain`: the silhouette of the figure half (an open chain from midline to
        midline), or, with `closed`, the whole outline of a separate figure (lateral head,
        sole), on which the piece between two nodes is the shorter way round."""
        self.chain = chain
        self.closed = closed
        self.nodes: dict[str, Pt] = {}
        self.locs: dict[str, tuple[int, float]] = {}
        self.edges: dict[tuple[str, str], Curve] = {}
        self._fine = chain.sample(24)

    # nodes --------------------------------------------------------------------------
    def at(self, name: str, p: Pt) -> str:
        self.nodes[name] = (float(p[0]), float(p[1]))
        return name

    def on_sil(self, name: str, approx: Pt) -> str:
        """A node on the silhouette, nearest to `approx`."""
        loc = self.chain.locate(approx)
        self.locs[name] = loc
        self.nodes[name] = self.chain.point(loc)
        return name

    def sil_y(self, name: str, y: float, lat_hint: float, after: str | None = None,
              before: str | None = None) -> str:
        """A node where the silhouette crosses the level y, the crossing nearest lat_hint
        (optionally only after / before another silhouette node along the chain)."""
        best = None
        pts = self._fine
        per = 24
        lo = self.locs[after][0] * per + self.locs[after][1] * per if after else -1
        hi = self.locs[before][0] * per + self.locs[before][1] * per if before else 1e12
        for k, (a, b) in enumerate(zip(pts, pts[1:], strict=False)):
            if not lo < k < hi:
                continue
            if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
                lat = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
                if best is None or abs(lat - lat_hint) < abs(best[0] - lat_hint):
                    best = (lat, k)
        if best is None:
            raise ValueError(f"the silhouette does not reach y={y} for {name}")
        seg, k = divmod(best[1], per)          # the crossing lies in this sample interval:
        t0, t1 = k / per, (k + 1) / per        # bisect it on the Bézier for the exact level
        sign0 = self.chain.point((seg, t0))[1] - y
        for _ in range(50):
            tm = (t0 + t1) / 2
            if (self.chain.point((seg, tm))[1] - y) * sign0 > 0:
                t0 = tm
            else:
                t1 = tm
        loc = (seg, (t0 + t1) / 2)
        self.locs[name] = loc
        self.nodes[name] = self.chain.point(loc)
        return name

    def p(self, name: str) -> Pt:
        return self.nodes[name]

    # edges --------------------------------------------------------------------------
    def edge(self, a: str, b: str, *via: Pt) -> Curve:
        """A smooth curve from node a through the via points to node b."""
        pts = [self.nodes[a], *via, self.nodes[b]]
        curve = line(pts[0], pts[1]) if len(pts) == 2 else spline(pts)
        self.edges[(a, b)] = curve
        return curve

    def curve_edge(self, a: str, b: str, curve: Curve) -> None:
        self.edges[(a, b)] = curve

    def band(self, names: list[str], widths: list[float]) -> list[str]:
        """A band along the silhouette through the silhouette nodes `names`; its inner edge
        is the silhouette offset inwards by `widths` (one per node, linear between).
        Creates nodes '<name>_in' and the edges between them and the caps."""
        inner = []
        for name, w in zip(names, widths, strict=False):
            iname = name + "_in"
            if iname not in self.nodes:
                loc = self.locs[name]
                tx, ty = self.chain.tangent(loc)
                px, py = self.nodes[name]
                self.nodes[iname] = (px - ty * w, py + tx * w)
                self.edges[(name, iname)] = line(self.nodes[name], self.nodes[iname])
            inner.append(iname)
        for k in range(len(names) - 1):
            a, b = names[k], names[k + 1]
            w0, w1 = widths[k], widths[k + 1]
            la, lb = self.locs[a], self.locs[b]
            if la <= lb:     # offset along the chain's own direction (interior on its left)
                sub = self.chain.sub(la, lb)
                pts = offset_points(sub, lambda f, w0=w0, w1=w1: w0 + (w1 - w0) * f, step=9.0)
            else:
                sub = self.chain.sub(lb, la)
                pts = offset_points(sub, lambda f, w0=w0, w1=w1: w1 + (w0 - w1) * f,
                                    step=9.0)[::-1]
            pts = [self.nodes[inner[k]], *pts[1:-1], self.nodes[inner[k + 1]]]
            if len(pts) > 3 and dist(pts[0], pts[1]) < 4:
                del pts[1]
            if len(pts) > 3 and dist(pts[-1], pts[-2]) < 4:
                del pts[-2]
            self.edges[(inner[k], inner[k + 1])] = spline(pts)
        return inner

    def _piece(self, a: str, b: str, force_sil: bool) -> Curve:
        if not force_sil:
            if (a, b) in self.edges:
                return self.edges[(a, b)]
            if (b, a) in self.edges:
                return self.edges[(b, a)].reversed()
        if a in self.locs and b in self.locs:
            if self.closed:
                return self._round(self.locs[a], self.locs[b])
            return self.chain.sub(self.locs[a], self.locs[b])
        raise KeyError(f"no edge between {a} and {b}")

    def _round(self, la: tuple[int, float], lb: tuple[int, float]) -> Curve:
        """On a closed outline: from la to lb the shorter way round (through its start point
        if need be)."""
        n = len(self.chain.segs)
        forward = ((lb[0] + lb[1]) - (la[0] + la[1])) % n
        if forward > n / 2:
            return self._round(lb, la).reversed()
        if la <= lb:
            return self.chain.sub(la, lb)
        return self.chain.sub(la, (n - 1, 1.0)) + self.chain.sub((0, 0.0), lb)

    def path(self, cycle: list[str], closed: bool = True) -> Curve:
        names, force = [], []
        for item in cycle:
            if item == "~":
                force[-1] = True
            else:
                names.append(item)
                force.append(False)
        if closed:
            names.append(names[0])
        curve = None
        for k in range(len(names) - 1):
            piece = self._piece(names[k], names[k + 1], force[k])
            curve = piece if curve is None else curve + piece
        return curve

    def region(self, cycle: list[str]) -> Curve:
        return self.path(cycle, closed=True)

    def midline_region(self, half: list[str]) -> Curve:
        """A midline region from its left half: a node path from one midline node to
        another (both at lat 0), closed by its mirror image."""
        return mirror_closed(self.path(half, closed=False))

