// multilingual social posts / reviews for a labelling workload
export const POSTS = {
  en: ["Just got back from {place} and honestly the service was {adj}. Never again.", "Anyone else's {thing} stopped working after the update? Mine keeps crashing.",
       "The new {thing} is {adj}, battery lasts two days easily.", "Can't believe the referee missed that. {team} robbed again.", "Selling my old {thing}, DM me, cash only, no lowballers.",
       "This recipe for {food} is amazing, added a bit of lime and chili.", "If you vote for {party} you're an idiot, simple as that.", "Click here to win a free {thing}!!! limited offer bit.ly/{code}",
       "My landlord hasn't fixed the heating in three weeks. What are my rights?", "Congrats to my sister on finishing her nursing degree!!"],
  es: ["Acabo de volver de {place} y el servicio fue {adj}.", "¿A alguien más se le rompió el {thing} después de la actualización?", "Vendo mi {thing}, solo efectivo.",
       "Esta receta de {food} está buenísima.", "El árbitro no vio nada, otra vez robaron a {team}.", "Gana un {thing} gratis aquí bit.ly/{code}"],
  ru: ["Только что вернулся из {place}, обслуживание было ужасным.", "У кого-нибудь ещё {thing} перестал работать после обновления?", "Продаю {thing}, только наличные.",
       "Рецепт {food} просто отличный, добавил немного лайма.", "Судья опять ничего не увидел."],
  ar: ["عدت للتو من {place} والخدمة كانت سيئة جدا.", "هل توقف {thing} عن العمل عند أحد بعد التحديث؟", "أبيع {thing} القديم، نقدا فقط.", "وصفة {food} رائعة جدا."],
  hi: ["अभी {place} से लौटा हूँ, सर्विस बहुत खराब थी।", "क्या किसी और का {thing} अपडेट के बाद बंद हो गया?", "अपना पुराना {thing} बेच रहा हूँ, सिर्फ़ कैश।", "{food} की यह रेसिपी कमाल की है।"],
  zh: ["刚从{place}回来，服务太差了，再也不去了。", "更新以后我的{thing}老是闪退，有人一样吗？", "出二手{thing}，只收现金。", "这个{food}的做法太好吃了。", "裁判又没看到，{team}又被黑了。"],
  ja: ["{place}から帰ってきたけど、サービスが最悪だった。", "アップデート後に{thing}が落ちるの自分だけ？", "中古の{thing}売ります。現金のみ。", "この{food}のレシピ最高。"],
  ko: ["{place}에서 방금 돌아왔는데 서비스가 너무 별로였어요.", "업데이트 후에 {thing} 계속 꺼지는 사람 있나요?", "중고 {thing} 팝니다. 현금만.", "이 {food} 레시피 진짜 맛있어요."],
  th: ["เพิ่งกลับมาจาก{place} บริการแย่มาก", "มีใครที่{thing}ค้างหลังอัปเดตบ้างไหม", "ขาย{thing}มือสอง เงินสดเท่านั้น", "สูตร{food}นี้อร่อยมาก"],
};
const SLOTS = { place: ["Lisbon", "the airport", "Hotel Miramar", "Bangkok", "the DMV", "Seoul", "Cairo", "Delhi"], adj: ["terrible", "great", "okay", "awful", "surprisingly good"],
  thing: ["phone", "router", "PS5", "bike", "laptop", "smartwatch", "camera"], team: ["Boca", "Arsenal", "Spartak", "Al Ahly", "Lakers"], food: ["pad thai", "tacos", "borscht", "biryani", "ramen", "kimchi stew"],
  party: ["the Greens", "the Liberals", "the other lot"], code: ["x9F2a", "free4u", "Qz81k", "win22"] };
export function post(r) {
  const lang = r.pick(Object.keys(POSTS));
  const text = r.pick(POSTS[lang]).replace(/\{(\w+)\}/g, (_, k) => r.pick(SLOTS[k]));
  return { lang, text: text + (r() < 0.3 ? " " + r.pick(["#fail", "lol", "🙄", "!!", "😂", "#ad", "…"]) : "") + (r() < 0.5 ? ` [${r.int(1, 9999)}]` : "") };
}
