/**
 * Aho-Corasick automaton over UTF-16 code units: one left-to-right pass over a text finds every
 * occurrence of a fixed set of strings (the concept stems of the instruction region, the topic
 * phrases), where one regex alternation per set would scan the text once per set.
 *
 * ASCII transitions are a full table (`asciiNext[state * 128 + c]`); the few non-ASCII trie edges
 * sit in a Map and are followed through the failure links. Callers attach their own per-node data
 * to `ends` (the node where each pattern ends) and propagate it along `fail` in `order`
 * (breadth-first: a node's failure node always comes before it).
 */
export class Automaton {
  /** Number of nodes; node 0 is the root. */
  readonly size: number;
  /** ASCII transition function (always defined; 0 = root). */
  readonly asciiNext: Uint16Array;
  /** Failure link of each node: the node of its longest proper suffix that is a trie path. */
  readonly fail: Int32Array;
  /** Breadth-first order of the nodes, root first. */
  readonly order: Int32Array;
  /** Node where patterns[i] ends. */
  readonly ends: number[];
  private readonly other = new Map<number, number>();

  constructor(patterns: readonly string[]) {
    // The trie (nodes numbered as created; ASCII edges in a 128-column table, the others in the
    // Map) and each node's children as a list (first child, next sibling, the code unit into it).
    // This runs once per isolate on its first prompt, before the code is optimised: the work is in
    // typed arrays and native row copies, not in per-entry interpreted loops.
    let bound = 1; // nodes at most: the root and one per pattern code unit
    for (const p of patterns) bound += p.length;
    const firstChild = new Int32Array(bound);
    const sibling = new Int32Array(bound);
    const unitOf = new Int32Array(bound);
    const edge = new Map<number, number>(); // every trie edge while building: node * 65536 + unit
    let size = 1;
    this.ends = patterns.map((p) => {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = edge.get(node * 65536 + c) ?? 0;
        if (next === 0) {
          next = size++;
          edge.set(node * 65536 + c, next);
          if (c >= 128) this.other.set(node * 65536 + c, next);
          unitOf[next] = c;
          sibling[next] = firstChild[node]!;
          firstChild[node] = next;
        }
        node = next;
      }
      return node;
    });
    this.size = size;
    this.fail = new Int32Array(size);
    if (size > 65536) throw new Error("automaton too large for 16-bit states");
    this.asciiNext = new Uint16Array(size * 128);
    const order = new Int32Array(size);
    // Breadth-first: a node's row is its failure node's (missing edges go where the failure node
    // goes; it is shallower, so its row is complete) with its own edges over it, and a child's
    // failure node is where its parent's failure node goes on the child's code unit.
    for (let qi = 0, qn = 1; qi < qn; qi++) {
      const u = order[qi]!;
      const f = this.fail[u]!;
      if (u !== 0) this.asciiNext.copyWithin(u * 128, f * 128, f * 128 + 128);
      for (let c = firstChild[u]!; c !== 0; c = sibling[c]!) {
        const x = unitOf[c]!;
        this.fail[c] = u === 0 ? 0 : x < 128 ? this.asciiNext[f * 128 + x]! : this.stepOther(f, x);
        if (x < 128) this.asciiNext[u * 128 + x] = c;
        order[qn++] = c;
      }
    }
    this.order = order;
  }

  /** Transition on a non-ASCII code unit. */
  stepOther(state: number, c: number): number {
    for (let st = state; ; st = this.fail[st]!) {
      const next = this.other.get(st * 65536 + c);
      if (next !== undefined) return next;
      if (st === 0) return 0;
    }
  }
}
