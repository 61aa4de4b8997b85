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
  readonly asciiNext: Int32Array;
  /** Failure link of each node: the node of its longest proper suffix that is a trie path. */
  readonly fail: Int32Array;
  /** Breadth-first order of the nodes, root first. */
  readonly order: Int32Array;
  /** Node where patterns[i] ends. */
  readonly ends: number[];
  private readonly other = new Map<number, number>();

  constructor(patterns: readonly string[]) {
    const ascii: number[] = new Array<number>(128).fill(0);
    const child = (node: number, c: number): number => (c < 128 ? ascii[node * 128 + c]! : this.other.get(node * 65536 + c) ?? 0);
    const edges: [number, number][][] = [[]];
    this.ends = patterns.map((p) => {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = child(node, c);
        if (next === 0) {
          next = edges.length;
          edges.push([]);
          for (let j = 0; j < 128; j++) ascii.push(0);
          if (c < 128) ascii[node * 128 + c] = next;
          else this.other.set(node * 65536 + c, next);
          edges[node]!.push([c, next]);
        }
        node = next;
      }
      return node;
    });
    this.size = edges.length;
    this.fail = new Int32Array(this.size);
    this.asciiNext = Int32Array.from(ascii);
    const order: number[] = [0];
    for (let qi = 0; qi < order.length; qi++) {
      const u = order[qi]!;
      for (const [c, v] of edges[u]!) {
        let target = 0;
        for (let f = u === 0 ? -1 : this.fail[u]!; f >= 0; f = f === 0 ? -1 : this.fail[f]!) {
          const g = child(f, c);
          if (g !== 0) {
            target = g;
            break;
          }
        }
        this.fail[v] = target;
        order.push(v);
      }
      // missing ASCII edges go where the failure node goes (already complete: it is shallower)
      if (u !== 0) {
        for (let c = 0; c < 128; c++) {
          if (this.asciiNext[u * 128 + c] === 0) this.asciiNext[u * 128 + c] = this.asciiNext[this.fail[u]! * 128 + c]!;
        }
      }
    }
    this.order = Int32Array.from(order);
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
