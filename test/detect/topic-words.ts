/** Test fixture: the other languages' topic words of src/detect/topics.ts (FOREIGN), by topic. */
export const FOREIGN_TOPIC_WORDS: [number, string[]][] = [
  [0, ["银行","账户","转账","信用卡","銀行","口座","банк","счёт","карт","cuenta","tarjeta","banco","compte","banque","konto"]],
  [1, ["方程","数学","计算","概率","数学的","計算","уравнени","вычисл","ecuación","équation","gleichung"]],
  [2, ["代码","函数","编程","程序","コード","関数","プログラム","код","функци","програм","código","función","fonction","funktion"]],
  [3, ["医生","疾病","症状","健康","病気","врач","болезн","здоров","médico","salud","santé","krankheit"]],
  [4, ["法律","政府","закон","правительств","ley ","gobierno","loi ","gesetz"]],
  [5, ["食谱","料理","рецепт","receta","recette","rezept"]],
  [6, ["旅行","旅游","путешеств","viaje","voyage","reise"]],
  [7, ["历史","歴史","истори","historia","histoire","geschichte"]],
  [8, ["物理","физик","física","physique","physik"]],
  [9, ["生物","биолог","biología","biologie"]],
  [11, ["故事","诗","物語","рассказ","стих","cuento","poema","poème","gedicht"]],
  [12, ["公司","市场","会社","бизнес","компани","empresa","entreprise","unternehmen"]],
  [17, ["人工智能","机器学习","模型","нейросет","inteligencia artificial","intelligence artificielle"]],
  [22, ["翻译","翻訳","перевед","traduc","übersetz"]],
];

/** Texts and their topic: stems shared by two topics, word ends at non-ASCII and punctuation, the
 *  phrase alternation (overlaps, repeats, the longest at a position), a phrase ending in a space. */
export const TOPIC_CASES: readonly (readonly [string, number])[] = [
    ["carbon climate", 20], ["carbon molecule", 10], ["paint home", 24], ["paint music", 15], ["drug crime", 3], ["drug doctor", 3],
    ["java~", 2], ["java{", 2], ["java\u00e9", 2], ["ai~", 17], ["app\u00e9 bank", 0], ["javascript java", 2], ["class\u00a0", 2], ["def  def", 2],
    ["bank card java ,;", 0], ["bank card java", 0], ["banking", 0], ["computer\u0080bank", 0], ["x\u0080y", -1],
    ["la ley", -1], ["la loi", -1], ["la ley ", 4], ["sun", 31],
    ["meaning of life in one word", 19], ["meaning of life", 19], ["meaning of", 22], ["which of the following is true or false", 29],
    ["the exchange rate of the exchange rate", 0], ["sum of how many", 1], ["$ $ $ $ bank card loan", 0], ["$ bank card loan", 0],
    ["c++ c++ c++ python", 2], ["\u6570\u5b66\u7684 trip flight", 6], ["\u6570\u5b66 trip", 1], ["machine learning and deep learning in data science", 17],
  ];
