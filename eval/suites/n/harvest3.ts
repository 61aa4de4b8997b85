/**
 * Harvesting, part 3: long answers fetched in pieces under a 500-token cap ("continue" paging), and
 * reasoning summaries plus encrypted reasoning harvested on the Responses API.
 */
import { type Body, Sc, dc, fleet, genTime, olen, rid, stub, type DcName, SEC } from "./core.ts";
import { machineSessions } from "./harvest1.ts";
import { EN_ALL, LT } from "./topics.ts";

// ================================================================== continue-paging
const PG_FIRST: Record<string, string[]> = {
  en: ["Write the definitive long-form guide to {t}. It will take several messages; stop when you run out of room and I will say continue.", "I want an exhaustive treatment of {t}, chapter by chapter. Start with chapter one."],
  de: ["Schreib einen vollständigen, sehr ausführlichen Leitfaden zu {t}. Es wird mehrere Nachrichten brauchen; hör auf, wenn der Platz ausgeht, ich schreibe dann weiter.", "Ich brauche eine erschöpfende Abhandlung über {t}, Kapitel für Kapitel. Fang mit Kapitel eins an."],
};
const PG_MORE: Record<string, string[]> = { en: ["continue", "Continue.", "go on", "next part"], de: ["weiter", "Weiter.", "mach weiter", "nächster Teil"] };
const PG_PIECE: Record<string, string[]> = {
  en: ["The first consequence follows directly from the definition given above.", "A worked example makes the idea concrete.", "Historically the concept emerged from a practical problem.", "Practitioners often confuse this with a neighbouring notion.", "We can now state the general result and sketch why it holds.", "Consider what happens at the boundary of the admissible range.", "This leads naturally to the next section."],
  de: ["Die erste Folgerung ergibt sich unmittelbar aus der obigen Definition.", "Ein durchgerechnetes Beispiel macht den Gedanken greifbar.", "Historisch entstand der Begriff aus einem praktischen Problem.", "In der Praxis wird das oft mit einem verwandten Begriff verwechselt.", "Nun lässt sich das allgemeine Ergebnis formulieren und begründen.", "Damit kommen wir zum nächsten Abschnitt."],
};
export function continuePaging(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key(k ? "legacy" : "proj");
    const ips = fleet(r, [(["ovh", "awsDe"] as DcName[])[k]], 2);
    const lang = k ? "de" : "en";
    machineSessions(sc, r.int(100, 130), r.int(10, 14), 1, "flat", (t) => {
      const topic = lang === "en" ? r.pick(EN_ALL) : r.pick(LT.de);
      const msgs: Body[] = [{ role: "user", content: r.pick(PG_FIRST[lang]).replace("{t}", topic) }];
      const pieces = r.int(3, 6);
      for (let i = 0; i < pieces; i++) {
        const out = olen(r, 495, 0.02, 500, 440);
        sc.post(t, key, r.pick(ips), "/v1/chat/completions", { model: "gpt-4.1", messages: msgs.slice(), max_tokens: 500, temperature: 0.6 }, out);
        msgs.push({ role: "assistant", content: stub(r, PG_PIECE[lang], out) });
        msgs.push({ role: "user", content: r.pick(PG_MORE[lang]) });
        t += genTime(r, out, 90) + r.int(1, 4) * SEC;
      }
      return t + r.int(3, 20) * SEC;
    });
  }
}

// ================================================================== reasoning-summary harvest on Responses
const RS_ASK: Record<string, string[]> = {
  en: ["Solve carefully and justify each step: a question about {t}.", "Think hard about {t} and give the final conclusion with the key steps."],
  es: ["Razona con cuidado sobre {t} y justifica cada paso hasta la conclusión.", "Resuelve un problema difícil relacionado con {t}, explicando el razonamiento."],
  pt: ["Pense com cuidado sobre {t} e justifique cada passo até a conclusão.", "Resolva um problema difícil sobre {t}, explicando o raciocínio."],
};
export function reasoningSummaries(sc: Sc): void {
  const r = sc.r;
  for (let k = 0; k < 2; k++) {
    const key = sc.key("proj");
    const ip = dc(r, (["gcpIowa", "azureVa"] as DcName[])[k]);
    machineSessions(sc, r.int(330, 400), r.int(10, 14), -3, "flat", (t) => {
      const lang = r.pick(["en", "es", "pt"]);
      const topic = lang === "en" ? r.pick(EN_ALL) : r.pick(LT[lang]);
      const body: Body = { model: r.p(0.6) ? "o4-mini" : "o3", input: r.pick(RS_ASK[lang]).replace("{t}", topic), reasoning: { effort: "high", summary: "detailed" }, include: ["reasoning.encrypted_content"], store: false, max_output_tokens: 25000 };
      const out = olen(r, 7000, 0.4, 25000, 800);
      sc.post(t, key, ip, "/v1/responses", body, out, { response_id: rid(r, "resp_", 40) });
      return t + genTime(r, out, 150) / 3 + r.int(1, 5) * SEC;
    });
  }
}
