// round5 shared helpers: seeded PRNG, multilingual text banks, trace writer. No guard code is imported.
import fs from "node:fs";
export { rng, pick, int, T0, ask, filler, SUBJECTS, ASKS } from "../round4/lib.mjs";
import { rng, pick, int } from "../round4/lib.mjs";
// word banks per script (what a multilingual corpus sample looks like); words joined into sentences
export const BANKS = {
  latin: "the market model water river energy system people city history science music learning family health report data network price".split(" "),
  accents: "développement économie société über größe Straße canción niño información política région éducation señal música Bücher".split(" "),
  cyrillic: "экономика история система вода город наука музыка семья здоровье данные сеть цена развитие общество право".split(" "),
  han: "经济 历史 系统 水 城市 科学 音乐 家庭 健康 数据 网络 价格 发展 社会 法律 教育".split(" "),
  kana: "けいざい れきし システム みず まち かがく おんがく かぞく けんこう データ ネットワーク かかく".split(" "),
  hangul: "경제 역사 시스템 물 도시 과학 음악 가족 건강 데이터 네트워크 가격 발전 사회".split(" "),
  arabic: "اقتصاد تاريخ نظام ماء مدينة علم موسيقى عائلة صحة بيانات شبكة سعر تنمية مجتمع".split(" "),
  greek: "οικονομία ιστορία σύστημα νερό πόλη επιστήμη μουσική οικογένεια υγεία δεδομένα δίκτυο τιμή".split(" "),
};
export const SCRIPTS = Object.keys(BANKS);
export function sentence(r, script, words) { const b = BANKS[script]; const o = []; for (let i = 0; i < words; i++) o.push(pick(r, b)); return o.join(script === "han" ? "" : " ") + (script === "han" ? "。" : "."); }
export function text(r, script, sentences) { const o = []; for (let i = 0; i < sentences; i++) o.push(sentence(r, script, int(r, 6, 14))); return o.join(" "); }
export function writeTrace(name, events, meta) {
  fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
  const fd = fs.openSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "w"); for (const e of events) fs.writeSync(fd, JSON.stringify(e) + "\n"); fs.closeSync(fd);
  fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), meta.map((m) => JSON.stringify(m)).join("\n") + "\n");
  console.error(`wrote ${events.length} events -> traces/${name}.jsonl`);
}
export function sortWrite(name, ev, meta) { const idx = ev.map((e, i) => i).sort((a, b) => ev[a].ts - ev[b].ts); writeTrace(name, idx.map((i) => ev[i]), idx.map((i) => meta[i])); }
