"""A first-level unit found by a scan of the ids is the one the index of every id gives."""

from __future__ import annotations

from geo.places.gazetteer import load_gazetteer


def test_admin1_by_scan_as_by_the_index_of_every_id() -> None:
    gaz = load_gazetteer.__wrapped__()  # a fresh index: nothing asked of it yet
    assert len(set(gaz._ids)) == len(gaz._ids)  # unique: the row a scan finds is the only one
    codes = sorted({i[4:] for i in gaz._ids if i.startswith("iso:")})
    assert len(codes) > 50
    asked = [*codes, "UA-99", "XX-1", "UA", "", "AD"]
    scanned = [gaz.admin1(code) for code in asked]
    assert gaz._by_id is None  # the scan did not index every id
    indexed = [gaz.by_id(f"iso:{code}") for code in asked]
    assert gaz._by_id is not None
    assert scanned == indexed
    assert [gaz.admin1(code) for code in asked] == indexed
    assert scanned[-2] is None and scanned[0] is not None
