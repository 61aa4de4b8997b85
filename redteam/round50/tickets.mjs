// support-ticket text generator (shared by several findings; inlined)
export const TICKETS = {
  en: {
    open: ["Hi,", "Hello team,", "Good morning,", "Hey there,", "Dear support,", "Hi folks,"],
    issues: [
      "I was charged twice for my {plan} subscription this month (invoice {inv}). Can you refund the duplicate charge?",
      "My order {ord} was marked as delivered on {day} but nothing arrived. The tracking shows it at a depot in {city}.",
      "Since the last app update the sync between my phone and the desktop client stops after a few minutes and I get error {err}.",
      "I can't log in anymore: the password reset email never arrives, I checked spam. My account email is {mail}.",
      "We want to upgrade from {plan} to the Business plan for 14 seats. How is the remaining period prorated?",
      "The CSV export of our sales report cuts off after 10,000 rows. Is there a limit or is this a bug?",
      "The {prod} I bought heats up a lot when charging and the battery drops from 80% to 20% in an hour.",
      "Our webhook endpoint receives each event three times since {day}. Signature check passes every time.",
      "I'd like to cancel my subscription but keep access until the end of the billing period. Is that possible?",
      "The discount code {code} is rejected at checkout although the newsletter said it's valid until the end of the month.",
      "Our SSO with Okta broke after we rotated the certificate; users get 'invalid assertion' on login.",
      "I need a VAT invoice with our company name and tax ID for order {ord}; the one I downloaded shows only my name.",
      "The {prod} arrived with a cracked screen. I have photos of the box. What are my options for a replacement?",
      "Two-factor codes from the authenticator app are always rejected, even right after generating them.",
      "The API returns 502 for about 5% of requests to /v2/orders since yesterday around {time} UTC.",
      "Can I transfer my licence to a new laptop? The old one was stolen and I can't deactivate it.",
    ],
    close: ["Thanks in advance.", "Thanks!", "Best regards, {name}", "Appreciate the help.", "Cheers, {name}", ""],
    names: ["Mark", "Priya", "Tom", "Aisha", "Jonas", "Emily", "Rafael", "Chen"],
  },
  es: {
    open: ["Hola,", "Buenos días,", "Hola equipo,"],
    issues: [
      "Me cobraron dos veces la suscripción {plan} este mes (factura {inv}). ¿Pueden devolver el cargo duplicado?",
      "Mi pedido {ord} figura como entregado el {day} pero no ha llegado nada. El seguimiento lo muestra en {city}.",
      "No puedo iniciar sesión: el correo para restablecer la contraseña nunca llega. Mi correo es {mail}.",
      "El código de descuento {code} no funciona al pagar aunque el boletín decía que es válido.",
      "El {prod} que compré llegó con la pantalla rota. ¿Cómo pido un reemplazo?",
      "Quiero cancelar la suscripción pero mantener el acceso hasta el final del periodo.",
    ],
    close: ["Gracias.", "Saludos, {name}", "Un saludo."], names: ["Lucía", "Diego", "Marta"],
  },
  de: {
    open: ["Hallo,", "Guten Tag,", "Sehr geehrtes Support-Team,"],
    issues: [
      "Mir wurde das {plan}-Abo diesen Monat doppelt berechnet (Rechnung {inv}). Bitte erstatten Sie die doppelte Abbuchung.",
      "Meine Bestellung {ord} ist als zugestellt markiert ({day}), aber es ist nichts angekommen.",
      "Seit dem letzten Update bricht die Synchronisation nach wenigen Minuten ab, Fehler {err}.",
      "Ich brauche eine Rechnung mit Firmenname und USt-IdNr. für Bestellung {ord}.",
      "Der {prod} wird beim Laden sehr heiß und der Akku entlädt sich schnell.",
    ],
    close: ["Danke im Voraus.", "Viele Grüße, {name}", "MfG"], names: ["Jan", "Sabine", "Lukas"],
  },
  fr: {
    open: ["Bonjour,", "Bonjour l'équipe,"],
    issues: [
      "J'ai été débité deux fois pour l'abonnement {plan} ce mois-ci (facture {inv}). Pouvez-vous rembourser ?",
      "Ma commande {ord} est indiquée livrée le {day} mais je n'ai rien reçu.",
      "Le code promo {code} est refusé au paiement alors qu'il est censé être valable.",
      "Impossible de me connecter, l'e-mail de réinitialisation n'arrive jamais ({mail}).",
    ],
    close: ["Merci d'avance.", "Cordialement, {name}"], names: ["Camille", "Hugo", "Léa"],
  },
  ja: {
    open: ["お世話になっております。", "こんにちは。"],
    issues: [
      "今月の{plan}プランの料金が二重に請求されています（請求書 {inv}）。返金をお願いできますか。",
      "注文 {ord} が {day} に配達済みになっていますが、届いていません。",
      "アプリを更新してから同期が数分で止まり、エラー {err} が表示されます。",
      "パスワード再設定のメールが届かずログインできません。メールアドレスは {mail} です。",
    ],
    close: ["よろしくお願いいたします。", "{name}"], names: ["佐藤", "鈴木", "高橋"],
  },
  pt: {
    open: ["Olá,", "Bom dia,"],
    issues: [
      "Fui cobrado duas vezes pela assinatura {plan} este mês (fatura {inv}). Podem estornar?",
      "Meu pedido {ord} aparece como entregue em {day}, mas não chegou nada.",
      "O {prod} que comprei esquenta muito ao carregar e a bateria acaba rápido.",
    ],
    close: ["Obrigado.", "Abraço, {name}"], names: ["Ana", "Pedro", "Bruno"],
  },
};
export function ticket(r) {
  const lang = r() < 0.55 ? "en" : r.pick(["es", "de", "fr", "ja", "pt"]);
  const T = TICKETS[lang];
  const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) => ({
    plan: r.pick(["Starter", "Pro", "Team", "Plus"]), inv: `INV-${r.int(10000, 99999)}`, ord: `#${r.int(1000000, 9999999)}`,
    day: `${r.int(1, 28)}.${r.int(1, 12)}.`, city: r.pick(["Leeds", "Lyon", "Bilbao", "Osaka", "Porto", "Köln", "Denver"]),
    err: `E${r.int(100, 999)}`, mail: `${r.pick(["j.smith", "maria.k", "ops", "t.nguyen", "kenji"])}${r.int(1, 99)}@${r.pick(["gmail.com", "outlook.com", "acme.io"])}`,
    prod: r.pick(["X200 headphones", "Nimbus 3 tablet", "AirDock charger", "Volt e-bike battery", "Pixel frame"]),
    code: r.pick(["SPRING25", "WELCOME10", "VIP-2026", "BLACKFRI"]), time: `${r.int(0, 23)}:${String(r.int(0, 59)).padStart(2, "0")}`,
    name: r.pick(T.names),
  })[k] ?? k);
  const parts = [r.pick(T.open), fill(r.pick(T.issues))];
  if (r() < 0.4) parts.push(fill(r.pick(T.issues)));
  parts.push(fill(r.pick(T.close)));
  return { lang, text: parts.filter(Boolean).join(lang === "ja" ? "" : " ") };
}
