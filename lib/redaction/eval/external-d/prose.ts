/**
 * Ordinary text with nothing personal in it, in several languages: what people ask an assistant
 * to explain, summarise or rewrite. Capitalised words, months, weekdays, product names and
 * numbers appear on purpose; none of them is personal data, so anything redacted here is lost.
 */
export const PROSE: [lang: string, sentences: string[]][] = [
  ["en", [
    "Can you explain the difference between a Roth account and a traditional one in simple terms?",
    "The meeting moved to Thursday because half of the team is off on Monday.",
    "Summer sales usually peak in July, then drop sharply after the first week of August.",
    "Write three subject lines for a newsletter about composting in small gardens.",
    "Our churn went from 4.2% to 3.1% after we shortened the onboarding to five steps.",
    "Is it better to water tomatoes in the morning or in the evening?",
    "Mark the invoices as paid once the bank confirms the transfer.",
    "The Treaty of Westphalia is often described as the start of the modern state system.",
    "Please make this paragraph sound less formal but keep the key points.",
    "Grace periods differ by plan, so check the terms before upgrading.",
    "How many grams of flour are in a cup, roughly?",
    "The river flooded twice this spring, which is unusual for the region.",
    "Give me a packing list for a four-day hiking trip in autumn.",
    "Excel keeps turning my product codes into dates, how do I stop that?",
    "Victory in the final came down to a penalty in the last minute.",
  ]],
  ["de", [
    "Kannst du mir erklären, wie eine Wärmepumpe im Winter funktioniert?",
    "Die Sitzung wurde auf Donnerstag verschoben, weil am Montag Feiertag ist.",
    "Schreib bitte eine kurze Zusammenfassung des Quartalsberichts.",
    "Wie lange muss ein Hefeteig gehen, bevor man ihn backt?",
  ]],
  ["fr", [
    "Peux-tu résumer ce rapport en trois phrases ?",
    "La réunion est repoussée à mardi prochain, faute de salle.",
    "Quelle est la différence entre un bail meublé et un bail vide ?",
  ]],
  ["es", [
    "¿Me explicas qué es la inflación subyacente?",
    "La reunión de marzo se pasa a la semana siguiente.",
    "Escribe una receta sencilla de lentejas para cuatro personas.",
  ]],
  ["it", ["Come si calcola l'interesse composto su un deposito?", "Il negozio resta chiuso ad agosto per ferie."]],
  ["pt", ["Qual é a melhor forma de organizar as tarefas da semana?", "A entrega atrasou por causa da greve dos transportes."]],
  ["nl", ["Hoe maak je een goede planning voor een verbouwing?", "De vergadering van dinsdag gaat niet door."]],
  ["pl", ["Jak napisać dobre podsumowanie projektu?", "Spotkanie przeniesiono na piątek."]],
  ["ru", ["Объясни, как работает сложный процент.", "Совещание перенесли на пятницу."]],
  ["ja", ["会議は来週の火曜日に変更になりました。", "この文章をもっと丁寧な表現にしてください。"]],
  ["zh", ["请把这段话改得更正式一些。", "会议改到下周三下午。"]],
  ["tr", ["Bu metni daha kısa hale getirebilir misin?", "Toplantı cuma gününe ertelendi."]],
];
