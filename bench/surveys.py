"""Survey benchmark: submitting answers and releasing a cohort's results.

Builds demo cohorts (K10 and the program-experience questions at pre, post and follow-up,
``services.demo_data.make_demo_survey_cohort``) of several sizes in a training vault, through
the real submit path (one transaction per respondent, as the kiosk does), then releases each
cohort's results once (scores, the linked change and the unlinked comparisons with scipy,
every answer and band count hidden and audited by the linear programs) and renders the PDF.

Prints JSON lines, one per figure and cohort size:
    {"metric": "survey_submit_ms", "pre": 25, "p50": ..., "p95": ...}
    {"metric": "survey_release_s", "pre": 25, "value": ..., "hidden_cells": ..., ...}
    {"metric": "survey_pdf_s", "pre": 25, "value": ...}

Run: .venv/bin/python bench/surveys.py [--sizes 25,100,400] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from peerdesk.services import demo_data, survey_report, survey_results, surveys
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

PASSPHRASE = "granite harbour lantern 2026"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,100,400",
                        help="pre-wave respondents per cohort (post 80 %%, follow-up 64 %%)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", "Bench", PASSPHRASE, PASSPHRASE,
                                 training=True, kdf=crypto.KdfParams.weak_for_tests())
        try:
            for pre in (int(s) for s in args.sizes.split(",")):
                run(ws, pre, args.seed)
        finally:
            ws.lock()


def run(ws: Workspace, pre: int, seed: int) -> None:
    timings: list[float] = []
    original = surveys.submit

    def timed(*a: object, **k: object) -> object:
        start = time.perf_counter()
        result = original(*a, **k)  # type: ignore[arg-type]
        timings.append((time.perf_counter() - start) * 1000)
        return result

    surveys.submit = timed  # type: ignore[assignment]
    try:
        cohort_id = demo_data.make_demo_survey_cohort(
            ws, seed=seed, pre=pre, post=pre * 4 // 5, follow_up=pre * 16 // 25)
    finally:
        surveys.submit = original  # type: ignore[assignment]
    timings.sort()
    print(json.dumps({"metric": "survey_submit_ms", "pre": pre, "submissions": len(timings),
                      "p50": round(statistics.median(timings), 2),
                      "p95": round(timings[int(len(timings) * 0.95) - 1], 2)}))
    start = time.perf_counter()
    results = survey_results.results(ws, cohort_id)
    seconds = time.perf_counter() - start
    hidden = sum(d.hidden for d in (r.distribution for r in results.items) if d is not None)
    hidden += sum(s.bands.hidden for s in results.scores if s.bands is not None)
    withheld = sum(1 for r in results.items if r.withheld)
    print(json.dumps({"metric": "survey_release_s", "pre": pre, "value": round(seconds, 3),
                      "hidden_cells": hidden, "item_rows_withheld": withheld,
                      "item_rows": len(results.items)}))
    start = time.perf_counter()
    survey_report.export(ws, cohort_id, "pdf")
    print(json.dumps({"metric": "survey_pdf_s", "pre": pre,
                      "value": round(time.perf_counter() - start, 3)}))


if __name__ == "__main__":
    main()
