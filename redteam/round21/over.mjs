// over.mjs: analyse the origin's open intervals of one key (GET /ivs?k=last12): every moment more than C were open, how long, and how the intervals ended
export async function overlap(OP, key, C) {
  const ivs = await (await fetch(`http://127.0.0.1:${OP}/ivs?k=${key.slice(-12)}`)).json(); const ev = [];
  for (const v of ivs) { ev.push([v.s, 1, v]); ev.push([v.e ?? Infinity, -1, v]); }
  ev.sort((a, b) => a[0] - b[0] || a[1] - b[1]); let cur = 0, max = 0, overMs = 0, last = 0, episodes = []; const open = new Set();
  for (const [t, d, v] of ev) { if (cur > C) overMs += t - last; if (d > 0) { open.add(v); cur++; if (cur > C) episodes.push({ at: t.toFixed(1), n: cur, open: [...open].map((x) => `${(x.s - t).toFixed(1)}..${x.e == null ? "open" : (x.e - t).toFixed(1)}:${x.how}`) }); } else { open.delete(v); cur--; } max = Math.max(max, cur); last = t; }
  return { n: ivs.length, max, overMs: +overMs.toFixed(2), episodes: episodes.slice(0, 4), nOver: episodes.length };
}
