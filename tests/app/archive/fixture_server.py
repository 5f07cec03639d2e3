#!/usr/bin/env python3
"""Loopback stand-in for MAST and the NASA Exoplanet Archive (tests only).

Answers the calls ExoWorld makes, with the same request and response formats
(see README.md in this folder for where each format comes from):
  POST /api/v0/invoke                 Mashup: Mast.Name.Lookup, Mast.Caom.Filtered,
                                      Mast.Caom.Filtered.Position, Mast.Caom.Products
  GET  /api/v0.1/Download/file?uri=   a product file (HTTP Range supported)
  GET  /tesscut/api/v0.4/sector       TESScut sectors at ra/dec
  GET  /tesscut/api/v0.4/astrocut     a zip holding the cut-out FITS file
  GET  /TAP/sync?query=&format=json   Exoplanet Archive TAP (simple ADQL only)
Test controls (not part of any real API):
  GET /__fault?kind=drop|corrupt|slow|status|executing|clear&match=TEXT&count=N&code=C&seconds=S
  GET /__log[?clear=1]                requests seen so far (JSON)
Usage: fixture_server.py --data DIR --catalog FILE   (prints "PORT n" when ready)
"""
import argparse
import io
import json
import math
import os
import re
import sys
import threading
import time
import urllib.parse
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
FAULTS = []
LOG = []


def take_fault(text):
    with LOCK:
        for f in FAULTS:
            if f["count"] > 0 and f["match"] in text:
                f["count"] -= 1
                return dict(f)
    return None


def norm_name(s):
    return re.sub(r"[\s_\-]+", "", s.strip().lower())


def ang_dist_deg(ra1, dec1, ra2, dec2):
    r = math.radians
    c = math.sin(r(dec1)) * math.sin(r(dec2)) + math.cos(r(dec1)) * math.cos(r(dec2)) * math.cos(r(ra1 - ra2))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def mashup_table(rows, page, pagesize):
    fields = []
    for row in rows:
        for k, v in row.items():
            if k.startswith("_") or any(f["name"] == k for f in fields):
                continue
            t = "float" if isinstance(v, float) else "int" if isinstance(v, int) else "string"
            fields.append({"name": k, "type": t})
    pages = max(1, math.ceil(len(rows) / pagesize))
    chunk = rows[(page - 1) * pagesize: page * pagesize]
    data = [{k: v for k, v in r.items() if not k.startswith("_")} for r in chunk]
    return {"status": "COMPLETE", "msg": "", "fields": fields, "data": data,
            "paging": {"page": page, "pageSize": pagesize, "pagesFiltered": pages,
                       "rows": len(chunk), "rowsFiltered": len(rows), "rowsTotal": len(rows)}}


def passes_filters(row, filters):
    for f in filters:
        name, values = f["paramName"], f["values"]
        v = row.get(name)
        if values and isinstance(values[0], dict):
            if v is None or not any(x["min"] <= v <= x["max"] for x in values):
                return False
        elif str(v) not in [str(x) for x in values]:
            return False
    return True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    catalog = {}
    data_dir = ""

    def log_message(self, fmt, *args):  # keep test output quiet
        pass

    def send_json(self, obj, code=200):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_text(self, text, code):
        body = text.encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def record(self, body=b""):
        with LOCK:
            LOG.append({"method": self.command, "path": self.path, "range": self.headers.get("Range"),
                        "user_agent": self.headers.get("User-Agent"), "body": body.decode(errors="replace")})

    def apply_fault(self, text):
        """Returns True when the fault fully answered the request."""
        f = take_fault(text)
        if not f:
            return None
        if f["kind"] == "slow":
            time.sleep(f["seconds"])
            return None
        if f["kind"] == "status":
            self.send_text("injected error %d" % f["code"], f["code"])
            return True
        return f

    # ---------------------------------------------------------------- GET
    def do_GET(self):
        self.record()
        url = urllib.parse.urlsplit(self.path)
        q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        if url.path == "/__fault":
            with LOCK:
                if q.get("kind") == "clear":
                    FAULTS.clear()
                    return self.send_json({"ok": True})
                FAULTS.append({"kind": q.get("kind", "status"), "match": q.get("match", ""),
                               "count": int(q.get("count", "1")), "code": int(q.get("code", "500")),
                               "seconds": float(q.get("seconds", "3"))})
            return self.send_json({"ok": True})
        if url.path == "/__log":
            with LOCK:
                out = list(LOG[:-1])
                if q.get("clear"):
                    LOG.clear()
            return self.send_json(out)
        fault = self.apply_fault(self.path)
        if fault is True:
            return
        if url.path == "/api/v0.1/Download/file":
            return self.download(q.get("uri", ""), fault)
        if url.path == "/tesscut/api/v0.4/sector":
            return self.tesscut_sectors(q)
        if url.path == "/tesscut/api/v0.4/astrocut":
            return self.astrocut(q)
        if url.path == "/TAP/sync":
            return self.tap(q)
        self.send_text("not found", 404)

    def download(self, uri, fault):
        prod = next((p for p in self.catalog["products"] if p["dataURI"] == uri), None)
        path = os.path.join(self.data_dir, prod["_file"]) if prod and prod.get("_file") else None
        if not path or not os.path.isfile(path):
            return self.send_text("File not found: %s" % uri, 404)
        with open(path, "rb") as fh:
            data = fh.read()
        if fault and fault["kind"] == "corrupt":
            data = b"X" * 100 + data[100:]
        start = 0
        rng = self.headers.get("Range")
        m = re.match(r"bytes=(\d+)-$", rng or "")
        if m:
            start = int(m.group(1))
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", "bytes */%d" % len(data))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data)))
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Disposition", "attachment; filename=%s" % os.path.basename(uri))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if fault and fault["kind"] == "drop":
            # Headers first, then half the body, then close: the pause lets the client read the
            # headers before the connection ends, as a real dropped transfer does. (Closed before
            # anything is read, Qt's HTTP layer resends the request by itself.)
            self.wfile.flush()
            time.sleep(0.1)
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)

    def tesscut_sectors(self, q):
        ra, dec = float(q["ra"]), float(q["dec"])
        res = [{k: s[k] for k in ("sectorName", "sector", "camera", "ccd")}
               for s in self.catalog["tesscut"] if ang_dist_deg(ra, dec, s["ra"], s["dec"]) < 0.1]
        self.send_json({"results": res})

    def astrocut(self, q):
        ra, dec = float(q["ra"]), float(q["dec"])
        sector = int(q.get("sector", "0"))
        hits = [s for s in self.catalog["tesscut"]
                if ang_dist_deg(ra, dec, s["ra"], s["dec"]) < 0.1 and (not sector or int(s["sector"]) == sector)]
        if not hits:
            return self.send_json({"msg": "The requested coordinates are not in any TESS sector."})
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for s in hits:
                name = "%s_%.6f_%.6f_%sx%s_astrocut.fits" % (s["sectorName"], ra, dec, q.get("y"), q.get("x"))
                z.write(os.path.join(self.data_dir, s["_file"]), name)
        body = buf.getvalue()
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def tap(self, q):
        adql = q.get("query", "")
        m = re.match(r"\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+))?\s*$", adql, re.I | re.S)
        table = self.catalog["tap"].get(m.group(2).lower()) if m else None
        if table is None or q.get("format") != "json":
            return self.send_text("ERROR: unsupported query %s" % adql, 400)
        conds = []
        for part in re.split(r"\s+and\s+", m.group(3) or "", flags=re.I):
            c = re.match(r"(\w+)\s*=\s*(?:'((?:[^']|'')*)'|(\S+))", part.strip())
            if c:
                conds.append((c.group(1), (c.group(2) or "").replace("''", "'") if c.group(2) is not None else c.group(3)))
        cols = [c.strip() for c in m.group(1).split(",")]
        rows = [r for r in table if all(str(r.get(k)) == v for k, v in conds)]
        self.send_json([{c: r.get(c) for c in cols} for r in rows])

    # ---------------------------------------------------------------- POST
    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n)
        self.record(body)
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/api/v0/invoke":
            return self.send_text("not found", 404)
        form = urllib.parse.parse_qs(body.decode())
        try:
            req = json.loads(form["request"][0])
        except (KeyError, ValueError):
            return self.send_json({"status": "ERROR", "msg": "bad request"}, 400)
        service = req.get("service", "")
        fault = self.apply_fault(service)
        if fault is True:
            return
        if fault and fault["kind"] == "executing":
            return self.send_json({"status": "EXECUTING", "msg": "", "data": [], "fields": []})
        params = req.get("params", {})
        page, pagesize = int(req.get("page", 1)), int(req.get("pagesize", 50000))
        if service == "Mast.Name.Lookup":
            hit = self.catalog["resolver"].get(norm_name(params.get("input", "")))
            coords = []
            if hit:
                coords = [dict(hit, searchString=params["input"].lower(), cached=True, resolverTime=3,
                               searchRadius=-1.0)]
            return self.send_json({"resolvedCoordinate": coords, "status": ""})
        if service in ("Mast.Caom.Filtered", "Mast.Caom.Filtered.Position"):
            rows = [o for o in self.catalog["observations"] if passes_filters(o, params.get("filters", []))]
            if service.endswith("Position"):
                ra, dec, radius = [float(x) for x in params["position"].split(",")]
                # MAST matches footprints; the fixture treats each observation as 0.05 deg wide.
                rows = [dict(o, distance=0.0) for o in rows
                        if ang_dist_deg(ra, dec, o["s_ra"], o["s_dec"]) <= max(radius, 0.05)]
            return self.send_json(mashup_table(rows, page, pagesize))
        if service == "Mast.Caom.Products":
            ids = set(str(params.get("obsid", "")).split(","))
            rows = [p for p in self.catalog["products"] if str(p["obsID"]) in ids]
            return self.send_json(mashup_table(rows, page, pagesize))
        self.send_json({"status": "ERROR", "msg": "Unknown service: %s" % service})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--catalog", required=True)
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args()
    with open(a.catalog) as fh:
        Handler.catalog = json.load(fh)
    Handler.data_dir = a.data
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    srv.daemon_threads = True
    print("PORT %d" % srv.server_address[1], flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
