// Extra hand-written content for suite B (code, products, legal, fintech, tools).

// Small code-eval style tasks: [function name, signature args, English docstring].
export const CODE_TASKS: [string, string, string][] = [
  ['sum_top_k', 'xs: list[int], k: int', 'Return the sum of the k largest numbers in xs. If k > len(xs), sum all of them.'],
  ['is_palindrome_ignoring', 's: str', 'Return True if s reads the same backwards, ignoring case, spaces and punctuation.'],
  ['merge_intervals', 'intervals: list[tuple[int, int]]', 'Merge overlapping closed intervals and return them sorted by start.'],
  ['run_length_encode', 's: str', 'Return the run-length encoding of s, e.g. "aaab" -> "a3b1".'],
  ['second_distinct_max', 'xs: list[int]', 'Return the second largest distinct value, or None if it does not exist.'],
  ['count_vowel_words', 'text: str', 'Count words that start with a vowel (a, e, i, o, u), case-insensitive.'],
  ['rotate_matrix', 'm: list[list[int]]', 'Rotate a square matrix 90 degrees clockwise and return the new matrix.'],
  ['balanced_brackets', 's: str', 'Return True if every (, [ and { in s is closed in the right order.'],
  ['digits_product_until_single', 'n: int', 'Multiply the digits of n repeatedly until one digit remains; return how many steps it took.'],
  ['group_anagrams', 'words: list[str]', 'Group words that are anagrams of each other; return groups sorted by their first word.'],
  ['nth_prime', 'n: int', 'Return the n-th prime number (1-indexed).'],
  ['longest_increasing_run', 'xs: list[int]', 'Return the length of the longest strictly increasing contiguous run.'],
  ['to_roman', 'n: int', 'Convert an integer between 1 and 3999 to a Roman numeral.'],
  ['flatten_nested', 'x: list', 'Flatten an arbitrarily nested list of integers.'],
  ['median_of_two', 'a: list[int], b: list[int]', 'Return the median of the union of two sorted lists.'],
  ['word_frequencies_top', 'text: str, n: int', 'Return the n most frequent words as (word, count), ties broken alphabetically.'],
  ['valid_ipv4', 's: str', 'Return True if s is a valid dotted IPv4 address without leading zeros.'],
  ['spiral_order', 'm: list[list[int]]', 'Return the elements of the matrix in clockwise spiral order.'],
  ['min_coins', 'coins: list[int], amount: int', 'Return the fewest coins needed to make amount, or -1 if impossible.'],
  ['camel_to_snake', 's: str', 'Convert a camelCase identifier to snake_case.'],
  ['days_between', 'd1: str, d2: str', 'Given two dates as YYYY-MM-DD, return the absolute number of days between them.'],
  ['max_subarray_sum', 'xs: list[int]', 'Return the maximum sum of a non-empty contiguous subarray.'],
  ['unique_paths_grid', 'rows: int, cols: int, blocked: set[tuple[int, int]]', 'Count paths from top-left to bottom-right moving only right or down, avoiding blocked cells.'],
  ['caesar_shift', 's: str, k: int', 'Shift letters by k positions, keeping case, leaving other characters unchanged.'],
  ['parse_duration', 's: str', 'Parse strings like "1h30m15s" into total seconds.'],
  ['topological_order', 'deps: dict[str, list[str]]', 'Return a topological order of the tasks or raise ValueError on a cycle.'],
  ['matrix_multiply', 'a: list[list[int]], b: list[list[int]]', 'Multiply two matrices; raise ValueError if the shapes do not match.'],
  ['compress_ranges', 'xs: list[int]', 'Turn a sorted list like [1,2,3,5,7,8] into "1-3,5,7-8".'],
  ['kth_smallest_pair_sum', 'a: list[int], b: list[int], k: int', 'Return the k-th smallest sum a[i] + b[j].'],
  ['luhn_valid', 'number: str', 'Return True if the digit string passes the Luhn checksum.'],
];

// "Complete this function" instruction in several languages (for a multilingual code benchmark).
export const CODE_INSTR: Record<string, string> = {
  en: 'Complete the following Python function. Return only the code.',
  tr: 'Aşağıdaki Python fonksiyonunu tamamla. Yalnızca kodu döndür.',
  ru: 'Допиши следующую функцию на Python. Верни только код.',
  ja: '次のPython関数を完成させてください。コードのみを返してください。',
  pt: 'Complete a função Python a seguir. Retorne apenas o código.',
  vi: 'Hoàn thành hàm Python sau. Chỉ trả về mã nguồn.',
  zh: '请补全下面的 Python 函数，只返回代码。',
};

// Developer questions in several languages (coding assistant), with code-switching.
export const CODE_ASK: Record<string, string[]> = {
  en: ['Why does this return undefined sometimes?', 'Can you add unit tests for this?', 'Refactor this to be more readable.', 'This throws a TypeError on the second call, what is wrong?', 'How do I make this async without breaking callers?'],
  tr: ['Bu fonksiyon neden bazen undefined döndürüyor?', 'Buna unit test yazar mısın?', 'Bunu daha okunabilir hale getirir misin, refactor edelim.', 'İkinci çağrıda TypeError alıyorum, sorun ne?', 'Bunu async yapmak istiyorum ama caller\'ları bozmadan nasıl yaparım?'],
  ru: ['Почему эта функция иногда возвращает undefined?', 'Напиши юнит-тесты для этого кода.', 'Сделай рефакторинг, чтобы читалось лучше.', 'На втором вызове падает TypeError, в чём дело?', 'Как сделать это асинхронным и не сломать вызывающий код?'],
  ja: ['この関数がたまにundefinedを返すのはなぜですか？', 'これのユニットテストを書いてください。', '読みやすくリファクタリングしてください。', '2回目の呼び出しでTypeErrorになります。原因は？', '呼び出し側を壊さずにasyncにするにはどうすればいいですか？'],
  pt: ['Por que essa função às vezes retorna undefined?', 'Escreve uns testes unitários pra isso?', 'Refatora isso pra ficar mais legível.', 'Dá TypeError na segunda chamada, o que tá errado?', 'Como deixo isso async sem quebrar quem chama?'],
  vi: ['Sao hàm này thỉnh thoảng trả về undefined vậy?', 'Viết unit test cho đoạn này giúp mình.', 'Refactor đoạn này cho dễ đọc hơn nhé.', 'Lần gọi thứ hai bị TypeError, lỗi ở đâu vậy?', 'Muốn chuyển sang async mà không làm hỏng chỗ gọi thì làm sao?'],
  id: ['Kenapa fungsi ini kadang return undefined?', 'Tolong buatin unit test buat ini.', 'Refactor biar lebih gampang dibaca dong.', 'Di panggilan kedua muncul TypeError, salahnya di mana?', 'Gimana bikin ini async tanpa merusak pemanggilnya?'],
};

export const CODE_SNIPPETS: string[] = [
  "function getUser(id) {\n  const cached = cache.get(id);\n  if (cached) return cached;\n  db.query('SELECT * FROM users WHERE id = ?', [id]).then(rows => {\n    cache.set(id, rows[0]);\n    return rows[0];\n  });\n}",
  "def load_config(path):\n    with open(path) as f:\n        data = json.load(f)\n    for k, v in data.items():\n        if v == '':\n            del data[k]\n    return data",
  "func (s *Store) Add(item Item) error {\n\ts.items = append(s.items, item)\n\tif len(s.items) > s.max {\n\t\treturn errors.New(\"full\")\n\t}\n\treturn nil\n}",
  "export async function fetchAll(urls: string[]) {\n  const out = [];\n  urls.forEach(async (u) => {\n    const r = await fetch(u);\n    out.push(await r.json());\n  });\n  return out;\n}",
  "class Counter:\n    count = []\n    def add(self, x):\n        self.count.append(x)\n        return len(self.count)",
  "SELECT c.name, SUM(o.total)\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at > '2026-01-01'\nGROUP BY c.name;",
  "const total = items.reduce((acc, it) => { acc + it.price * it.qty }, 0);\nconsole.log(total.toFixed(2));",
  "fn parse(line: &str) -> (String, u32) {\n    let parts: Vec<&str> = line.split(',').collect();\n    (parts[0].to_string(), parts[1].parse().unwrap())\n}",
  "@app.get('/items/{item_id}')\ndef read_item(item_id: int, q: str = None):\n    item = items[item_id]\n    if q:\n        item.update({'q': q})\n    return item",
  "useEffect(() => {\n  const id = setInterval(() => setCount(count + 1), 1000);\n}, []);",
];

export const PROG_LANGS = ['Python', 'Go', 'Rust', 'Java', 'TypeScript', 'C++', 'Kotlin'];

// E-commerce product categories and search words (marketplace indexing).
export const PRODUCTS: Record<string, { cats: string[]; attrs: string[] }> = {
  vi: { cats: ['Áo khoác nam', 'Nồi chiên không dầu', 'Tai nghe bluetooth', 'Giày chạy bộ', 'Bình giữ nhiệt', 'Sữa rửa mặt', 'Balo laptop', 'Quạt điện', 'Ốp lưng điện thoại', 'Máy xay sinh tố'], attrs: ['giá rẻ', 'chính hãng', 'chống nước', 'màu đen', 'size lớn', 'bảo hành 12 tháng', 'freeship', 'cao cấp', 'chống ồn', 'dung tích 5L'] },
  id: { cats: ['Jaket pria', 'Air fryer', 'Earphone bluetooth', 'Sepatu lari', 'Tumbler', 'Sabun cuci muka', 'Tas laptop', 'Kipas angin', 'Casing HP', 'Blender'], attrs: ['murah', 'original', 'anti air', 'warna hitam', 'ukuran besar', 'garansi resmi', 'gratis ongkir', 'premium', 'noise cancelling', 'kapasitas 5L'] },
  th: { cats: ['เสื้อแจ็กเก็ตผู้ชาย', 'หม้อทอดไร้น้ำมัน', 'หูฟังบลูทูธ', 'รองเท้าวิ่ง', 'แก้วเก็บความเย็น', 'โฟมล้างหน้า', 'กระเป๋าโน้ตบุ๊ก', 'พัดลม'], attrs: ['ราคาถูก', 'ของแท้', 'กันน้ำ', 'สีดำ', 'ไซซ์ใหญ่', 'รับประกัน 1 ปี', 'ส่งฟรี', 'ตัดเสียงรบกวน'] },
};
export const BRANDS = ['Kaito', 'Minh Phat', 'Sinar', 'Lumio', 'Nordik', 'Havana', 'Aster', 'Sakura Home', 'Bima', 'Velo', 'Orca', 'Tanaka'];

// Legal questions for a contract-review tool (law firms).
export const LEGAL_Q: Record<string, string[]> = {
  pl: ['Czy ta umowa pozwala dostawcy jednostronnie podnieść cenę? Wskaż konkretne postanowienia.', 'Jakie są ryzyka dla naszego klienta w klauzuli o odpowiedzialności?', 'Czy okres wypowiedzenia jest zgodny z Kodeksem cywilnym?', 'Przygotuj listę postanowień do renegocjacji wraz z uzasadnieniem.'],
  de: ['Darf der Lieferant laut diesem Vertrag die Preise einseitig erhöhen? Bitte mit Fundstellen.', 'Welche Risiken birgt die Haftungsklausel für unseren Mandanten?', 'Ist die Kündigungsfrist mit dem BGB vereinbar?', 'Erstelle eine Liste der Klauseln, die nachverhandelt werden sollten, mit Begründung.'],
  pt: ['Este contrato permite que o fornecedor aumente o preço unilateralmente? Aponte as cláusulas.', 'Quais os riscos da cláusula de responsabilidade para o nosso cliente?', 'O prazo de rescisão está de acordo com o Código Civil?', 'Liste as cláusulas que devemos renegociar, com justificativa.'],
};
export const CLAUSE_WORD: Record<string, string> = { pl: '§', de: '§', pt: 'Cláusula' };

// Personal finance questions for a fintech assistant (Responses API).
export const FIN_Q: Record<string, string[]> = {
  pt: ['Vale a pena antecipar parcelas do financiamento do carro?', 'Quanto eu preciso guardar por mês pra ter R$ 50 mil em 3 anos?', 'Qual a diferença entre CDB e Tesouro Selic?', 'Meu limite do cartão foi reduzido, por quê?', 'Como organizar minhas contas se recebo quinzenalmente?', 'É melhor pagar a fatura mínima ou parcelar?', 'Como funciona o rendimento da conta digital?', 'Posso usar o FGTS pra quitar dívida?'],
  es: ['¿Conviene adelantar pagos del crédito del coche?', '¿Cuánto debo ahorrar al mes para juntar 200 mil pesos en 3 años?', '¿Qué diferencia hay entre CETES y un pagaré bancario?', '¿Por qué me bajaron el límite de la tarjeta?', '¿Cómo organizo mis gastos si me pagan cada quincena?', '¿Es mejor pagar el mínimo o diferir a meses?'],
};

// Tool domains for agent traffic: [domain, tool names, arg names].
export const TOOL_DOMAINS: [string, string[], string[]][] = [
  ['weather', ['get_current_weather', 'get_forecast', 'get_air_quality'], ['city', 'days', 'units']],
  ['flights', ['search_flights', 'get_fare_rules', 'book_flight'], ['origin', 'destination', 'date', 'passengers']],
  ['hotels', ['search_hotels', 'get_hotel_reviews', 'reserve_room'], ['city', 'check_in', 'nights', 'guests']],
  ['orders', ['get_order', 'track_shipment', 'create_return'], ['order_id', 'reason', 'email']],
  ['crm', ['find_contact', 'log_activity', 'update_deal_stage'], ['name', 'company', 'stage', 'note']],
  ['calendar', ['list_events', 'create_event', 'find_free_slot'], ['date', 'duration_minutes', 'attendees', 'title']],
  ['email', ['search_inbox', 'read_message', 'send_email'], ['query', 'message_id', 'to', 'subject', 'body']],
  ['inventory', ['check_stock', 'reorder_item', 'list_warehouses'], ['sku', 'quantity', 'warehouse']],
  ['banking', ['get_balance', 'list_transactions', 'transfer_funds'], ['account_id', 'from_date', 'amount', 'currency']],
  ['sql', ['list_tables', 'describe_table', 'run_query'], ['table', 'sql', 'limit']],
  ['files', ['list_dir', 'read_file', 'write_file'], ['path', 'content']],
  ['git', ['search_code', 'open_pull_request', 'get_ci_status'], ['repo', 'query', 'branch', 'title']],
  ['smart_home', ['set_thermostat', 'toggle_light', 'get_sensor'], ['room', 'temperature', 'state']],
  ['recipes', ['search_recipes', 'get_nutrition', 'make_shopping_list'], ['ingredients', 'diet', 'servings']],
  ['stocks', ['get_quote', 'get_history', 'place_order'], ['ticker', 'range', 'side', 'quantity']],
  ['hr', ['get_leave_balance', 'submit_leave', 'find_policy'], ['employee_id', 'start', 'end', 'topic']],
  ['tickets', ['create_ticket', 'search_tickets', 'assign_ticket'], ['title', 'priority', 'assignee', 'query']],
  ['maps', ['geocode', 'route', 'nearby_places'], ['address', 'from', 'to', 'category']],
  ['currency', ['convert', 'get_rate_history'], ['amount', 'from', 'to', 'days']],
  ['translation', ['detect_language', 'translate_text', 'glossary_lookup'], ['text', 'target', 'term']],
];

// Contract clauses (legal review documents).
export const CLAUSES: Record<string, string[]> = {
  pl: ['Wykonawca zobowiązuje się do realizacji usług z należytą starannością.', 'Wynagrodzenie płatne jest w terminie 30 dni od doręczenia prawidłowo wystawionej faktury.', 'Zamawiający może wypowiedzieć umowę z zachowaniem trzymiesięcznego okresu wypowiedzenia.', 'Odpowiedzialność Wykonawcy ograniczona jest do wysokości wynagrodzenia za ostatnie 12 miesięcy.', 'Dostawca zastrzega sobie prawo do zmiany cennika raz w roku kalendarzowym.', 'Strony zobowiązują się do zachowania w tajemnicy informacji poufnych.', 'W sprawach nieuregulowanych stosuje się przepisy Kodeksu cywilnego.', 'Wszelkie zmiany umowy wymagają formy pisemnej pod rygorem nieważności.', 'Za każdy dzień opóźnienia Wykonawca zapłaci karę umowną w wysokości 0,5% wynagrodzenia.', 'Sądem właściwym jest sąd siedziby Zamawiającego.'],
  de: ['Der Auftragnehmer erbringt die Leistungen mit der Sorgfalt eines ordentlichen Kaufmanns.', 'Die Vergütung ist innerhalb von 30 Tagen nach Rechnungseingang fällig.', 'Der Vertrag kann mit einer Frist von drei Monaten zum Quartalsende gekündigt werden.', 'Die Haftung ist auf die im letzten Vertragsjahr gezahlte Vergütung begrenzt.', 'Der Lieferant ist berechtigt, die Preise einmal jährlich anzupassen.', 'Die Parteien verpflichten sich zur Verschwiegenheit über vertrauliche Informationen.', 'Es gilt das Recht der Bundesrepublik Deutschland.', 'Änderungen dieses Vertrages bedürfen der Schriftform.', 'Für jeden Tag des Verzugs wird eine Vertragsstrafe von 0,5 % der Vergütung fällig.', 'Gerichtsstand ist der Sitz des Auftraggebers.'],
  pt: ['A CONTRATADA prestará os serviços com diligência e boa-fé.', 'O pagamento será efetuado em até 30 dias após o recebimento da nota fiscal.', 'Qualquer das partes poderá rescindir este contrato mediante aviso prévio de 90 dias.', 'A responsabilidade da CONTRATADA fica limitada ao valor pago nos últimos 12 meses.', 'Os preços poderão ser reajustados anualmente pelo IPCA.', 'As partes manterão sigilo sobre as informações confidenciais.', 'Aplica-se a este contrato a legislação brasileira.', 'Alterações deste contrato somente terão validade se feitas por escrito.', 'Em caso de atraso, incidirá multa de 0,5% por dia sobre o valor da parcela.', 'Fica eleito o foro da comarca de São Paulo.'],
};

// Short openers a harvester mixes into its per-key wrapper so that no two keys send the same text.
export const OPENERS: Record<string, string[]> = {
  en: ['Read the question carefully.', 'Answer like an expert examiner.', 'Be rigorous.', 'Take your time.'],
  tr: ['Soruyu dikkatle oku.', 'Bir uzman gibi cevapla.', 'Titiz ol.', 'Acele etme.'],
  vi: ['Hãy đọc kỹ đề bài.', 'Trả lời như một chuyên gia.', 'Hãy thật chặt chẽ.', 'Cứ từ từ suy nghĩ.'],
  id: ['Baca soalnya dengan teliti.', 'Jawab seperti seorang ahli.', 'Bersikaplah teliti.', 'Tidak perlu terburu-buru.'],
  pl: ['Przeczytaj uważnie pytanie.', 'Odpowiedz jak ekspert.', 'Bądź rygorystyczny.', 'Nie spiesz się.'],
  ar: ['اقرأ السؤال بعناية.', 'أجب كخبير متخصص.', 'كن دقيقاً.', 'خذ وقتك.'],
  hi: ['प्रश्न ध्यान से पढ़िए।', 'एक विशेषज्ञ की तरह उत्तर दीजिए।', 'सटीक रहिए।', 'जल्दबाज़ी मत कीजिए।'],
  'hi-Latn': ['Question dhyan se padho.', 'Expert ki tarah answer do.', 'Ekdum accurate rehna.', 'Jaldi mat karo.'],
  ja: ['問題をよく読んでください。', '専門家として答えてください。', '厳密にお願いします。', '急がなくて大丈夫です。'],
  pt: ['Leia a pergunta com atenção.', 'Responda como um especialista.', 'Seja rigoroso.', 'Sem pressa.'],
  ru: ['Внимательно прочитай вопрос.', 'Отвечай как эксперт.', 'Будь строгим.', 'Не торопись.'],
  es: ['Lee la pregunta con atención.', 'Responde como un experto.', 'Sé riguroso.', 'Tómate tu tiempo.'],
  ko: ['문제를 꼼꼼히 읽으세요.', '전문가처럼 답하세요.', '엄밀하게 답하세요.', '천천히 생각하세요.'],
  th: ['อ่านโจทย์ให้ละเอียด', 'ตอบแบบผู้เชี่ยวชาญ', 'ตอบอย่างรอบคอบ', 'ไม่ต้องรีบ'],
  zh: ['请仔细阅读题目。', '请像专家一样回答。', '请严谨作答。', '不用着急。'],
};
