// honest multilingual text: guard estimate vs o200k bill (chat template), ~N chars each
import { startGuard, startOrigin42b, ORIGIN, POLICY, estimateOf, chatPromptTokens } from "./lib.mjs";
export const LANGS = {
  French: "Le présent contrat définit les conditions générales de vente. Les parties s'engagent à respecter les obligations décrites ci-dessous, notamment en matière de livraison, de paiement et de garantie. ",
  German: "Dieser Vertrag regelt die allgemeinen Geschäftsbedingungen. Die Parteien verpflichten sich, die nachstehend beschriebenen Pflichten zu erfüllen, insbesondere hinsichtlich Lieferung, Zahlung und Gewährleistung. ",
  Spanish: "El presente contrato establece las condiciones generales de venta. Las partes se comprometen a cumplir las obligaciones descritas a continuación, en particular en materia de entrega, pago y garantía. ",
  Portuguese: "O presente contrato estabelece as condições gerais de venda. As partes comprometem-se a cumprir as obrigações descritas abaixo, nomeadamente em matéria de entrega, pagamento e garantia. ",
  Polish: "Niniejsza umowa określa ogólne warunki sprzedaży. Strony zobowiązują się do przestrzegania obowiązków opisanych poniżej, w szczególności w zakresie dostawy, płatności i gwarancji. ",
  Czech: "Tato smlouva stanoví všeobecné obchodní podmínky. Smluvní strany se zavazují dodržovat níže popsané povinnosti, zejména pokud jde o dodání, platbu a záruku. ",
  Turkish: "Bu sözleşme genel satış koşullarını belirler. Taraflar, özellikle teslimat, ödeme ve garanti konularında aşağıda açıklanan yükümlülüklere uymayı taahhüt eder. ",
  Romanian: "Prezentul contract stabilește condițiile generale de vânzare. Părțile se obligă să respecte obligațiile descrise mai jos, în special în ceea ce privește livrarea, plata și garanția. ",
  Vietnamese: "Hợp đồng này quy định các điều kiện chung về mua bán. Các bên cam kết tuân thủ các nghĩa vụ được mô tả dưới đây, đặc biệt là về giao hàng, thanh toán và bảo hành. ",
  Icelandic: "Þessi samningur setur fram almenna söluskilmála. Aðilar skuldbinda sig til að uppfylla skyldurnar sem lýst er hér að neðan, einkum varðandi afhendingu, greiðslu og ábyrgð. ",
  Yoruba: "Àdéhùn yìí ṣàlàyé àwọn òfin gbogbogbò ti títà. Àwọn ẹgbẹ́ méjèèjì ṣèlérí láti tẹ̀lé àwọn ojúṣe tí a ṣàlàyé nísàlẹ̀ yìí, pàápàá nípa ìfijíṣẹ́, ìsanwó àti ìdánilójú. ",
  "Ancient Greek (polytonic)": "Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν, καὶ θεὸς ἦν ὁ λόγος. Οὗτος ἦν ἐν ἀρχῇ πρὸς τὸν θεόν. Πάντα δι᾽ αὐτοῦ ἐγένετο. ",
  "Modern Greek": "Η παρούσα σύμβαση ορίζει τους γενικούς όρους πώλησης. Τα μέρη δεσμεύονται να τηρούν τις υποχρεώσεις που περιγράφονται παρακάτω, ιδίως όσον αφορά την παράδοση. ",
  Ukrainian: "Цей договір визначає загальні умови продажу. Сторони зобов'язуються виконувати зобов'язання, описані нижче, зокрема щодо доставки, оплати та гарантії. ",
  Kazakh: "Бұл шарт сатудың жалпы шарттарын белгілейді. Тараптар төменде сипатталған міндеттемелерді, әсіресе жеткізу, төлем және кепілдік бойынша орындауға міндеттенеді. ",
  Persian: "این قرارداد شرایط عمومی فروش را تعیین می‌کند. طرفین متعهد می‌شوند تعهدات شرح داده شده در زیر را به ویژه در مورد تحویل، پرداخت و ضمانت رعایت کنند. ",
  Urdu: "یہ معاہدہ فروخت کی عمومی شرائط طے کرتا ہے۔ فریقین نیچے بیان کردہ ذمہ داریوں کی پابندی کرنے کا عہد کرتے ہیں، خاص طور پر ترسیل، ادائیگی اور ضمانت کے حوالے سے۔ ",
  Amharic: "ይህ ውል አጠቃላይ የሽያጭ ሁኔታዎችን ይወስናል። ተዋዋይ ወገኖች ከዚህ በታች የተገለጹትን ግዴታዎች ለማክበር ቃል ገብተዋል። ",
  Burmese: "ဤစာချုပ်သည် ရောင်းချမှုဆိုင်ရာ အထွေထွေ စည်းကမ်းချက်များကို သတ်မှတ်သည်။ ",
  Khmer: "កិច្ចសន្យានេះកំណត់លក្ខខណ្ឌទូទៅនៃការលក់។ ភាគីទាំងពីរសន្យាគោរពកាតព្វកិច្ចដែលបានពិពណ៌នាខាងក្រោម។ ",
  Korean: "본 계약은 일반 판매 조건을 정합니다. 당사자들은 특히 배송, 결제 및 보증과 관련하여 아래에 설명된 의무를 준수할 것을 약속합니다. ",
  "Chinese (traditional)": "本合約規定一般銷售條件。雙方承諾遵守下列義務，特別是關於交貨、付款及保固之規定。",
};
if (import.meta.url === `file://${process.argv[1]}`) {
  const N = +(process.env.N || 12000);
  const o = await startOrigin42b(ORIGIN);
  const g = await startGuard({ policy: POLICY() });
  try {
    for (const [name, s] of Object.entries(LANGS)) {
      const t = s.repeat(Math.ceil(N / s.length)).slice(0, N);
      const body = { model: "gpt-4.1|words=1", max_tokens: 1, messages: [{ role: "user", content: t }] };
      const e = await estimateOf(g, body); const est = e.reserved - 1; const billed = chatPromptTokens(body);
      console.log(name.padEnd(26), "est", String(est).padStart(6), "billed", String(billed).padStart(6), "est/billed", (est / billed).toFixed(2));
    }
  } finally { await g.stop(); await o.close(); }
}
