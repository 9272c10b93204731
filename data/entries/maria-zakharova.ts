import type { KbEntryInput } from '../schema';

export default {
  id: 'maria-zakharova',
  kind: 'person',
  title: { en: 'Maria Zakharova', uk: 'Марія Захарова' },
  aliases: [
    { text: 'Maria Zakharova', lang: 'en' },
    { text: 'Zakharova', lang: 'en' },
    { text: 'Maria Sacharowa', lang: 'de' },
    { text: 'Sacharowa', lang: 'de' },
    { text: 'Maria Zacharowa', lang: 'pl' },
    // Feminine surname: its case forms are listed as written, so the masculine Zakharov does not match.
    { text: 'Zacharowa', lang: 'pl', inflect: false },
    { text: 'Zacharowej', lang: 'pl', inflect: false },
    { text: 'Zacharową', lang: 'pl', inflect: false },
    { text: 'Maria Zakharova', lang: 'fr' },
    { text: 'Марія Захарова', lang: 'uk' },
    { text: 'Мария Захарова', lang: 'ru' },
    // Feminine surname: case forms as written (see above).
    { text: 'Захарова', lang: 'ru', inflect: false },
    { text: 'Захарової', lang: 'uk', inflect: false },
    { text: 'Захаровій', lang: 'uk', inflect: false },
    { text: 'Захарову', lang: 'ru', inflect: false },
    { text: 'Захаровою', lang: 'uk', inflect: false },
    { text: 'Захаровой', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'Spokeswoman of Russia’s Ministry of Foreign Affairs since August 2015, as director of its Information and Press Department, the first woman in the post. Her weekly briefings and frequent posts set out Moscow’s line on the war against Ukraine, Western governments and international institutions.',
    uk: 'Речниця Міністерства закордонних справ Росії з серпня 2015 року — директорка його Департаменту інформації та друку, перша жінка на цій посаді. Її щотижневі брифінги й часті дописи викладають позицію Москви щодо війни проти України, західних урядів і міжнародних інституцій.',
  },
  background: [
    {
      en: 'A graduate of MGIMO, the foreign ministry’s university, Zakharova joined the ministry in 1998, headed the press service of Russia’s mission to the United Nations in New York from 2005 to 2008 and became deputy director of the press department in 2011. On 10 August 2015 she succeeded Alexander Lukashevich as director and official spokesperson.',
      uk: 'Випускниця МДІМВ — університету МЗС, Захарова працює в міністерстві з 1998 року; у 2005–2008 роках очолювала пресслужбу постійного представництва Росії при ООН у Нью-Йорку, а у 2011 році стала заступницею директора департаменту преси. 10 серпня 2015 року змінила Олександра Лукашевича на посаді директора та офіційного представника МЗС.',
    },
    {
      en: 'Since the full-scale invasion she has presented the Kremlin’s justifications for the war and regularly criticised the governments that arm Ukraine.',
      uk: 'Після початку повномасштабного вторгнення вона викладає кремлівські виправдання війни і регулярно критикує уряди, які постачають Україні зброю.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Zakharova remains the foreign ministry’s spokeswoman and voices the ministry’s line on the peace efforts, including the direct Russian–Ukrainian talks in Istanbul.',
      uk: 'Станом на червень 2025 року Захарова залишається речницею МЗС і озвучує позицію міністерства щодо мирних зусиль, зокрема прямих російсько-українських переговорів у Стамбулі.',
    },
  },
  timeline: [
    { date: '1998', text: { en: 'Joins the Russian foreign ministry.', uk: 'Починає працювати в МЗС Росії.' } },
    { date: '2005', text: { en: 'Heads the press service of Russia’s UN mission in New York (until 2008).', uk: 'Очолює пресслужбу постпредства Росії при ООН у Нью-Йорку (до 2008 року).' } },
    { date: '2011', text: { en: 'Becomes deputy director of the ministry’s Information and Press Department.', uk: 'Стає заступницею директора Департаменту інформації та друку МЗС.' } },
    { date: '2015-08-10', text: { en: 'Appointed director of the department and official spokesperson.', uk: 'Призначена директоркою департаменту та офіційною представницею МЗС.' } },
  ],
  roles: [
    { title: { en: 'Head of the press service, Permanent Mission of Russia to the UN', uk: 'керівниця пресслужби постпредства Росії при ООН' }, from: '2005', to: '2008' },
    { title: { en: 'Deputy Director, Information and Press Department, Russian Foreign Ministry', uk: 'заступниця директора Департаменту інформації та друку МЗС Росії' }, from: '2011', to: '2015-08' },
    {
      title: { en: 'Director of the Information and Press Department (spokeswoman), Russian Foreign Ministry', uk: 'директорка Департаменту інформації та друку (речниця) МЗС Росії' },
      from: '2015-08-10',
      asOf: '2025-06',
    },
  ],
  related: ['sergey-lavrov', 'dmitry-peskov', 'international-criminal-court', 'coalition-of-the-willing'],
  sources: [
    {
      publisher: 'Report.az',
      title: 'Russian FM spokesperson changed',
      date: '2015-08-10',
      url: 'https://report.az/en/region/russian-fm-spokesman-changed/',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
