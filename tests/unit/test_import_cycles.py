"""No import cycles among the modules below the UI (domain, storage, services).

import-linter keeps the layers apart; this keeps each layer's modules in an order too, so a
module can be read (and moved) after the ones it needs. Imports inside functions count: a
lazy import back up the chain is still a cycle, only one that fails later.
"""

from __future__ import annotations

import grimp

LAYERS = ("peerdesk.domain", "peerdesk.storage", "peerdesk.services")


def _below_the_ui(module: str) -> bool:
    return any(module == layer or module.startswith(f"{layer}.") for layer in LAYERS)


def _import_graph() -> dict[str, set[str]]:
    graph = grimp.build_graph("peerdesk", cache_dir=None)
    modules = {m for m in graph.modules if _below_the_ui(m)}
    return {
        m: {n for n in graph.find_modules_directly_imported_by(m) if n in modules}
        for m in modules
    }


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert sorted(strongly_connected(graph)) == [["a", "b", "c"], ["e"]]
    assert strongly_connected({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_below_the_ui() -> None:
    graph = _import_graph()
    assert len(graph) > 50  # the graph really holds the package
    cycles = [
        " <-> ".join(group) + ": " + "; ".join(
            f"{a} imports {b}" for a in group for b in sorted(graph[a]) if b in group
        )
        for group in strongly_connected(graph)
    ]
    assert cycles == []
