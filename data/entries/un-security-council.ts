import type { KbEntryInput } from '../schema';
import { BUDAPEST_MEMORANDUM_TEXT, UNGA_RES_68_262 } from '../sources';

export default {
  id: 'un-security-council',
  kind: 'organisation',
  title: { en: 'UN Security Council', uk: 'Рада Безпеки ООН' },
  aliases: [
    { text: 'UN Security Council', lang: 'en' },
    { text: 'United Nations Security Council', lang: 'en' },
    { text: 'UNSC', lang: 'en', caseSensitive: true },
    { text: 'Security Council', lang: 'en', ambiguous: true },
    { text: 'Рада Безпеки ООН', lang: 'uk', stems: ['Рад', 'Безпеки', 'ООН'] },
    { text: 'Радбез ООН', lang: 'uk', stems: ['Радбез', 'ООН'] },
    { text: 'Совет Безопасности ООН', lang: 'ru', stems: ['Совет', 'Безопасности', 'ООН'] },
    { text: 'Совбез ООН', lang: 'ru', stems: ['Совбез', 'ООН'] },
    { text: 'UN-Sicherheitsrat', lang: 'de' },
    { text: 'Weltsicherheitsrat', lang: 'de' },
    { text: 'Rada Bezpieczeństwa ONZ', lang: 'pl', stems: ['Rad', 'Bezpieczeństwa', 'ONZ'] },
    { text: "Conseil de sécurité de l'ONU", lang: 'fr' },
    { text: 'Conseil de sécurité des Nations unies', lang: 'fr' },
  ],
  // "Security Council" alone is also the name of national bodies (Russia's, Ukraine's, the US NSC).
  disambiguation: {
    anyOf: [
      'United Nations',
      'Nations unies',
      'Vereinte Nationen',
      'ООН',
      'ONZ',
      'ONU',
      'veto',
      'resolution',
      'резолюц*',
      'rezolucj*',
      'permanent member',
      'General Assembly',
      'Guterres',
    ],
    noneOf: ['National Security Council', 'Russian Security Council', "Russia's Security Council", 'Security Council of Russia', 'Medvedev', 'NSDC'],
    window: 250,
  },
  summary:
    { en: 'The UN body responsible for international peace and security, with 15 members. Its five permanent members, China, France, Russia, the United Kingdom and the United States, each hold a veto, which lets Russia block binding decisions on its own war against Ukraine.', uk: 'Орган ООН із 15 членів, що відповідає за підтримання міжнародного миру і безпеки. Кожен з п’яти постійних членів — Китай, Франція, Росія, Велика Британія і США — має право вето, що дає Росії змогу блокувати обов’язкові рішення щодо її власної війни проти України.' },
  background: [
    { en: 'Under the UN Charter, which entered into force on 24 October 1945, the Security Council can impose sanctions and authorise the use of force, and its decisions bind all UN members. Ten non-permanent members are elected for two-year terms; the five permanent members can veto any substantive resolution.', uk: 'За Статутом ООН, що набрав чинності 24 жовтня 1945 року, Рада Безпеки може запроваджувати санкції і дозволяти застосування сили, а її рішення обов’язкові для всіх членів ООН. Десять непостійних членів обирають на два роки; п’ятеро постійних можуть накласти вето на будь-яку резолюцію з непроцедурних питань.' },
    { en: 'In the 1994 Budapest Memorandum, Russia, the US and the UK promised to seek immediate Security Council action to assist Ukraine if it became the victim of aggression with nuclear weapons. Because Russia is a permanent member, the Council has been unable to act against Russia’s own actions: Russia vetoed drafts on Crimea in 2014 and on the invasion in 2022, and the General Assembly, where no veto applies, adopted non-binding resolutions instead.', uk: 'У Будапештському меморандумі 1994 року Росія, США і Велика Британія пообіцяли домагатися негайних дій Ради Безпеки на допомогу Україні, якщо вона стане жертвою агресії із застосуванням ядерної зброї. Оскільки Росія — постійний член, Рада не може діяти проти самої Росії: Росія наклала вето на проєкти резолюцій щодо Криму у 2014 році і щодо вторгнення у 2022-му, тож Генасамблея, де вето немає, ухвалила натомість необов’язкові резолюції.' },
    { en: 'The Council did endorse the Minsk II package of measures in 2015. In February 2025 it adopted a US-drafted resolution calling for a swift end to the conflict without naming Russia as the aggressor.', uk: 'Водночас Рада схвалила Комплекс заходів «Мінськ-2» у 2015 році. У лютому 2025 року вона ухвалила підготовлену США резолюцію із закликом якнайшвидше завершити конфлікт, не назвавши Росію агресором.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, the Council had just adopted its first substantive resolution on the war since the full-scale invasion (resolution 2774, 24 February 2025), a US-drafted text calling for a swift end to the conflict that did not name Russia as the aggressor. Russia’s veto means the Council cannot itself enforce guarantees for Ukraine against Russia.', uk: 'Станом на березень 2025 року Рада щойно ухвалила першу від початку повномасштабного вторгнення змістовну резолюцію щодо війни (резолюція 2774 від 24 лютого 2025 року) — підготовлений США текст із закликом якнайшвидше завершити конфлікт, у якому Росію не названо агресором. Через російське вето Рада не може сама забезпечити виконання гарантій для України проти Росії.' },
  },
  timeline: [
    { date: '1945-10-24', text: { en: 'The UN Charter enters into force, establishing the Security Council.', uk: 'Набирає чинності Статут ООН, яким засновано Раду Безпеки.' } },
    { date: '1993-04-16', text: { en: 'Resolution 819 declares Srebrenica a “safe area”.', uk: 'Резолюція 819 оголошує Сребреницю «безпечною зоною».' } },
    { date: '2014-03-15', text: { en: 'Russia vetoes a draft resolution on the planned referendum in Crimea.', uk: 'Росія накладає вето на проєкт резолюції щодо запланованого в Криму референдуму.' } },
    { date: '2015-02-17', text: { en: 'Resolution 2202 endorses the Minsk II package of measures.', uk: 'Резолюція 2202 схвалює Комплекс заходів «Мінськ-2».' } },
    { date: '2022-02-25', text: { en: 'Russia vetoes a draft resolution deploring its invasion of Ukraine.', uk: 'Росія накладає вето на проєкт резолюції із засудженням її вторгнення в Україну.' } },
    {
      date: '2025-02-24',
      text: { en: 'The Council adopts resolution 2774, a US-drafted text calling for a swift end to the conflict, without naming Russia as the aggressor.', uk: 'Рада ухвалює резолюцію 2774 — підготовлений США текст із закликом якнайшвидше завершити конфлікт, у якому Росію не названо агресором.' },
    },
  ],
  related: ['budapest-memorandum', 'crimea-annexation', 'full-scale-invasion', 'minsk-agreements', 'srebrenica-massacre', 'peacekeepers'],
  sources: [
    { publisher: 'United Nations', title: 'Charter of the United Nations', date: '1945-06-26', url: 'https://www.un.org/en/about-us/un-charter' },
    BUDAPEST_MEMORANDUM_TEXT,
    UNGA_RES_68_262,
    { publisher: 'United Nations Security Council', title: 'Resolution 2202 (2015)', date: '2015-02-17' },
    { publisher: 'United Nations Security Council', title: 'Resolution 2774 (2025)', date: '2025-02-24' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
