#!/usr/bin/python3
"""Compare two `exoworld-cli batch` results folders: stars.csv (without the wall time),
candidates.csv, the results store's candidate records (every column but id, timestamps and
software version: vetting JSON, flags, files with SHA-256, settings) and batch_stars rows.
Usage: /usr/bin/python3 bench/batch/compare_results.py BEFORE_RESULTS AFTER_RESULTS  (exit 0: identical)"""
import csv, sqlite3, sys, json
a, b = sys.argv[1], sys.argv[2]
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
