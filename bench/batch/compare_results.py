#!/usr/bin/python3
"""Compare two `exoworld-cli batch` results folders: stars.csv (without the wall time),
candidates.csv, the results store's candidate records (every column but id, timestamps and
software version: vetting JSON, flags, files with SHA-256, settings) and batch_stars rows.
Usage: /usr/bin/python3 bench/batch/compare_results.py BEFORE_RESULTS AFTER_RESULTS  (exit 0: identical)
       /usr/bin/python3 bench/batch/compare_results.py --tolerance REL BEFORE_RESULTS AFTER_RESULTS
With --tolerance (for changes allowed to move the last bits, such as the warm-started
biweight): stars.csv and candidates.csv are compared row by row, candidates paired by star and
rank; text columns (status, flags, star, time system...) must be equal and numbers may differ by
REL relative (t0 by REL x period); every differing value is listed with its change, and exit 0
when all are within REL. The store is not compared in this mode."""
import csv, sqlite3, sys, json
args = sys.argv[1:]
tol = None
if args and args[0] == "--tolerance":
    tol = float(args[1]); args = args[2:]
a, b = args[0], args[1]
def stars(d):
    rows = list(csv.DictReader(open(f"{d}/stars.csv")))
    for r in rows: r.pop("seconds")
    return rows
def cands(d):
    return list(csv.DictReader(open(f"{d}/candidates.csv")))
def store(d):
    c = sqlite3.connect(f"{d}/results.sqlite")
    cols = [r[1] for r in c.execute("PRAGMA table_info(candidates)")]
    keep = [x for x in cols if x not in ("id", "created_utc", "updated_utc", "software_version")]
    rows = c.execute(f"SELECT {','.join(keep)} FROM candidates ORDER BY mission, target_id, rank").fetchall()
    st = c.execute("SELECT star_key,label,status,error_code,error_detail,files_json,n_files,n_analysed,n_points,"
                   "baseline_days,n_candidates,best_period_days,best_t0_bjd,best_depth_ppm,best_snr,best_sde,flags "
                   "FROM batch_stars ORDER BY star_key").fetchall()
    return keep, rows, st
def num(v):
    try: return float(v)
    except ValueError: return None
def tolerant():
    ok, worst = True, {}
    for name, f, key in (("stars.csv", stars, ("star",)), ("candidates.csv", cands, ("star", "rank"))):
        x = {tuple(r[k] for k in key): r for r in f(a)}
        y = {tuple(r[k] for k in key): r for r in f(b)}
        for k in sorted(set(x) ^ set(y)):
            ok = False
            print(f"{name}: only in {'before' if k in x else 'after'}: {k} {x.get(k) or y.get(k)}")
        changed = 0
        for k in sorted(set(x) & set(y)):
            r1, r2, diffs = x[k], y[k], []
            for c in r1:
                u, v = r1[c], r2[c]
                if u == v: continue
                p, q = num(u), num(v)
                if p is None or q is None:
                    ok = False; diffs.append(f"{c} {u!r} -> {v!r} (TEXT)"); continue
                scale = abs(num(r1.get("period_days", r1.get("best_period_days", ""))) or 0) if c in ("t0_bjd", "t0", "best_t0_bjd") else abs(p)
                rel = abs(q - p) / scale if scale else float("inf")
                worst[c] = max(worst.get(c, 0), rel)
                if rel > tol: ok = False
                diffs.append(f"{c} {u} -> {v} ({rel:.1e}{' OVER' if rel > tol else ''})")
            if diffs:
                changed += 1
                print(f"{name} {' '.join(k)}: " + "; ".join(diffs))
        print(f"{name}: {len(x)} / {len(y)} rows, {changed} with changed values")
    print("largest relative change per column:", ", ".join(f"{c} {v:.1e}" for c, v in sorted(worst.items())) or "none")
    print(f"{'within' if ok else 'NOT within'} {tol:g} relative")
    sys.exit(0 if ok else 1)
if tol is not None:
    tolerant()
ok = True
for name, f in (("stars.csv", stars), ("candidates.csv", cands)):
    x, y = f(a), f(b)
    if x != y:
        ok = False
        print(f"DIFFER {name}")
        for r1, r2 in zip(x, y):
            if r1 != r2: print(" ", r1, "\n ", r2)
    else:
        print(f"identical {name}: {len(x)} rows")
k1, r1, s1 = store(a); k2, r2, s2 = store(b)
if k1 != k2 or r1 != r2:
    ok = False
    print("DIFFER store candidates")
    for p, q in zip(r1, r2):
        if p != q:
            for k, u, v in zip(k1, p, q):
                if u != v: print("  ", k, str(u)[:200], "|", str(v)[:200])
else:
    print(f"identical store candidate records: {len(r1)} records x {len(k1)} columns (vetting JSON, flags, files+SHA-256, settings)")
if s1 != s2:
    ok = False; print("DIFFER batch_stars")
else:
    print(f"identical batch_stars rows: {len(s1)} (files with SHA-256, points, best candidate, flags)")
sys.exit(0 if ok else 1)
