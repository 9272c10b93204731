import type { KbEntryInput } from '../schema';

export default {
  id: 'istanbul-talks-2025',
  kind: 'summit',
  title: { en: 'Russia–Ukraine talks in Istanbul (2025)', uk: 'Російсько-українські переговори в Стамбулі (2025)' },
  aliases: [
    // All guarded: the spring 2022 talks in Istanbul (entry istanbul-communique-2022) are the other sense.
    { text: 'Istanbul talks', lang: 'en', ambiguous: true },
    { text: 'talks in Istanbul', lang: 'en', ambiguous: true },
    { text: 'стамбульські переговори', lang: 'uk', stems: ['стамбульськ', 'переговор'], ambiguous: true },
    { text: 'переговори в Стамбулі', lang: 'uk', stems: ['переговор', 'в', 'Стамбулі'], ambiguous: true },
    { text: 'переговори у Стамбулі', lang: 'uk', stems: ['переговор', 'у', 'Стамбулі'], ambiguous: true },
    { text: 'переговоры в Стамбуле', lang: 'ru', stems: ['переговор', 'в', 'Стамбуле'], ambiguous: true },
    { text: 'стамбульские переговоры', lang: 'ru', stems: ['стамбульск', 'переговор'], ambiguous: true },
    { text: 'Gespräche in Istanbul', lang: 'de', ambiguous: true },
    { text: 'rozmowy w Stambule', lang: 'pl', stems: ['rozmow', 'w', 'Stambule'], ambiguous: true },
    { text: 'négociations d’Istanbul', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['2025', 'Umerov', 'Umierow', 'Umjerow', 'Умєров*', 'Умеров*', 'Fidan', 'Фідан*', 'Фидан*', 'Dolmabah*', 'Долмабахче', '1000', '1,000', 'Trump*', 'Трамп*', 'memorandum*', 'меморандум*', 'Memorandum*'],
    noneOf: ['2022', 'Arakhami*', 'Arachami*', 'Арахамі*', 'Арахами*', 'communiqué', 'комюніке', 'коммюнике', 'Abramovich', 'Абрамович*'],
    window: 300,
  },
  summary: {
    en: 'The first direct talks between Russian and Ukrainian delegations since 2022, held in Istanbul with Turkish mediation on 16 May 2025 and again on 2 June 2025. Russia’s delegation was led by presidential aide Vladimir Medinsky, Ukraine’s by Defence Minister Rustem Umerov. They produced large prisoner exchanges, but no ceasefire.',
    uk: 'Перші з 2022 року прямі переговори російської та української делегацій, що відбулися в Стамбулі за посередництва Туреччини 16 травня та 2 червня 2025 року. Російську делегацію очолював помічник президента Володимир Мединський, українську — міністр оборони Рустем Умєров. Переговори дали змогу провести великі обміни полоненими, але до припинення вогню не привели.',
  },
  background: [
    {
      en: 'On 11 May 2025 Vladimir Putin proposed resuming direct talks in Istanbul. President Zelenskyy said he would meet Putin there in person; Putin did not come and sent a delegation led by Medinsky. At the meeting on 16 May, chaired by Turkish Foreign Minister Hakan Fidan, the sides agreed to exchange 1,000 prisoners each — the largest exchange of the war, carried out in late May — and to set out their visions of a ceasefire.',
      uk: '11 травня 2025 року Володимир Путін запропонував відновити прямі переговори в Стамбулі. Президент Зеленський заявив, що готовий зустрітися з Путіним там особисто; Путін не приїхав і відрядив делегацію на чолі з Мединським. На зустрічі 16 травня під головуванням міністра закордонних справ Туреччини Хакана Фідана сторони домовилися про обмін полоненими у форматі 1000 на 1000 — найбільший за війну, проведений наприкінці травня, — і про те, що викладуть своє бачення припинення вогню.',
    },
    {
      en: 'At the second round on 2 June 2025 the delegations exchanged memoranda on terms for ending the war and agreed to swap severely wounded and young prisoners and to return the bodies of fallen soldiers. Russia’s memorandum repeated demands that Ukraine withdraw from regions Russia claims; Ukraine proposed an unconditional ceasefire and a meeting of leaders.',
      uk: 'У другому раунді 2 червня 2025 року делегації обмінялися меморандумами щодо умов завершення війни й домовилися про обмін тяжкопораненими та молодими полоненими, а також про повернення тіл загиблих військових. Російський меморандум повторював вимоги, щоб Україна вивела війська з регіонів, на які претендує Росія; Україна запропонувала безумовне припинення вогню та зустріч лідерів.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Istanbul channel was the only direct negotiating format between Russia and Ukraine. It delivered humanitarian exchanges, while the sides’ memoranda showed how far apart they remained on a ceasefire and on territory.',
      uk: 'Станом на червень 2025 року стамбульський канал був єдиним форматом прямих переговорів між Росією та Україною. Він дав результат у гуманітарних питаннях, а меморандуми сторін показали, наскільки далекі вони одна від одної щодо перемир’я та територій.',
    },
  },
  timeline: [
    { date: '2025-05-11', text: { en: 'Putin proposes direct talks in Istanbul.', uk: 'Путін пропонує прямі переговори в Стамбулі.' } },
    { date: '2025-05-16', text: { en: 'First round in Istanbul; a 1,000-for-1,000 prisoner exchange is agreed.', uk: 'Перший раунд у Стамбулі; домовленість про обмін полоненими 1000 на 1000.' } },
    { date: '2025-05-23', text: { en: 'The 1,000-for-1,000 exchange begins; it is completed over three days.', uk: 'Починається обмін 1000 на 1000; його завершують за три дні.' } },
    { date: '2025-06-02', text: { en: 'Second round: memoranda exchanged; further exchanges of prisoners and bodies agreed.', uk: 'Другий раунд: обмін меморандумами, домовленість про нові обміни полоненими й тілами загиблих.' } },
  ],
  related: ['istanbul-communique-2022', 'vladimir-medinsky', 'rustem-umerov', 'recep-tayyip-erdogan', 'ceasefire', 'peace-deal', 'vladimir-putin', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'President of Russia (kremlin.ru)', title: 'Vladimir Putin’s statement for the press proposing direct talks with Ukraine in Istanbul (transcript)', date: '2025-05-11' },
    { publisher: 'Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)', title: 'Statement on the first stage of the 1,000-for-1,000 exchange (270 soldiers and 120 civilians returned)', date: '2025-05-23' },
    { publisher: 'Reuters', title: 'Russia and Ukraine reach deal on new POW swap and handover of bodies', date: '2025-06-02' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
