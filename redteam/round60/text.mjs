// Text composed for round 60: questions real users of a study / work assistant type, by language,
// with slots filled per request so payloads are as varied as real users' are.

export const Q = {
  en: [
    "A train leaves at {h}:15 and travels {n} km at {v} km/h. When does it arrive?",
    "How do I solve {a}x + {b} = {c}? I keep getting a fraction.",
    "Why does ice float on water? My kid asked and I could not explain it.",
    "What is the derivative of x^{a} * sin(x)? Our teacher said to use the product rule.",
    "Can you check my reasoning: if {a} workers build a wall in {b} days, do {c} workers need {d} days?",
    "Explain the difference between mitosis and meiosis for a test tomorrow.",
    "My Python loop over {n} rows is slow, should I use pandas apply or vectorize?",
    "Is {n} a prime number? How would I check quickly without a calculator?",
    "What caused the fall of the Western Roman Empire, in a few points?",
    "How much interest do I pay on a {n} loan at {a}% over {b} years?",
    "Why is my SQL query with GROUP BY returning duplicate rows for customer {n}?",
    "What's the probability of getting at least two sixes in {a} dice rolls?",
    "Summarise the main argument of Kant's categorical imperative for a seminar.",
    "My landlord wants {n} deposit for a flat of {a} per month. Is that normal?",
    "How do vaccines train the immune system? Keep it simple please.",
    "Plan a {a}-day revision schedule for chemistry, physics and maths.",
  ],
  es: [
    "¿Cómo resuelvo la ecuación {a}x - {b} = {c}? No me sale el resultado del libro.",
    "¿Por qué el cielo es azul y al atardecer se vuelve rojo?",
    "Tengo {n} euros ahorrados y quiero saber cuánto tendré en {b} años al {a}% anual.",
    "¿Qué diferencia hay entre el pretérito perfecto y el indefinido? Pon ejemplos.",
    "Explícame la fotosíntesis para un examen de segundo de la ESO.",
    "¿Cuál es la probabilidad de sacar {a} caras seguidas con una moneda?",
    "¿Por qué mi código en JavaScript devuelve undefined en la línea {n}?",
    "Resume las causas de la Guerra Civil española en cinco puntos.",
  ],
  de: [
    "Wie löse ich die Gleichung {a}x² - {b}x + {c} = 0? Die Mitternachtsformel verwirrt mich.",
    "Warum fällt der Mond nicht auf die Erde?",
    "Ich habe {n} Euro Gehalt brutto, wie viel bleibt in Steuerklasse {a} ungefähr netto?",
    "Was ist der Unterschied zwischen Akkusativ und Dativ? Bitte mit Beispielen.",
    "Erkläre mir die Ursachen des Ersten Weltkriegs kurz für ein Referat.",
    "Wie berechne ich den Flächeninhalt eines Dreiecks mit den Seiten {a}, {b} und {c}?",
  ],
  fr: [
    "Comment résoudre {a}x + {b} = {c} ? Je bloque sur la dernière étape.",
    "Pourquoi les feuilles changent-elles de couleur en automne ?",
    "Quelle est la différence entre l'imparfait et le passé composé ?",
    "Combien de temps faut-il pour parcourir {n} km à {v} km/h ?",
    "Explique-moi la loi d'Ohm avec un exemple de circuit simple.",
    "Quelles sont les causes de la Révolution française, en quelques points ?",
  ],
  pt: [
    "Como resolvo {a}x + {b} = {c}? Sempre erro o sinal.",
    "Por que o gelo flutua na água?",
    "Qual a diferença entre célula animal e vegetal? É para uma prova amanhã.",
    "Quanto rende {n} reais na poupança em {b} anos a {a}% ao ano?",
    "Explique o teorema de Pitágoras com um exemplo de {a}, {b} e a hipotenusa.",
  ],
  ja: [
    "{a}x + {b} = {c} の解き方を教えてください。途中で分からなくなります。",
    "なぜ空は青いのですか？子どもに聞かれて説明できませんでした。",
    "光合成の仕組みを中学生にも分かるように説明してください。",
    "{n}円を年利{a}%で{b}年預けるといくらになりますか？",
    "関ヶ原の戦いの原因と結果を簡単にまとめてください。",
  ],
  pl: [
    "Jak rozwiązać równanie {a}x - {b} = {c}? Wychodzi mi ułamek.",
    "Dlaczego niebo jest niebieskie?",
    "Wyjaśnij różnicę między mitozą a mejozą na sprawdzian.",
    "Ile wyniesie rata kredytu {n} zł na {b} lat przy {a}% rocznie?",
  ],
};

export const FOLLOW = {
  en: ["Can you explain the second step again?", "What if the number were {a} instead?", "Thanks! And how would I check the answer?", "Could you give me a similar exercise to practise?", "I still don't get why we divide there.", "Ok, and in one sentence for my notes?"],
  es: ["¿Puedes explicar otra vez el segundo paso?", "¿Y si el número fuera {a}?", "Gracias. ¿Cómo compruebo el resultado?", "Dame un ejercicio parecido para practicar."],
  de: ["Kannst du den zweiten Schritt nochmal erklären?", "Und wenn die Zahl {a} wäre?", "Danke! Wie kann ich das Ergebnis überprüfen?", "Gib mir bitte eine ähnliche Übungsaufgabe."],
  fr: ["Tu peux réexpliquer la deuxième étape ?", "Et si le nombre était {a} ?", "Merci ! Comment vérifier le résultat ?", "Donne-moi un exercice similaire."],
  pt: ["Pode explicar o segundo passo de novo?", "E se o número fosse {a}?", "Obrigado! Como confiro a resposta?"],
  ja: ["二番目のステップをもう一度説明してもらえますか？", "数が{a}だったらどうなりますか？", "ありがとうございます。答えの確かめ方は？"],
  pl: ["Możesz jeszcze raz wyjaśnić drugi krok?", "A gdyby liczba wynosiła {a}?", "Dzięki! Jak sprawdzić wynik?"],
};

export const ANS = {
  en: ["First, write down what is given and what is asked.", "Subtract the constant from both sides to isolate the term with x.", "Then divide both sides by the coefficient.", "This works because both sides stay equal after the same operation.", "A quick check is to substitute the value back into the original equation.", "In short, the key idea is balance.", "Water molecules form a hexagonal lattice when they freeze, which takes more space.", "The result is about the same as your estimate, so it looks right.", "Remember to keep the units consistent throughout.", "Here is a compact summary you can copy into your notes."],
  es: ["Primero, escribe los datos y lo que se pide.", "Resta la constante en ambos lados para aislar la x.", "Después divide entre el coeficiente.", "Así la igualdad se mantiene en todo momento.", "Para comprobarlo, sustituye el valor en la ecuación original.", "En resumen, la idea clave es el equilibrio."],
  de: ["Zuerst schreibst du auf, was gegeben und was gesucht ist.", "Dann ziehst du auf beiden Seiten die Konstante ab.", "Anschließend teilst du durch den Koeffizienten.", "Zur Probe setzt du den Wert in die Ausgangsgleichung ein.", "Kurz gesagt: beide Seiten bleiben im Gleichgewicht."],
  fr: ["D'abord, note les données et ce qu'on cherche.", "Soustrais la constante des deux côtés pour isoler x.", "Ensuite, divise par le coefficient.", "Pour vérifier, remplace x dans l'équation de départ.", "En bref, l'idée clé est l'équilibre."],
  pt: ["Primeiro, anote os dados e o que se pede.", "Subtraia a constante dos dois lados para isolar o x.", "Depois divida pelo coeficiente.", "Para conferir, substitua o valor na equação original."],
  ja: ["まず、分かっていることと求めるものを書き出します。", "両辺から定数を引いて x の項だけにします。", "次に係数で両辺を割ります。", "確かめとして、元の式に値を代入してみましょう。"],
  pl: ["Najpierw zapisz dane i to, czego szukasz.", "Odejmij stałą od obu stron, aby wyizolować x.", "Następnie podziel przez współczynnik.", "Dla sprawdzenia podstaw wynik do równania."],
};

export const LANG_WEIGHTS = [["en", 0.38], ["es", 0.16], ["de", 0.12], ["fr", 0.1], ["pt", 0.1], ["ja", 0.08], ["pl", 0.06]];

export function pickLang(r) {
  let x = r();
  for (const [l, w] of LANG_WEIGHTS) { if (x < w) return l; x -= w; }
  return "en";
}

export function fill(r, s) {
  return s.replace(/\{h\}/g, () => String(r.int(6, 21)))
    .replace(/\{n\}/g, () => String(r.int(12, 98000)))
    .replace(/\{v\}/g, () => String(r.int(40, 160)))
    .replace(/\{[abcd]\}/g, () => String(r.int(2, 19)));
}
