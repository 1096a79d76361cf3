"""Referral directory benchmark: CSV import rate and search latency per keystroke.

Builds a directory of N synthetic resources (default 10,000) through the real import path
(parse, validate, duplicate check, one transaction), then types several queries one character
at a time ("c", "cr", "cri", ...) through ``services.referrals.search`` as the directory screen
does, with and without a filter.

Prints JSON lines, one per figure:
    {"metric": "referral_import_rows_per_s", ...}
    {"metric": "referral_search_keystroke_ms", "p50": ..., "p95": ..., "target_p95": 10.0}
    {"metric": "referral_search_filtered_keystroke_ms", ...}
    {"metric": "referral_list_no_query_ms", ...}

Run: .venv/bin/python bench/referrals.py [--resources 10000] [--rounds 5]

The vault runs as the app does (storage.database.connect: cipher_memory_security off).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from peerdesk.domain import referral_csv
from peerdesk.domain.referrals import Cost, Resource, ResourceCategory, ResourceFilter
from peerdesk.services import referrals
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

PASSPHRASE = "granite harbour lantern 2026"
QUERIES = ["crisis", "counselling", "trauma", "french", "ontario", "eap", "chaplain",
           "first responder", "substance", "zzzz"]
PLACES = ["Harbour", "Lakeside", "Valley", "Northgate", "Riverside", "Hillcrest", "Bayview",
          "Cedar", "Maple", "Summit", "Pine", "Westbrook", "Eastfield", "Granite", "Ontario"]
KINDS = {
    ResourceCategory.EAP: ["EAP", "Employee Assistance", "Wellness Program"],
    ResourceCategory.CLINICIAN: ["Counselling", "Psychology", "Trauma Clinic", "Therapy"],
    ResourceCategory.CHAPLAIN: ["Chaplaincy", "Chaplain Service"],
    ResourceCategory.CRISIS_LINE: ["Crisis Line", "Distress Centre", "Crisis Text Line"],
    ResourceCategory.MEDICAL: ["Hospital", "Urgent Care", "Health Centre"],
    ResourceCategory.SUBSTANCE_USE_TREATMENT: ["Recovery", "Addiction Services", "Detox"],
    ResourceCategory.FAMILY_VIOLENCE_SERVICE: ["Family Shelter", "Safe Home"],
    ResourceCategory.CISM_TEAM: ["CISM Team", "Critical Incident Team"],
    ResourceCategory.FINANCIAL_LEGAL: ["Legal Clinic", "Credit Counselling"],
    ResourceCategory.PEER_TEAM: ["Peer Support", "Peer Team"],
    ResourceCategory.OTHER: ["Community Centre", "Resource Hub"],
}
NOTE_WORDS = [
    "trauma", "first", "responder", "informed", "walk-in", "evening", "weekend", "sliding",
    "scale", "family", "couples", "grief", "sleep", "PTSD", "moral", "injury", "debriefing",
    "shift", "work", "police", "fire", "paramedic", "dispatch", "corrections", "confidential",
    "referral", "waitlist", "telehealth", "video",
]
LANGUAGES = ["English", "French", "Spanish", "Punjabi", "Mandarin", "Arabic", "Tagalog"]
REGIONS = ["Ontario", "Quebec", "Manitoba", "British Columbia", "Alberta", "Nova Scotia",
           "New York", "Texas", "California", "Ohio"]


def make_resources(n: int, seed: int) -> list[Resource]:
    rng = random.Random(seed)
    categories = list(ResourceCategory)
    out = []
    for i in range(n):
        category = rng.choice(categories)
        name = f"{rng.choice(PLACES)} {rng.choice(KINDS[category])} {i}"
        out.append(Resource(
            name=name,
            category=category,
            phone=f"+1 {rng.randint(200, 999)} 555 {i % 10000:04d}",
            hours=rng.choice(["24/7", "Mon–Fri 8–18", "Evenings", ""]),
            available_24_7=rng.random() < 0.1,
            region=rng.choice(REGIONS),
            languages=", ".join(rng.sample(LANGUAGES, rng.randint(1, 3))),
            cost=rng.choice(list(Cost)),
            first_responder_informed=rng.random() < 0.3,
            notes=" ".join(rng.choices(NOTE_WORDS, k=rng.randint(5, 30))),
        ))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def emit(metric: str, values: list[float], **extra: object) -> None:
    print(json.dumps({
        "metric": metric,
        "p50": round(statistics.median(values), 3),
        "p95": round(percentile(values, 0.95), 3),
        "max": round(max(values), 3),
        "samples": len(values),
        **extra,
    }), flush=True)


def type_queries(ws: Workspace, filters: ResourceFilter, rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                referrals.search(ws, query[:end], filters)
                timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    data = referral_csv.write(make_resources(args.resources, args.seed))
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", "Casey", PASSPHRASE, PASSPHRASE,
                                 kdf=crypto.KdfParams.weak_for_tests())
        try:
            started = time.perf_counter()
            preview = referrals.preview_import(ws, data)
            previewed = time.perf_counter() - started
            assert preview.ok, preview.problems[:3]
            added = referrals.apply_import(ws, preview)
            total = time.perf_counter() - started
            print(json.dumps({
                "metric": "referral_import_rows_per_s",
                "value": round(added / total),
                "rows": added,
                "seconds": round(total, 3),
                "preview_seconds": round(previewed, 3),
                "csv_bytes": len(data),
            }), flush=True)

            type_queries(ws, ResourceFilter(), 1)  # warm the page cache
            emit("referral_search_keystroke_ms", type_queries(ws, ResourceFilter(), args.rounds),
                 target_p95=10.0, resources=added, limit=referrals.SEARCH_LIMIT,
                 queries=QUERIES)
            emit("referral_search_filtered_keystroke_ms",
                 type_queries(ws, ResourceFilter(available_24_7=True, language="English"),
                              args.rounds),
                 target_p95=10.0, filters="24/7 + language")
            listing = []
            for _ in range(20 * args.rounds):
                started = time.perf_counter()
                referrals.search(ws, "")
                listing.append((time.perf_counter() - started) * 1000)
            emit("referral_list_no_query_ms", listing, limit=referrals.SEARCH_LIMIT)
        finally:
            ws.lock()


if __name__ == "__main__":
    main()
