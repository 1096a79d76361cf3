"""The regional tables of migration 0011 (ARCHITECTURE section 14). Storage stores: every rule
(what may be imported, when true tables go) is the services'. Call writers inside the caller's
transaction."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Connection

# ---------------------------------------------------------------------- a station


def register_region(conn: Connection, region_id: str, public_key: bytes, at: str,
                    by: str) -> None:
    conn.execute("INSERT OR IGNORE INTO region_keys (region_id, public_key, registered_at, "
                 "registered_by) VALUES (?, ?, ?, ?)", (region_id, public_key, at, by))


def region_key(conn: Connection, region_id: str) -> bytes | None:
    row = conn.execute("SELECT public_key FROM region_keys WHERE region_id = ?",
                       (region_id,)).fetchone()
    return None if row is None else bytes(row[0])


def registered_regions(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT region_id FROM region_keys ORDER BY registered_at, region_id")]


def station_identity(conn: Connection) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT station_id, signing_key FROM station_identity").fetchone()
    return None if row is None else (str(row[0]), bytes(row[1]))


def store_station_identity(conn: Connection, station_id: str, signing_key: bytes,
                           at: str) -> None:
    conn.execute("INSERT INTO station_identity (station_id, signing_key, created_at) "
                 "VALUES (?, ?, ?)", (station_id, signing_key, at))


def record_bundle_written(conn: Connection, bundle_id: str, region_id: str, quarter: str,
                          at: str, by: str) -> None:
    conn.execute("INSERT INTO bundles_written (bundle_id, region_id, quarter, written_at, "
                 "written_by) VALUES (?, ?, ?, ?, ?)", (bundle_id, region_id, quarter, at, by))


# ---------------------------------------------------------------------- a regional vault


def region_identity(conn: Connection) -> tuple[str, bytes, bytes] | None:
    """(region id, private key, public key), or None when the vault is not a region."""
    row = conn.execute(
        "SELECT region_id, private_key, public_key FROM region_identity").fetchone()
    return None if row is None else (str(row[0]), bytes(row[1]), bytes(row[2]))


def store_region_identity(conn: Connection, region_id: str, private_key: bytes,
                          public_key: bytes, at: str) -> None:
    conn.execute("INSERT INTO region_identity (region_id, private_key, public_key, created_at) "
                 "VALUES (?, ?, ?, ?)", (region_id, private_key, public_key, at))


@dataclass(frozen=True)
class Station:
    station_id: str
    signing_key: bytes
    fingerprint: str
    confirmed_at: str


def station(conn: Connection, station_id: str) -> Station | None:
    row = conn.execute("SELECT station_id, signing_key, fingerprint, confirmed_at "
                       "FROM region_stations WHERE station_id = ?", (station_id,)).fetchone()
    return None if row is None else Station(str(row[0]), bytes(row[1]), str(row[2]),
                                            str(row[3]))


def stations(conn: Connection) -> list[Station]:
    return [Station(str(r[0]), bytes(r[1]), str(r[2]), str(r[3])) for r in conn.execute(
        "SELECT station_id, signing_key, fingerprint, confirmed_at FROM region_stations "
        "ORDER BY station_id")]


def add_station(conn: Connection, station_id: str, signing_key: bytes, fingerprint: str,
                at: str, by: str) -> None:
    conn.execute("INSERT INTO region_stations (station_id, signing_key, fingerprint, "
                 "confirmed_at, confirmed_by) VALUES (?, ?, ?, ?, ?)",
                 (station_id, signing_key, fingerprint, at, by))


@dataclass(frozen=True)
class StoredBundle:
    bundle_id: str
    station_id: str
    quarter: str
    version: str
    training: bool
    imported_at: str
    station_release: str
    true_tables: str | None
    released_in: int | None


_BUNDLE = ("bundle_id, station_id, quarter, version, training, imported_at, station_release, "
           "true_tables, released_in")


def _bundle(row: tuple[object, ...]) -> StoredBundle:
    return StoredBundle(str(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]),
                        str(row[5]), str(row[6]), None if row[7] is None else str(row[7]),
                        None if row[8] is None else int(str(row[8])))


def bundle_known(conn: Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM region_bundles WHERE bundle_id = ?",
                        (bundle_id,)).fetchone() is not None


def bundle_of(conn: Connection, station_id: str, quarter: str) -> StoredBundle | None:
    row = conn.execute(f"SELECT {_BUNDLE} FROM region_bundles WHERE station_id = ? AND "
                       "quarter = ?", (station_id, quarter)).fetchone()
    return None if row is None else _bundle(row)


def store_bundle(conn: Connection, bundle: StoredBundle, written_at: str, by: str) -> None:
    conn.execute(
        f"INSERT INTO region_bundles ({_BUNDLE}, written_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (bundle.bundle_id, bundle.station_id, bundle.quarter, bundle.version,
         int(bundle.training), bundle.imported_at, bundle.station_release, bundle.true_tables,
         bundle.released_in, written_at, by))


def bundles(conn: Connection, quarter: str | None = None) -> list[StoredBundle]:
    """Imported bundles (of one quarter), oldest import first."""
    where, params = ("WHERE quarter = ?", (quarter,)) if quarter else ("", ())
    return [_bundle(r) for r in conn.execute(
        f"SELECT {_BUNDLE} FROM region_bundles {where} ORDER BY imported_at, station_id",
        params)]


def mark_released(conn: Connection, quarter: str, station_ids: list[str], seq: int) -> None:
    """The quarter's release ``seq`` counts these stations: their true tables are deleted
    (``secure_delete`` is on, so the freed pages are overwritten)."""
    conn.executemany(
        "UPDATE region_bundles SET true_tables = NULL, released_in = ? "
        "WHERE quarter = ? AND station_id = ?", [(seq, quarter, s) for s in station_ids])


@dataclass(frozen=True)
class StoredRegional:
    quarter: str
    seq: int
    frozen_at: str
    cells: str
    csv: bytes
    pdf: bytes | None


def freeze_release(conn: Connection, quarter: str, seq: int, at: str, by: str, cells: str,
                   csv: bytes) -> None:
    conn.execute("INSERT INTO region_releases (quarter, seq, frozen_at, frozen_by, cells, csv) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (quarter, seq, at, by, cells, csv))


def store_release_pdf(conn: Connection, quarter: str, seq: int, pdf: bytes) -> None:
    conn.execute("UPDATE region_releases SET pdf = ? WHERE quarter = ? AND seq = ? "
                 "AND pdf IS NULL", (pdf, quarter, seq))


def regional_releases(conn: Connection, quarter: str | None = None) -> list[StoredRegional]:
    """Frozen regional releases (of one quarter), in the order they were frozen."""
    where, params = ("WHERE quarter = ?", (quarter,)) if quarter else ("", ())
    return [StoredRegional(str(r[0]), int(r[1]), str(r[2]), str(r[3]), bytes(r[4]),
                           None if r[5] is None else bytes(r[5]))
            for r in conn.execute(
                f"SELECT quarter, seq, frozen_at, cells, csv, pdf FROM region_releases {where} "
                "ORDER BY frozen_at, quarter, seq", params)]
