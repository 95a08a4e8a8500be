"""Runs score.py's own main() on many result folders in one process, as `score.py GOLD DIR [--json]` would.

Usage: score_batch.py SCORE_PY GOLD LIST_FILE
LIST_FILE holds one case folder per line; each holds results/ (the four CSV files). For each case this writes
score.json (the output of `score.py GOLD CASE/results --json`) and score.txt (the default output), UTF-8. If
score.py fails on a case, the traceback is written to error.txt instead.
"""
import contextlib, importlib.util, io, os, sys, traceback

score_py, gold, list_file = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("score", score_py)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

with open(list_file, encoding="utf-8") as f:
    cases = [line.rstrip("\n") for line in f if line.strip()]
for case in cases:
    results = os.path.join(case, "results")
    for extra, out_name in ((["--json"], "score.json"), ([], "score.txt")):
        sys.argv = ["score.py", gold, results] + extra
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                score.main()
        except BaseException:
            with open(os.path.join(case, "error.txt"), "w", encoding="utf-8") as f:
                f.write(traceback.format_exc())
            continue
        with open(os.path.join(case, out_name), "w", encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())
