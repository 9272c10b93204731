import type { KbEntryInput } from '../schema';

export default {
  id: 'atacms',
  kind: 'weapon',
  title: { en: 'ATACMS', uk: 'ATACMS' },
  aliases: [
    { text: 'ATACMS', lang: 'en' },
    { text: 'Army Tactical Missile System', lang: 'en' },
    { text: 'Атакамс', lang: 'uk', stems: ['Атакамс'] },
    { text: 'Атакамс', lang: 'ru', stems: ['Атакамс'] },
  ],
  summary: {
    en: 'The Army Tactical Missile System, a US-made ballistic missile fired from HIMARS and M270 launchers, with a range of up to about 300 km depending on the version. Ukraine first used it in October 2023; in November 2024 the US allowed strikes with it on targets inside Russia.',
    uk: 'ATACMS (Army Tactical Missile System) — американська балістична ракета, яку запускають із HIMARS та M270; залежно від модифікації її дальність сягає близько 300 км. Україна вперше застосувала її в жовтні 2023 року, а в листопаді 2024 року США дозволили бити нею по цілях на території Росії.',
  },
  background: [
    {
      en: 'Kyiv asked for ATACMS from 2022, but Washington held back over fears of escalation. On 17 October 2023 Ukraine struck Russian airfields near occupied Berdiansk and Luhansk with them; the White House then confirmed the delivery of a version with a range of 165 km. Longer-range versions followed in spring 2024.',
      uk: 'Київ просив ATACMS ще з 2022 року, але Вашингтон зволікав, побоюючись ескалації. 17 жовтня 2023 року Україна вдарила ними по російських аеродромах біля окупованих Бердянська і Луганська; після цього Білий дім підтвердив передачу модифікації з дальністю 165 км. Навесні 2024 року надійшли версії більшої дальності.',
    },
    {
      en: 'For a long time the US barred their use against Russian territory. In November 2024 the Biden administration lifted that restriction, and Russia reported ATACMS strikes on the Bryansk region on 19 November. Putin had warned in September 2024 that permitting such strikes would mean NATO countries were directly taking part in the war; on 21 November Russia fired its new Oreshnik missile at Dnipro.',
      uk: 'Тривалий час США забороняли застосовувати ці ракети по території Росії. У листопаді 2024 року адміністрація Байдена зняла це обмеження, і 19 листопада Росія повідомила про удар ATACMS по Брянській області. Ще у вересні 2024 року Путін попереджав, що дозвіл на такі удари означатиме пряму участь країн НАТО у війні; 21 листопада Росія вдарила по Дніпру новою ракетою «Орєшнік».',
    },
  ],
  timeline: [
    { date: '2023-10-17', text: { en: 'First known Ukrainian use: strikes on airfields near Berdiansk and Luhansk.', uk: 'Перше відоме застосування Україною: удари по аеродромах біля Бердянська і Луганська.' } },
    { date: '2024-04', text: { en: 'US officials confirm that longer-range ATACMS were sent to Ukraine and used.', uk: 'Американські посадовці підтверджують, що Україна отримала й застосувала ATACMS більшої дальності.' } },
    { date: '2024-11', text: { en: 'The US allows Ukraine to strike targets inside Russia with ATACMS.', uk: 'США дозволяють Україні бити ATACMS по цілях на території Росії.' } },
    { date: '2024-11-19', text: { en: 'Russia reports an ATACMS strike on the Bryansk region.', uk: 'Росія повідомляє про удар ATACMS по Брянській області.' } },
  ],
  related: ['himars', 'storm-shadow', 'oreshnik', 'escalation', 'russian-nuclear-doctrine'],
  sources: [
    { publisher: 'RFE/RL', title: 'Zelenskiy Says Ukraine Used U.S.-Supplied ATACMS In Overnight Attacks', date: '2023-10-17' },
    { publisher: 'The Moscow Times', title: 'In First, Ukraine Uses U.S.-Supplied Long-Range ATACMS – Zelensky', date: '2023-10-17', url: 'https://themoscowtimes.com/2023/10/17/in-first-ukraine-uses-us-supplied-long-range-atacms-zelensky-a82800' },
    { publisher: 'Reuters', title: 'Blinken says Washington approved use of US weapons by Ukraine inside Russia', date: '2024-05-31' },
    { publisher: 'The Kyiv Independent', title: 'Russian media claim Ukraine used ATACMS in Russia for first time', date: '2024-11-19' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
