import { compareText } from "../version.js";

// Alembic revisions and Django migrations are ordered by a graph their files declare, not by their names.
// The graph work both tools share: a topological order, what is left in a cycle, and children.

export interface GraphNode {
  id: string;
  /** Ids this node runs after, as its file declares them (some may name no node). */
  parents: readonly string[];
  /** Ties are broken by this (the file name), so the order never depends on readdir. */
  sortName: string;
}

/**
 * The nodes parents first (Kahn's algorithm, the ready node with the smallest `sortName` next); nodes in or
 * behind a cycle never become ready and are returned apart. Parents naming no node are ignored here.
 */
export function topologicalOrder<T extends GraphNode>(nodes: readonly T[]): { order: T[]; cyclic: T[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const waiting = new Map<string, number>();
  const children = childrenOf(nodes);
  for (const n of nodes) waiting.set(n.id, new Set(n.parents.filter((p) => byId.has(p))).size);
  const ready = nodes.filter((n) => waiting.get(n.id) === 0);
  const order: T[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => compareText(a.sortName, b.sortName));
    const next = ready.shift() as T;
    order.push(next);
    for (const child of children.get(next.id) ?? []) {
      const left = (waiting.get(child.id) ?? 0) - 1;
      waiting.set(child.id, left);
      if (left === 0) ready.push(child as T);
    }
  }
  const done = new Set(order);
  const cyclic = nodes.filter((n) => !done.has(n)).sort((a, b) => compareText(a.sortName, b.sortName));
  return { order, cyclic };
}

/** Each node's children (nodes naming it as a parent, once each), in `sortName` order. */
export function childrenOf<T extends GraphNode>(nodes: readonly T[]): Map<string, T[]> {
  const children = new Map<string, T[]>();
  for (const n of [...nodes].sort((a, b) => compareText(a.sortName, b.sortName)))
    for (const p of new Set(n.parents)) children.set(p, [...(children.get(p) ?? []), n]);
  return children;
}

/** One cycle among nodes that never became ready, as ids in parent order (`a -> b -> a`), or none. */
export function oneCycle<T extends GraphNode>(cyclic: readonly T[]): string[] | undefined {
  const byId = new Map(cyclic.map((n) => [n.id, n]));
  for (const start of cyclic) {
    const path: string[] = [];
    let at: T | undefined = start;
    while (at && !path.includes(at.id)) {
      path.push(at.id);
      at = at.parents.map((p) => byId.get(p)).find((p) => p !== undefined);
    }
    if (at) return [...path.slice(path.indexOf(at.id)), at.id].reverse();
  }
  return undefined;
}

/** Every node reachable from `id` through children, itself included. */
export function descendants<T extends GraphNode>(id: string, children: Map<string, T[]>): Set<string> {
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const c of children.get(queue.shift() as string) ?? [])
      if (!seen.has(c.id)) {
        seen.add(c.id);
        queue.push(c.id);
      }
  }
  return seen;
}
