"""Each published cell's true value, worked out again from the vault's rows (written apart
from ``storage.stats_repo``), and the attack of every CSV of a vault held against it."""

from __future__ import annotations

from peerdesk.domain.quarters import Quarter
from stats_attacker import Attacker, count_rule_holds, is_magnitude, p_rule_holds, parse

INCIDENT_TABLES = ("contacts_by_outcome", "contacts_by_first_or_repeat", "incidents_by_kind",
                   "incident_reach", "group_interventions", "incident_hours")


def _where(period: str, table: str, row: str, column: str) -> tuple[str, list[object]]:
    where, params = ["c.reporting_quarter = ?"], [period]
    first = Quarter.parse(period).first_day.isoformat()
    simple = {"contacts_by_member_group": "member_group", "contacts_by_format": "format",
              "contacts_by_channel": "channel", "contacts_by_risk": "risk",
              "support_hours": "format"}
    if table == "contacts_by_month" and row == "logged_late":
        where.append("c.occurred_on < ?")
        params.append(first)
    elif table == "contacts_by_month" and row != "Total":
        where.append("substr(c.occurred_on, 1, 7) = ? AND c.occurred_on >= ?")
        params += [row, first]
    elif table == "member_group_by_format":
        for field, value in (("member_group", row), ("format", column)):
            if value != "Total":
                where.append(f"c.{field} = ?")
                params.append(value)
    elif table == "checklist_completion" and column != "Total":
        op = ">" if column == "ticked" else "="
        where.append(f"instr(',' || c.checklist_ticked || ',', ?) {op} 0")
        params.append(f",{row},")
    elif table == "contacts_by_topic" and row != "Total":
        where.append("EXISTS (SELECT 1 FROM contact_topics t WHERE t.contact_id = c.id "
                     "AND t.topic = ?)")
        params.append(row)
    elif table in simple and row != "Total":
        where.append(f"c.{simple[table]} = ?")
        params.append(row)
    return " AND ".join(where), params


def truth(conn, period: str, key: tuple[str, str, str]) -> float:
    """A quarter's true count (or exact hours) of one published cell, from the vault."""
    if key[0] in INCIDENT_TABLES:
        return incident_truth(conn, period, key)
    table, row, _ = key
    where, params = _where(period, *key)
    if table == "referrals_by_type":
        extra = "" if row == "Total" else " AND r.type = ?"
        return conn.execute(
            "SELECT count(*) FROM contacts c JOIN contact_referrals r ON r.contact_id = c.id "
            f"WHERE {where}{extra}", [*params, *([] if row == "Total" else [row])]).fetchone()[0]
    if table == "support_hours":
        minutes = conn.execute(f"SELECT coalesce(sum(c.duration_min), 0) FROM contacts c "
                               f"WHERE {where}", params).fetchone()[0]
        return minutes / 60
    return conn.execute(f"SELECT count(*) FROM contacts c WHERE {where}", params).fetchone()[0]


_WINDOW = {"within_72_hours": "+72 hours", "within_7_days": "+7 days"}
_PHASE = ("CASE WHEN i.acute_closed_on IS NULL OR {day} <= i.acute_closed_on "
          "THEN 'response' ELSE 'follow_up' END")


def incident_truth(conn, period: str, key: tuple[str, str, str]) -> float:
    """A quarter's true figure of one cell of the incident tables, from the vault's rows."""
    table, row, column = key
    if table in ("contacts_by_outcome", "contacts_by_first_or_repeat"):
        field = "outcome" if table == "contacts_by_outcome" else "first_or_repeat"
        where = {"Total": "1", "not_recorded": f"{field} IS NULL"}.get(row, f"{field} = ?")
        params = [period] + ([row] if where.endswith("?") else [])
        return conn.execute(f"SELECT count(*) FROM contacts WHERE reporting_quarter = ? "
                            f"AND {where}", params).fetchone()[0]
    if table == "incidents_by_kind" or (table, row) == ("incident_reach", "involved"):
        what = "count(*)" if column == "incidents" else "coalesce(sum(personnel_involved), 0)"
        kind = "" if row in ("Total", "involved") else " AND kind = ?"
        return conn.execute(f"SELECT {what} FROM incidents WHERE reporting_quarter = ?{kind}",
                            [period, *([row] if kind else [])]).fetchone()[0]
    if table == "incident_reach":
        total = 0
        for involved, reached in conn.execute(
            "SELECT i.personnel_involved, (SELECT coalesce(sum(o.reached), 0) FROM "
            "incident_outreach o WHERE o.incident_id = i.id AND o.reached_at <= "
            "strftime('%Y-%m-%dT%H:%M', i.occurred_at, ?)) FROM incidents i "
            "WHERE i.reporting_quarter = ?", (_WINDOW[row], period),
        ):
            total += min(involved, reached)
        return total
    if table == "group_interventions":
        what = "count(*)" if column == "interventions" else "coalesce(sum(attendees), 0)"
        fmt = "" if row == "Total" else " AND format = ?"
        return conn.execute(f"SELECT {what} FROM group_interventions WHERE "
                            f"reporting_quarter = ?{fmt}",
                            [period, *([row] if fmt else [])]).fetchone()[0]
    assert table == "incident_hours", table
    sessions = minutes = 0
    for day, source, period_column in (
        ("c.occurred_on", "contacts c JOIN incidents i ON i.id = c.incident_id",
         "c.reporting_quarter"),
        ("substr(g.held_at, 1, 10)", "group_interventions g JOIN incidents i "
         "ON i.id = g.incident_id", "g.reporting_quarter"),
    ):
        alias = period_column.split(".")[0]
        for phase, n, m in conn.execute(
            f"SELECT {_PHASE.format(day=day)}, count(*), sum({alias}.duration_min) "
            f"FROM {source} WHERE {period_column} = ? GROUP BY 1", (period,),
        ):
            if row in ("Total", phase):
                sessions += n
                minutes += m
    return sessions if column == "sessions" else minutes / 60


# ---------------------------------------------------------------------- the attack

_COUNT_OF = {"incident_hours": "sessions", "incidents_by_kind": "incidents",
             "group_interventions": "interventions"}


def _count_beside(cells: dict, table: str, row: str) -> int | None:
    """The count a magnitude (hours, personnel involved, attendees) is shown and hidden with."""
    if table == "support_hours":
        return cells[("contacts_by_format", row, "contacts")] if row != "Total" \
            else cells[("contacts_by_month", "Total", "contacts")]
    if table == "incident_reach":
        return cells[("incidents_by_kind", "Total", "incidents")]
    return cells[(table, row, _COUNT_OF[table])]


def attack_every_csv(ws, csvs: list[bytes]) -> int:
    """The attacker holds every CSV (in release order); each hidden cell's true value lies
    within what it deduces, and the rules hold. Returns the number of hidden cells checked."""
    attacker = Attacker()
    for data in csvs:
        attacker.add_release(data)
        meta, cells, _ = parse(data)
        for (table, row, column), value in cells.items():
            if is_magnitude((table, row, column)):  # hidden with its count, rounded with it
                assert (value is None) == (_count_beside(cells, table, row) is None), row
                assert value is None or value % int(meta.get("rounding", "1")) == 0, row
    bounds = attacker.intervals(exact=False)
    conn = ws.vault.conn
    metas = {parse(d)[2]: parse(d)[0] for d in csvs}
    failures = []
    for hidden in attacker.hidden:
        quarters = metas[hidden.period].get("quarters", "").split() or [hidden.period]
        true = sum(truth(conn, q, hidden.key) for q in quarters)
        lo, hi = bounds[hidden.name]
        assert lo - 1e-6 <= true <= hi + 1e-6, (hidden.name, lo, hi, true)
        if hidden.hours:
            ok = hidden.summed or (p_rule_holds(lo, hi)
                                   and not (0.75 * true <= lo and hi <= 1.25 * true))
        else:
            # A zero is hidden only as a part of a hidden sum, where the attacker allows it.
            assert true >= 1 or lo <= 0, hidden.name
            ok = count_rule_holds(lo, hi, hidden.threshold)
        if not ok:
            failures.append((hidden.name, lo, hi, true, hidden.threshold))
    assert failures == [], failures
    return len(attacker.hidden)
