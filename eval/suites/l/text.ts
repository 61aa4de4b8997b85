/**
 * Suite l text: per-language phrase banks (written for this suite, natively in each language),
 * answer-text synthesis for assistant turns in histories, and the question pools used by honest
 * users and by harvesters.
 */
import { type Rng, tok } from "./core.ts";

export type Lang = "en" | "es" | "de" | "fr" | "pt" | "ja" | "zh";
export const LANGS: Lang[] = ["en", "es", "de", "fr", "pt", "ja", "zh"];

interface Bank {
  cont: string[]; next: string[]; thanks: string[]; small: string[]; ref: string[];
  ans: string[]; open: string[]; close: string[];
  then: string[]; deeper: string[]; variant: string[]; essay: string[]; part1: string[];
  hardT: string[]; hardTopics: string[];
}

export const B: Record<Lang, Bank> = {
  en: {
    cont: ["continue", "go on", "keep going", "continue please", "you got cut off, continue", "continue from where you stopped", "more", "pls continue"],
    next: ["next section", "ok next part", "next part please", "now the next section", "great, keep going with the next part", "next"],
    thanks: ["thanks!", "ok got it", "makes sense", "perfect, thank you", "nice", "cool", "ahh ok", "that helps a lot"],
    small: ["haha that's fun", "how's your day going?", "i'm so tired today lol", "what do you like to do for fun?", "ugh mondays", "do you ever get bored?", "i just made coffee", "tell me something nice", "good morning!", "lol ok", "i missed talking to you", "it's raining here again"],
    ref: ["wait, in step {n} why did you do that?", "can you go back to your point about {t}?", "earlier you said something about {t}, can you expand on that?", "i don't get the second part of your answer", "is that the same thing you mentioned at the start?", "how does that fit with what you said before?", "can you redo the last one but simpler?", "so going back to {t}, what's the catch?"],
    ans: ["Let's start with what we already know about {t}.", "Step {n}: isolate the part that changes and keep the rest fixed.", "The key idea here is that {t} behaves differently at the boundary.", "A common mistake is to skip this check, so let's verify it.", "In practice, most people handle {t} in two stages.", "This follows directly from the previous step.", "To make this concrete, consider a small example.", "Notice that the second term cancels out.", "That gives us a cleaner expression to work with.", "There are trade-offs, and the right choice depends on your constraints.", "If we substitute back, the result checks out.", "So the short answer is yes, with one caveat about {t}.", "Here is how I would structure it.", "Finally, we compare both cases and pick the smaller one."],
    open: ["hi", "hey", "hello!", "hi there", "good evening"],
    close: ["thanks, that's all for now", "ok i have to go, bye", "great, thanks a lot!", "that's everything, cheers"],
    then: ["Good. Then: {q}", "ok. next: {q}", "thanks. then {q}", "Continue. Then: {q}", "Got it. Now: {q}", "Next one: {q}", "and then: {q}"],
    deeper: ["Explain step {n} in much more detail, with every intermediate calculation.", "Go deeper on the reasoning behind step {n}; do not skip anything.", "Expand the justification of each step; assume I'm checking it line by line."],
    variant: ["Now make a harder variant of this problem and solve it fully, step by step.", "Give a variation with different numbers and work it out completely.", "Create a related but more difficult question and give the full worked solution."],
    essay: ["Tell me everything you know about {t}. Make it a long, detailed essay with sections and examples.", "I want to learn all about {t} tonight. Write me a complete, in-depth explanation, the longer the better.", "Can you write me a really thorough essay on {t}? Cover history, mechanisms, examples and open questions."],
    part1: ["Write a complete, exhaustive treatment of {t}. It will be long, so write only part 1 of {k} now and stop; I'll ask for the next part.", "I need an in-depth guide to {t} in {k} parts. Write part 1 only, as detailed as possible, then stop and wait."],
    hardT: ["Explain step by step how {t} works, deriving every result from first principles.", "Give a rigorous, step-by-step explanation of {t}, including a worked example with all calculations.", "Walk through {t} in full detail: definitions, the derivation, a worked example and common pitfalls.", "Prove the main result behind {t}. Show every step of the reasoning.", "Compare the main approaches to {t}, reasoning carefully about their trade-offs, then give a recommendation.", "Think step by step: what are the assumptions behind {t}, and what breaks when each one fails?", "Write a detailed tutorial on {t} with exercises and fully worked solutions."],
    hardTopics: ["the Cooley-Tukey FFT", "Bayesian updating with conjugate priors", "the Black-Scholes equation", "Dijkstra's algorithm and its correctness", "the Krebs cycle", "Maxwell's equations in differential form", "the central limit theorem", "public-key cryptography with RSA", "the Raft consensus protocol", "eigenvalue decomposition", "the Nash equilibrium in mixed strategies", "Fourier series convergence", "backpropagation in neural networks", "the Laplace transform for ODEs", "Bernoulli's principle", "the causes of the 2008 financial crisis", "dynamic programming for the knapsack problem", "Gödel's incompleteness theorems", "the photoelectric effect", "the Monty Hall problem", "transformers and self-attention", "Lagrangian mechanics", "the Calvin cycle", "Markov chain Monte Carlo", "CAP theorem trade-offs", "the Ricardian model of comparative advantage", "Riemann sums and the definite integral", "entropy in thermodynamics", "the Chinese remainder theorem", "B-tree indexes in databases", "the Schrödinger equation for a particle in a box", "principal component analysis", "game-theoretic auctions", "the Hardy-Weinberg equilibrium", "LR parsing", "the Fed's monetary policy transmission", "Kirchhoff's circuit laws", "the law of large numbers", "garbage collection in the JVM", "the Doppler effect", "linear programming with the simplex method", "the Pythagorean theorem's proofs", "Bayes nets and d-separation", "special relativity's time dilation", "hash tables with open addressing", "the IS-LM model", "protein folding", "Kalman filters", "the Banach fixed-point theorem", "TCP congestion control", "the Carnot cycle", "gradient descent convergence", "the Peace of Westphalia", "the Fermi paradox", "matrix determinants", "quicksort's expected running time", "supply and demand elasticity", "the double-slit experiment", "mitosis versus meiosis", "compound interest and annuities", "the Byzantine generals problem", "graph coloring", "the Miller-Rabin primality test", "Keynesian multipliers", "the Navier-Stokes equations"],
  },
  es: {
    cont: ["continúa", "sigue", "sigue por favor", "se cortó, continúa", "continúa desde donde te quedaste", "más"],
    next: ["siguiente sección", "siguiente parte", "ahora la siguiente parte, por favor", "sigue con la próxima sección"],
    thanks: ["¡gracias!", "vale, entendido", "tiene sentido", "perfecto, gracias", "genial", "ahh ok"],
    small: ["jaja qué bueno", "¿qué tal tu día?", "hoy estoy cansadísima", "acabo de hacer café", "uf, qué lunes", "¿te aburres alguna vez?", "buenos días!", "aquí vuelve a llover"],
    ref: ["espera, ¿por qué hiciste eso en el paso {n}?", "¿puedes volver a lo que dijiste sobre {t}?", "antes mencionaste {t}, ¿me lo explicas mejor?", "no entiendo la segunda parte de tu respuesta", "¿eso es lo mismo que dijiste al principio?", "¿puedes repetir el último pero más fácil?"],
    ans: ["Empecemos por lo que ya sabemos sobre {t}.", "Paso {n}: despejamos la parte que cambia y dejamos fijo el resto.", "La idea clave es que {t} se comporta distinto en el límite.", "Un error habitual es saltarse esta comprobación, así que verifiquémosla.", "Esto se deduce directamente del paso anterior.", "Para verlo mejor, tomemos un ejemplo pequeño.", "Fíjate en que el segundo término se cancela.", "Si sustituimos de nuevo, el resultado cuadra.", "En resumen: sí, con un matiz sobre {t}."],
    open: ["hola", "buenas", "hola!", "buenas tardes"],
    close: ["gracias, eso es todo", "vale, me tengo que ir", "¡mil gracias!"],
    then: ["Bien. Ahora: {q}", "vale. siguiente: {q}", "gracias. luego: {q}", "Continúa. Después: {q}"],
    deeper: ["Explica el paso {n} con mucho más detalle, con todos los cálculos intermedios.", "Profundiza en el razonamiento del paso {n}; no te saltes nada."],
    variant: ["Ahora plantea una variante más difícil de este problema y resuélvela paso a paso.", "Dame una versión con otros datos y resuélvela por completo."],
    essay: ["Cuéntame todo lo que sepas sobre {t}. Un ensayo largo y detallado, con secciones y ejemplos.", "Quiero aprender todo sobre {t} esta noche. Escríbeme una explicación completa y profunda."],
    part1: ["Escribe un tratado completo y exhaustivo sobre {t}. Será largo: escribe solo la parte 1 de {k} y detente; luego te pediré la siguiente."],
    hardT: ["Explica paso a paso cómo funciona {t}, deduciendo cada resultado desde los principios básicos.", "Da una explicación rigurosa de {t}, con un ejemplo resuelto y todos los cálculos.", "Demuestra el resultado principal de {t}, mostrando cada paso del razonamiento.", "Razona paso a paso: ¿qué supuestos hay detrás de {t} y qué falla si no se cumplen?", "Escribe un tutorial detallado sobre {t} con ejercicios resueltos."],
    hardTopics: ["la transformada de Fourier", "el teorema de Bayes", "la fotosíntesis", "la ley de Ohm en circuitos mixtos", "la inflación y los tipos de interés", "el algoritmo de Dijkstra", "la segunda ley de la termodinámica", "las integrales por partes", "la independencia de América Latina", "la regresión lineal por mínimos cuadrados", "el ciclo de Krebs", "la relatividad especial", "los números complejos", "la teoría de juegos", "la deriva continental", "la criptografía de clave pública"],
  },
  de: {
    cont: ["weiter", "mach weiter", "bitte weiter", "abgeschnitten, bitte fortsetzen", "weiter, wo du aufgehört hast", "mehr"],
    next: ["nächster Abschnitt", "jetzt der nächste Teil", "nächster Teil bitte", "weiter mit dem nächsten Abschnitt"],
    thanks: ["danke!", "ok, verstanden", "ergibt Sinn", "super, danke", "alles klar", "ah ok"],
    small: ["haha, witzig", "wie geht's dir heute?", "bin heute total müde", "hab mir grad nen Kaffee gemacht", "puh, Montag", "langweilst du dich manchmal?", "guten Morgen!", "hier regnet es schon wieder"],
    ref: ["Moment, warum hast du das in Schritt {n} gemacht?", "kannst du nochmal auf {t} zurückkommen?", "vorhin hast du {t} erwähnt, kannst du das vertiefen?", "den zweiten Teil deiner Antwort verstehe ich nicht", "ist das dasselbe wie am Anfang?", "kannst du das letzte nochmal einfacher erklären?"],
    ans: ["Fangen wir mit dem an, was wir über {t} schon wissen.", "Schritt {n}: Wir isolieren den veränderlichen Teil und halten den Rest fest.", "Der Kernpunkt ist, dass sich {t} am Rand anders verhält.", "Ein häufiger Fehler ist, diese Prüfung auszulassen, also prüfen wir sie.", "Das folgt direkt aus dem vorigen Schritt.", "Zur Veranschaulichung ein kleines Beispiel.", "Man sieht, dass sich der zweite Term weghebt.", "Setzen wir zurück ein, stimmt das Ergebnis.", "Kurz gesagt: ja, mit einer Einschränkung bei {t}."],
    open: ["hallo", "hi", "moin", "guten Abend"],
    close: ["danke, das war's erstmal", "ok, ich muss los", "vielen Dank!"],
    then: ["Gut. Dann: {q}", "ok. nächste: {q}", "danke. dann {q}", "Weiter. Danach: {q}"],
    deeper: ["Erkläre Schritt {n} viel ausführlicher, mit allen Zwischenrechnungen.", "Geh tiefer auf die Begründung von Schritt {n} ein, ohne etwas auszulassen."],
    variant: ["Stell jetzt eine schwierigere Variante dieser Aufgabe und löse sie Schritt für Schritt.", "Gib mir eine Version mit anderen Zahlen und rechne sie vollständig durch."],
    essay: ["Erzähl mir alles, was du über {t} weißt. Ein langer, ausführlicher Aufsatz mit Abschnitten und Beispielen.", "Ich will heute Abend alles über {t} lernen. Schreib mir eine vollständige, tiefgehende Erklärung."],
    part1: ["Schreibe eine vollständige, erschöpfende Abhandlung über {t}. Sie wird lang: schreibe jetzt nur Teil 1 von {k} und hör dann auf; ich frage nach dem nächsten Teil."],
    hardT: ["Erkläre Schritt für Schritt, wie {t} funktioniert, und leite jedes Ergebnis her.", "Gib eine strenge Erklärung von {t} mit einem vollständig durchgerechneten Beispiel.", "Beweise das zentrale Resultat zu {t} und zeige jeden Schritt.", "Denk Schritt für Schritt: Welche Annahmen stecken hinter {t}, und was passiert, wenn sie nicht gelten?", "Schreib ein ausführliches Tutorial zu {t} mit Übungen und Musterlösungen."],
    hardTopics: ["die Fourier-Transformation", "der Satz von Bayes", "die Photosynthese", "die Kirchhoffschen Regeln", "die Geldpolitik der EZB", "der Dijkstra-Algorithmus", "der zweite Hauptsatz der Thermodynamik", "die partielle Integration", "der Dreißigjährige Krieg", "die lineare Regression", "die Zellatmung", "die spezielle Relativitätstheorie", "die komplexen Zahlen", "das Gefangenendilemma", "die Plattentektonik", "das RSA-Verfahren"],
  },
  fr: {
    cont: ["continue", "vas-y, continue", "continue s'il te plaît", "c'est coupé, continue", "reprends là où tu t'es arrêté", "la suite"],
    next: ["section suivante", "partie suivante", "maintenant la partie suivante, s'il te plaît", "passe à la section suivante"],
    thanks: ["merci !", "ok, compris", "ça a du sens", "parfait, merci", "super", "ah d'accord"],
    small: ["haha trop bien", "ça va ta journée ?", "je suis crevée aujourd'hui", "je viens de me faire un café", "pff, lundi", "tu t'ennuies parfois ?", "bonjour !", "il pleut encore ici"],
    ref: ["attends, pourquoi tu as fait ça à l'étape {n} ?", "tu peux revenir sur ce que tu disais à propos de {t} ?", "tout à l'heure tu as parlé de {t}, tu peux développer ?", "je ne comprends pas la deuxième partie de ta réponse", "c'est la même chose que ce que tu disais au début ?", "tu peux refaire le dernier plus simplement ?"],
    ans: ["Commençons par ce que l'on sait déjà sur {t}.", "Étape {n} : on isole la partie qui varie et on fixe le reste.", "L'idée clé, c'est que {t} se comporte différemment à la limite.", "Une erreur fréquente consiste à sauter cette vérification ; faisons-la.", "Cela découle directement de l'étape précédente.", "Pour que ce soit concret, prenons un petit exemple.", "On remarque que le second terme s'annule.", "En remplaçant, le résultat est cohérent.", "Bref : oui, avec une nuance concernant {t}."],
    open: ["salut", "bonjour", "coucou", "bonsoir"],
    close: ["merci, c'est tout pour l'instant", "ok je dois y aller", "merci beaucoup !"],
    then: ["Bien. Ensuite : {q}", "ok. suivante : {q}", "merci. puis : {q}", "Continue. Ensuite : {q}"],
    deeper: ["Explique l'étape {n} beaucoup plus en détail, avec tous les calculs intermédiaires.", "Approfondis le raisonnement de l'étape {n} sans rien sauter."],
    variant: ["Propose maintenant une variante plus difficile de ce problème et résous-la étape par étape.", "Donne une version avec d'autres valeurs et résous-la entièrement."],
    essay: ["Dis-moi tout ce que tu sais sur {t}. Un long essai détaillé, avec des parties et des exemples.", "Ce soir je veux tout apprendre sur {t}. Écris-moi une explication complète et approfondie."],
    part1: ["Rédige un traité complet et exhaustif sur {t}. Ce sera long : écris seulement la partie 1 sur {k} puis arrête-toi ; je demanderai la suite."],
    hardT: ["Explique étape par étape le fonctionnement de {t}, en démontrant chaque résultat.", "Donne une explication rigoureuse de {t} avec un exemple entièrement calculé.", "Démontre le résultat principal lié à {t}, en détaillant chaque étape.", "Raisonne étape par étape : quelles hypothèses sous-tendent {t}, et que se passe-t-il si elles tombent ?", "Écris un tutoriel détaillé sur {t} avec des exercices corrigés."],
    hardTopics: ["la transformée de Fourier", "le théorème de Bayes", "la photosynthèse", "les lois de Kirchhoff", "la politique monétaire de la BCE", "l'algorithme de Dijkstra", "le deuxième principe de la thermodynamique", "l'intégration par parties", "la Révolution française", "la régression linéaire", "la respiration cellulaire", "la relativité restreinte", "les nombres complexes", "le dilemme du prisonnier", "la tectonique des plaques", "le chiffrement RSA"],
  },
  pt: {
    cont: ["continua", "pode continuar", "continua por favor", "cortou, continua", "continua de onde parou", "mais"],
    next: ["próxima seção", "próxima parte", "agora a próxima parte, por favor", "segue com a próxima seção"],
    thanks: ["valeu!", "ok, entendi", "faz sentido", "perfeito, obrigado", "show", "ahh tá"],
    small: ["kkkk que legal", "como tá seu dia?", "tô morta de cansada hoje", "acabei de passar um café", "aff, segunda-feira", "você fica entediado às vezes?", "bom dia!", "aqui tá chovendo de novo"],
    ref: ["pera, por que você fez isso no passo {n}?", "pode voltar no que você falou sobre {t}?", "antes você mencionou {t}, pode explicar melhor?", "não entendi a segunda parte da sua resposta", "isso é a mesma coisa que você disse no começo?", "pode refazer o último de um jeito mais simples?"],
    ans: ["Vamos começar pelo que já sabemos sobre {t}.", "Passo {n}: isolamos a parte que muda e mantemos o resto fixo.", "A ideia principal é que {t} se comporta diferente no limite.", "Um erro comum é pular essa verificação, então vamos conferir.", "Isso segue direto do passo anterior.", "Para ficar mais concreto, veja um exemplo pequeno.", "Repare que o segundo termo se cancela.", "Substituindo de volta, o resultado confere.", "Resumindo: sim, com uma ressalva sobre {t}."],
    open: ["oi", "olá", "oi!", "boa noite"],
    close: ["valeu, por hoje é só", "ok, tenho que ir", "muito obrigado!"],
    then: ["Certo. Agora: {q}", "ok. próxima: {q}", "valeu. depois: {q}", "Continua. Em seguida: {q}"],
    deeper: ["Explique o passo {n} com muito mais detalhe, com todos os cálculos intermediários.", "Aprofunde o raciocínio do passo {n}, sem pular nada."],
    variant: ["Agora crie uma variante mais difícil deste problema e resolva passo a passo.", "Me dê uma versão com outros números e resolva por completo."],
    essay: ["Me conta tudo o que você sabe sobre {t}. Um texto longo e detalhado, com seções e exemplos."],
    part1: ["Escreva um tratado completo e exaustivo sobre {t}. Vai ser longo: escreva só a parte 1 de {k} e pare; depois eu peço a próxima."],
    hardT: ["Explique passo a passo como funciona {t}, deduzindo cada resultado.", "Dê uma explicação rigorosa de {t}, com um exemplo resolvido e todas as contas.", "Demonstre o resultado principal de {t}, mostrando cada passo.", "Pense passo a passo: quais hipóteses estão por trás de {t} e o que acontece se falharem?", "Escreva um tutorial detalhado sobre {t} com exercícios resolvidos."],
    hardTopics: ["a transformada de Fourier", "o teorema de Bayes", "a fotossíntese", "as leis de Kirchhoff", "a política de juros do Banco Central", "o algoritmo de Dijkstra", "a segunda lei da termodinâmica", "a integração por partes", "a independência do Brasil", "a regressão linear", "a respiração celular", "a relatividade restrita", "os números complexos", "o dilema do prisioneiro", "a tectônica de placas", "a criptografia RSA"],
  },
  ja: {
    cont: ["続けて", "続きをお願い", "途中で切れたので続けてください", "続きから書いて", "もっと"],
    next: ["次のセクション", "次のパートをお願いします", "では次の部分を", "次へ進んで"],
    thanks: ["ありがとう！", "なるほど", "わかりました", "助かります", "了解です", "いいね"],
    small: ["笑 それいいね", "今日はどんな一日だった？", "今日はほんと疲れた", "いまコーヒー淹れたところ", "月曜日はつらい…", "退屈することある？", "おはよう！", "こっちはまた雨だよ"],
    ref: ["ステップ{n}でなぜそうしたのですか？", "さっきの{t}の話に戻ってもいい？", "前に{t}について言っていたけど、もう少し詳しく教えて", "回答の後半がよくわかりません", "それは最初に言っていたことと同じ？", "さっきのをもっと簡単に説明して"],
    ans: ["まず、{t}について分かっていることを整理しましょう。", "ステップ{n}：変化する部分を取り出し、残りは固定します。", "ポイントは、{t}が境界で異なる振る舞いをすることです。", "この確認を飛ばすのはよくある間違いなので、確かめておきます。", "これは前のステップから直接導かれます。", "具体的に、小さな例で考えてみましょう。", "第二項が打ち消し合うことに注目してください。", "元の式に代入すると、結果が一致します。", "結論として、{t}について一点だけ注意が必要です。"],
    open: ["こんにちは", "こんばんは", "やあ", "はじめまして"],
    close: ["ありがとう、今日はここまで", "そろそろ行かなきゃ", "本当に助かりました！"],
    then: ["よし。次は：{q}", "OK。つぎ：{q}", "ありがとう。それから：{q}", "続けて。その次：{q}"],
    deeper: ["ステップ{n}を、途中の計算もすべて含めてもっと詳しく説明してください。", "ステップ{n}の理由を省略せずに掘り下げてください。"],
    variant: ["この問題の難しいバージョンを作って、ステップごとに解いてください。", "数値を変えた類題を作り、完全に解いてください。"],
    essay: ["{t}について知っていることを全部教えて。章立てと例を含む長くて詳しい文章でお願い。"],
    part1: ["{t}について、網羅的な解説を書いてください。長くなるので、まず全{k}部のうち第1部だけを書いて止めてください。続きは後で頼みます。"],
    hardT: ["{t}の仕組みを、各結果を導出しながらステップごとに説明してください。", "{t}について厳密に説明し、すべての計算を含む例題を解いてください。", "{t}の主要な定理を、推論の各段階を示して証明してください。", "ステップごとに考えてください：{t}の前提は何で、それが崩れると何が起きますか？", "{t}について、演習問題と詳しい解答つきのチュートリアルを書いてください。"],
    hardTopics: ["フーリエ変換", "ベイズの定理", "光合成", "キルヒホッフの法則", "日銀の金融政策", "ダイクストラ法", "熱力学第二法則", "部分積分", "明治維新", "線形回帰", "細胞呼吸", "特殊相対性理論", "複素数", "囚人のジレンマ", "プレートテクトニクス", "RSA暗号"],
  },
  zh: {
    cont: ["继续", "接着写", "请继续", "被截断了，继续", "从你停下的地方继续", "还有呢"],
    next: ["下一节", "下一部分", "请写下一部分", "接着写下一节"],
    thanks: ["谢谢！", "明白了", "有道理", "太好了，谢谢", "好的", "原来如此"],
    small: ["哈哈好有意思", "你今天过得怎么样？", "我今天好累", "刚泡了杯咖啡", "周一好难熬", "你会觉得无聊吗？", "早上好！", "这里又下雨了"],
    ref: ["等一下，第{n}步为什么要这样做？", "能回到你刚才说的{t}吗？", "你之前提到{t}，能展开讲讲吗？", "你回答的第二部分我没看懂", "这和你一开始说的是一回事吗？", "能把上一个再讲简单一点吗？"],
    ans: ["我们先整理一下关于{t}已知的内容。", "第{n}步：把变化的部分单独拿出来，其余保持不变。", "关键在于{t}在边界处的表现不同。", "很多人会跳过这个检验，所以我们来验证一下。", "这一步直接由上一步推出。", "为了更具体，我们看一个小例子。", "注意第二项正好抵消。", "代回原式，结果是一致的。", "简单来说：是的，但关于{t}有一点需要注意。"],
    open: ["你好", "嗨", "在吗", "晚上好"],
    close: ["谢谢，今天就到这里", "好，我先走了", "太感谢了！"],
    then: ["好。然后：{q}", "OK。下一个：{q}", "谢谢。接着：{q}", "继续。然后：{q}"],
    deeper: ["请把第{n}步讲得更详细，写出所有中间计算。", "深入解释第{n}步的推理，不要省略任何内容。"],
    variant: ["现在出一道更难的变式题，并一步一步完整解答。", "换一组数字出一道类似的题，并完整解出来。"],
    essay: ["把你知道的关于{t}的一切都告诉我。写一篇分章节、有例子的长文。"],
    part1: ["请写一篇关于{t}的完整、详尽的论述。内容会很长：现在只写全部{k}部分中的第1部分，然后停下，我会再要下一部分。"],
    hardT: ["请一步一步解释{t}的原理，并推导每一个结论。", "请严格讲解{t}，并给出一个包含全部计算过程的例题。", "请证明与{t}有关的主要结论，写出每一步推理。", "请逐步思考：{t}背后有哪些假设？如果假设不成立会怎样？", "请写一篇关于{t}的详细教程，附带练习题和完整解答。"],
    hardTopics: ["傅里叶变换", "贝叶斯定理", "光合作用", "基尔霍夫定律", "央行的货币政策", "迪杰斯特拉算法", "热力学第二定律", "分部积分", "辛亥革命", "线性回归", "细胞呼吸", "狭义相对论", "复数", "囚徒困境", "板块构造", "RSA加密"],
  },
};

export function fill(s: string, v: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k) => (v[k] !== undefined ? String(v[k]) : m));
}

/** Assistant text of about `tokens` tokens (the app's copy of the answer); cut mid-sentence when `cut`. */
export function answerText(r: Rng, lang: Lang, topic: string, tokens: number, cut = false): string {
  const bank = B[lang].ans;
  const parts: string[] = [];
  let n = 0, step = 1;
  while (n < tokens) {
    let s = fill(r.pick(bank), { t: topic, n: step });
    if (r.p(0.35)) { step++; }
    if (r.p(0.12)) s = `${s}\n\n`;
    if (r.p(0.08)) { const a = r.int(2, 99), b = r.int(2, 30); s += ` ${a} × ${b} = ${a * b}.`; }
    parts.push(s);
    n += tok(s) + 1;
  }
  let out = parts.join(lang === "ja" || lang === "zh" ? "" : " ");
  if (cut) out = out.slice(0, Math.max(1, out.length - r.int(3, 18)));
  return out;
}

// ------------------------------------------------------------------ numeric problems (for tutoring and harvesting)
const NAMES: Record<Lang, string[]> = {
  en: ["Maya", "Jordan", "Priya", "Leo", "Sam", "Olivia"], es: ["Lucía", "Mateo", "Valentina", "Diego"], de: ["Jonas", "Lena", "Felix", "Marie"],
  fr: ["Léa", "Hugo", "Chloé", "Louis"], pt: ["Ana", "Pedro", "Beatriz", "Lucas"], ja: ["さくら", "ゆうと", "はると", "あおい"], zh: ["小明", "小红", "李华", "王芳"],
};
type P = (r: Rng, nm: string) => string;
const MATH: Record<Lang, P[]> = {
  en: [
    (r) => `solve ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r) => `what's the derivative of ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x + ${r.int(1, 20)}`,
    (r, n) => `${n} drives ${r.int(40, 300)} km in ${r.int(2, 5)} hours and ${r.int(5, 55)} minutes. what's the average speed?`,
    (r) => `find the area of a circle with radius ${r.int(2, 25)} cm`,
    (r) => `a jacket costs $${r.int(30, 240)} and is ${r.pick([10, 15, 20, 25, 30, 35])}% off. what's the sale price?`,
    (r) => `simplify ${r.int(2, 9)}/${r.int(10, 24)} + ${r.int(1, 9)}/${r.int(3, 12)}`,
    (r) => `integrate x * e^(${r.int(2, 6)}x) dx`,
    (r) => `solve the system ${r.int(1, 5)}x + ${r.int(1, 5)}y = ${r.int(5, 40)} and ${r.int(1, 5)}x - y = ${r.int(0, 12)}`,
    (r) => `probability of getting at least ${r.int(2, 4)} heads in ${r.int(5, 9)} coin flips?`,
    (r) => `how many ways can you arrange the letters of a ${r.int(5, 9)}-letter word with ${r.int(2, 3)} repeated letters`,
  ],
  es: [
    (r) => `resuelve ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r, n) => `${n} recorre ${r.int(40, 300)} km en ${r.int(2, 5)} horas. ¿cuál es su velocidad media?`,
    (r) => `calcula el área de un círculo de radio ${r.int(2, 25)} cm`,
    (r) => `una chaqueta cuesta ${r.int(30, 240)} € con un ${r.pick([10, 15, 20, 25])}% de descuento. ¿cuánto pago?`,
    (r) => `deriva f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x`,
    (r) => `simplifica ${r.int(2, 9)}/${r.int(10, 24)} + ${r.int(1, 9)}/${r.int(3, 12)}`,
  ],
  de: [
    (r) => `löse ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r, n) => `${n} fährt ${r.int(40, 300)} km in ${r.int(2, 5)} Stunden. Wie hoch ist die Durchschnittsgeschwindigkeit?`,
    (r) => `Berechne die Fläche eines Kreises mit Radius ${r.int(2, 25)} cm`,
    (r) => `Leite f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x ab`,
    (r) => `Eine Jacke kostet ${r.int(30, 240)} € und ist um ${r.pick([10, 15, 20, 25])} % reduziert. Was kostet sie jetzt?`,
  ],
  fr: [
    (r) => `résous ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r, n) => `${n} parcourt ${r.int(40, 300)} km en ${r.int(2, 5)} heures. Quelle est sa vitesse moyenne ?`,
    (r) => `calcule l'aire d'un disque de rayon ${r.int(2, 25)} cm`,
    (r) => `dérive f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x`,
    (r) => `une veste coûte ${r.int(30, 240)} € avec ${r.pick([10, 15, 20, 25])} % de réduction. Combien je paie ?`,
  ],
  pt: [
    (r) => `resolve ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r, n) => `${n} percorre ${r.int(40, 300)} km em ${r.int(2, 5)} horas. qual a velocidade média?`,
    (r) => `calcula a área de um círculo de raio ${r.int(2, 25)} cm`,
    (r) => `deriva f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x`,
    (r) => `uma jaqueta custa R$ ${r.int(60, 480)} com ${r.pick([10, 15, 20, 25])}% de desconto. quanto fica?`,
  ],
  ja: [
    (r) => `${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)} を解いてください`,
    (r, n) => `${n}さんは${r.int(40, 300)}kmを${r.int(2, 5)}時間で走りました。平均の速さは？`,
    (r) => `半径${r.int(2, 25)}cmの円の面積を求めて`,
    (r) => `f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x を微分してください`,
  ],
  zh: [
    (r) => `解方程 ${r.int(2, 9)}x + ${r.int(1, 30)} = ${r.int(31, 120)}`,
    (r, n) => `${n}用${r.int(2, 5)}小时走了${r.int(40, 300)}公里，平均速度是多少？`,
    (r) => `求半径为${r.int(2, 25)}厘米的圆的面积`,
    (r) => `求 f(x) = ${r.int(2, 7)}x^${r.int(2, 5)} - ${r.int(1, 9)}x 的导数`,
  ],
};
export function mathProblem(r: Rng, lang: Lang): string {
  return r.pick(MATH[lang])(r, r.pick(NAMES[lang]));
}

/** A harvester's high-value ask: a reasoning template over a topic, or a competition-style numeric problem. */
export function hardAsk(r: Rng, lang: Lang): { q: string; topic: string } {
  const b = B[lang];
  if (r.p(0.22)) {
    const p = mathProblem(r, lang);
    const wrap: Record<Lang, string> = {
      en: "Solve this, reasoning step by step and justifying every step: ", es: "Resuelve razonando paso a paso y justificando cada paso: ",
      de: "Löse das, Schritt für Schritt und mit Begründung jedes Schritts: ", fr: "Résous en raisonnant étape par étape et en justifiant chaque étape : ",
      pt: "Resolva raciocinando passo a passo e justificando cada passo: ", ja: "各ステップの根拠を示しながら順を追って解いてください：", zh: "请逐步推理并说明每一步的理由来解答：",
    };
    return { q: wrap[lang] + p, topic: p.slice(0, 24) };
  }
  const t = r.pick(b.hardTopics);
  let q = fill(r.pick(b.hardT), { t });
  if (lang === "en" && r.p(0.35)) q += r.pick([" Use LaTeX for formulas.", " Aim for at least 1500 words.", " Include a short self-check at the end.", " Target audience: graduate students.", " Number each step."]);
  return { q, topic: t };
}

// ------------------------------------------------------------------ honest domain text
export const TUTOR_TOPICS: Record<"en" | "es" | "pt", string[]> = {
  en: ["linear equations", "fractions", "derivatives", "percentages", "the water cycle", "photosynthesis", "the French Revolution", "probability"],
  es: ["ecuaciones lineales", "fracciones", "derivadas", "porcentajes", "el ciclo del agua", "la fotosíntesis"],
  pt: ["equações do 1º grau", "frações", "derivadas", "porcentagem", "o ciclo da água", "a fotossíntese"],
};
export const TUTOR_CONCEPT: Record<"en" | "es" | "pt", string[]> = {
  en: ["why do we flip the inequality sign when dividing by a negative?", "what's the difference between mitosis and meiosis", "can you explain what a function is, like simply", "why does the water cycle matter for weather", "my teacher said 'common denominator', what does that mean", "what caused the french revolution in like 5 points", "how do i know when to use the chain rule"],
  es: ["¿por qué se cambia el signo de la desigualdad al dividir entre un negativo?", "¿qué diferencia hay entre mitosis y meiosis?", "¿qué es una función, explicado fácil?", "¿cómo sé cuándo usar la regla de la cadena?"],
  pt: ["por que a gente inverte o sinal da desigualdade quando divide por negativo?", "qual a diferença entre mitose e meiose?", "o que é uma função, explicando fácil?", "como eu sei quando usar a regra da cadeia?"],
};
