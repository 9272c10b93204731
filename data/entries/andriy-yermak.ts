import type { KbEntryInput } from '../schema';

export default {
  id: 'andriy-yermak',
  kind: 'person',
  title: { en: 'Andriy Yermak', uk: 'Андрій Єрмак' },
  aliases: [
    { text: 'Andriy Yermak', lang: 'en' },
    { text: 'Andrii Yermak', lang: 'en' },
    // Bare surname: also the Cossack leader Yermak Timofeyevich (Siberia, 16th century) and ships named after him.
    { text: 'Yermak', lang: 'en', ambiguous: true },
    { text: 'Andrij Jermak', lang: 'de' },
    { text: 'Andrij Jermak', lang: 'pl' },
    // Bare surname, de/pl: the same Cossack leader is "Jermak" in German and Polish.
    { text: 'Jermak', lang: 'de', ambiguous: true },
    { text: 'Jermak', lang: 'pl', ambiguous: true },
    { text: 'Andriï Iermak', lang: 'fr' },
    { text: 'Андрій Єрмак', lang: 'uk', stems: ['Андрі', 'Єрмак'] },
    // Bare surname, uk/ru: Єрмак/Ермак Тимофійович (the Cossack leader).
    { text: 'Єрмак', lang: 'uk', stems: ['Єрмак'], ambiguous: true },
    { text: 'Андрей Ермак', lang: 'ru', stems: ['Андре', 'Ермак'] },
    { text: 'Ермак', lang: 'ru', stems: ['Ермак'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Zelensk*', 'Selensk*', 'Zełensk*', 'Зеленськ*', 'Зеленск*',
      'Office of the President', 'presidential office', 'President’s Office', 'chief of staff',
      'Präsidialamt*', 'Präsidentenbüro*', 'Kancelari*', 'Biur* Prezydenta',
      'Офіс*', 'Офис*',
      'Ukrain*', 'Україн*', 'Украин*', 'Kyiv*', 'Kiev*', 'Kijów', 'Kijow*', 'Київ*', 'Киев*',
      'delegation*', 'Delegation*', 'delegacj*', 'делегац*',
      'negotiat*', 'Verhandl*', 'negocjac*', 'переговор*',
      'NABU', 'НАБУ', 'Energoatom', 'Енергоатом*', 'Энергоатом*',
    ],
    noneOf: [
      'Timofe*', 'Timofiej*', 'Тимофі*', 'Тимофе*',
      'Cossack*', 'Kosak*', 'Kozak*', 'козак*', 'казак*', 'отаман*', 'атаман*',
      'Siberia*', 'Sibir*', 'Syberi*', 'Сибір*', 'Сибир*',
      'icebreaker*', 'Eisbrecher*', 'lodołam*', 'криголам*', 'ледокол*',
    ],
    window: 300,
  },
  summary: {
    en: 'Ukrainian lawyer and former film producer who headed the Office of the President of Ukraine from February 2020 until November 2025 and was often described as Volodymyr Zelenskyy’s closest aide. He led Ukrainian delegations in talks with the United States in 2025 and resigned on 28 November 2025, the day anti-corruption investigators searched his home.',
    uk: 'Український юрист і колишній кінопродюсер, який очолював Офіс Президента України з лютого 2020 до листопада 2025 року; його часто називали найближчим соратником Володимира Зеленського. У 2025 році керував українськими делегаціями на переговорах зі США. Пішов у відставку 28 листопада 2025 року — того дня, коли антикорупційні органи провели в нього обшуки.',
  },
  background: [
    {
      en: 'Before politics Yermak ran a law practice and produced films; he founded the media company Garnet International Media Group. He joined Zelenskyy’s team during the 2019 election campaign and then became an assistant to the president, working on foreign policy and on prisoner exchanges with Russia.',
      uk: 'До приходу в політику Єрмак мав власну юридичну практику і продюсував фільми, заснував медіакомпанію Garnet International Media Group. До команди Зеленського долучився під час президентської кампанії 2019 року, після виборів став помічником Президента і займався зовнішньою політикою та обмінами полоненими з Росією.',
    },
    {
      en: 'On 11 February 2020 he was appointed head of the Office of the President. In 2022 he co-chaired, with former NATO Secretary General Anders Fogh Rasmussen, the group that on 13 September 2022 published the Kyiv Security Compact, recommendations on security guarantees for Ukraine. In 2025 he led Ukraine’s delegation at talks with the US in Jeddah on 11 March and in Geneva on 23 November, on the US peace plan.',
      uk: '11 лютого 2020 року його призначили керівником Офісу Президента. У 2022 році разом з колишнім генсеком НАТО Андерсом Фогом Расмуссеном він очолював робочу групу, яка 13 вересня 2022 року оприлюднила Київський безпековий договір — рекомендації щодо гарантій безпеки для України. У 2025 році Єрмак очолював українську делегацію на переговорах зі США в Джидді 11 березня та в Женеві 23 листопада, де обговорювали американський мирний план.',
    },
    {
      en: 'On 28 November 2025 NABU and the Specialised Anti-Corruption Prosecutor’s Office (SAP) searched his home without giving reasons; media linked the searches to the investigation into corruption in the energy sector around Energoatom. Yermak said he was cooperating. The same day Zelenskyy announced his resignation and signed the decree dismissing him.',
      uk: '28 листопада 2025 року НАБУ і САП провели обшуки в його помешканні, не пояснивши причин; ЗМІ пов’язали їх із розслідуванням корупції в енергетиці довкола «Енергоатома». Єрмак заявив, що співпрацює зі слідством. Того ж дня Зеленський оголосив про його відставку і підписав указ про звільнення.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, Yermak no longer headed the Office of the President: he resigned on 28 November 2025, and Kyrylo Budanov was appointed to the post on 2 January 2026. His name recurs in coverage of the 2025 peace talks and of the Energoatom corruption investigation.',
      uk: 'Станом на січень 2026 року Єрмак уже не очолював Офіс Президента: він пішов у відставку 28 листопада 2025 року, а 2 січня 2026 року на цю посаду призначили Кирила Буданова. Його ім’я звучить у матеріалах про мирні переговори 2025 року та про розслідування корупції в «Енергоатомі».',
    },
  },
  timeline: [
    { date: '2020-02-11', text: { en: 'Appointed head of the Office of the President of Ukraine.', uk: 'Призначений керівником Офісу Президента України.' } },
    { date: '2022-09-13', text: { en: 'The working group he co-chaired with Anders Fogh Rasmussen publishes the Kyiv Security Compact.', uk: 'Робоча група, яку він очолював разом з Андерсом Фогом Расмуссеном, оприлюднює Київський безпековий договір.' } },
    { date: '2025-03-11', text: { en: 'Leads Ukraine’s delegation at talks with the US in Jeddah; Ukraine says it is ready to accept a US proposal for a 30-day ceasefire.', uk: 'Очолює українську делегацію на переговорах зі США в Джидді; Україна заявляє про готовність прийняти американську пропозицію 30-денного припинення вогню.' } },
    { date: '2025-11-23', text: { en: 'Leads Ukraine’s delegation at talks with the US in Geneva on the US peace plan.', uk: 'Очолює українську делегацію на переговорах зі США в Женеві щодо американського мирного плану.' } },
    { date: '2025-11-28', text: { en: 'NABU and SAP search his home; he resigns and is dismissed by presidential decree the same day.', uk: 'НАБУ і САП проводять у нього обшуки; того ж дня він іде у відставку, президент підписує указ про звільнення.' } },
  ],
  roles: [
    { title: { en: 'Assistant to the President of Ukraine', uk: 'Помічник Президента України' }, from: '2019-05', to: '2020-02-11' },
    { title: { en: 'Head of the Office of the President of Ukraine', uk: 'Керівник Офісу Президента України' }, from: '2020-02-11', to: '2025-11-28' },
  ],
  related: ['office-of-the-president-of-ukraine', 'volodymyr-zelenskyy', 'kyrylo-budanov', 'rustem-umerov', 'security-guarantees', 'peace-deal', 'ceasefire'],
  sources: [
    { publisher: 'Office of the President of Ukraine', title: 'The Kyiv Security Compact: International Security Guarantees for Ukraine: Recommendations', date: '2022-09-13' },
    { publisher: 'U.S. Department of State', title: 'Joint Statement on the United States-Ukraine Meeting in Jeddah', date: '2025-03-11' },
    { publisher: 'Kyiv Independent', title: 'Zelensky’s chief of staff Yermak resigns amid Ukraine’s biggest corruption scandal', date: '2025-11-28', url: 'https://kyivindependent.com/zelenskys-chief-of-staff-yermak' },
    { publisher: 'hromadske', title: 'Zelenskyy accepts resignation of top aide Yermak after anti-graft searches', date: '2025-11-28', url: 'https://hromadske.ua/en/politics/255505-zelenskyy-yermak-napysav-zaiavu-pro-vidstavku' },
    { publisher: 'UNN', title: 'Appointment of Budanov as Head of the Presidential Office: all formal procedures have already begun', date: '2026-01-02', url: 'https://unn.ua/en/news/budanovs-appointment-as-head-of-the-presidential-office-all-formal-procedures-have-already-begun' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
