import type { KbEntryInput } from '../schema';

export default {
  id: 'european-parliament',
  kind: 'institution',
  title: { en: 'European Parliament', uk: 'Європейський парламент' },
  aliases: [
    { text: 'European Parliament', lang: 'en' },
    { text: 'Europarliament', lang: 'en' },
    { text: 'Європейський парламент', lang: 'uk', stems: ['Європейськ', 'парламент'] },
    { text: 'Європарламент', lang: 'uk', stems: ['Європарламент'] },
    { text: 'Европейский парламент', lang: 'ru', stems: ['Европейск', 'парламент'] },
    { text: 'Европарламент', lang: 'ru', stems: ['Европарламент'] },
    { text: 'Europäisches Parlament', lang: 'de', stems: ['Europäisch', 'Parlament'] },
    { text: 'EU-Parlament', lang: 'de' },
    { text: 'Europaparlament', lang: 'de' },
    { text: 'Parlament Europejski', lang: 'pl', stems: ['Parlament', 'Europejsk'] },
    { text: 'Europarlament', lang: 'pl' },
    { text: 'Parlement européen', lang: 'fr' },
  ],
  summary: {
    en: 'The EU’s directly elected parliament, with 720 members (MEPs) elected in June 2024. It shares law-making and budget powers with the member states and must consent to accession treaties and association agreements, including any treaty on Ukraine’s membership. Its president since January 2022 is Roberta Metsola (as of June 2025).',
    uk: 'Обраний прямим голосуванням парламент ЄС, до якого в червні 2024 року обрали 720 депутатів. Він ухвалює закони й бюджет разом із державами-членами та має схвалювати договори про вступ і угоди про асоціацію — зокрема й майбутній договір про членство України. Президентка Європарламенту з січня 2022 року — Роберта Мецола (станом на червень 2025 року).',
  },
  background: [
    {
      en: 'Members have been directly elected since 1979. Plenary sessions are held in Strasbourg, with committee work in Brussels. On 16 September 2014 the European Parliament and the Verkhovna Rada ratified the EU–Ukraine Association Agreement simultaneously.',
      uk: 'Депутатів обирають прямим голосуванням із 1979 року. Пленарні засідання відбуваються у Страсбурзі, робота комітетів — у Брюсселі. 16 вересня 2014 року Європарламент і Верховна Рада одночасно ратифікували Угоду про асоціацію між Україною та ЄС.',
    },
    {
      en: 'In 2022 the Parliament awarded its Sakharov Prize to the people of Ukraine, and on 23 November 2022 it adopted a resolution recognising Russia as a state sponsor of terrorism. Its resolutions on foreign policy are not binding but signal the majority view among MEPs.',
      uk: '2022 року Європарламент присудив Премію імені Сахарова українському народові, а 23 листопада 2022 року ухвалив резолюцію, яка визнає Росію державою — спонсором тероризму. Його зовнішньополітичні резолюції не є обов’язковими, але показують позицію більшості євродепутатів.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Parliament elected in June 2024 was in the first year of its five-year term. Its consent would be needed for the EU’s next long-term budget and for any future treaty on Ukraine’s accession.',
      uk: 'Станом на червень 2025 року Європарламент, обраний у червні 2024 року, працював перший рік своєї п’ятирічної каденції. Його згода знадобиться для наступного довгострокового бюджету ЄС і для будь-якого майбутнього договору про вступ України.',
    },
  },
  timeline: [
    { date: '1979-06', text: { en: 'First direct elections to the European Parliament.', uk: 'Перші прямі вибори до Європарламенту.' } },
    { date: '2014-09-16', text: { en: 'The Parliament and the Verkhovna Rada ratify the Association Agreement simultaneously.', uk: 'Європарламент і Верховна Рада одночасно ратифікують Угоду про асоціацію.' } },
    { date: '2022-01-18', text: { en: 'Roberta Metsola is elected President of the Parliament.', uk: 'Президентом Європарламенту обрано Роберту Мецолу.' } },
    { date: '2022-11-23', text: { en: 'Resolution recognising Russia as a state sponsor of terrorism.', uk: 'Резолюція про визнання Росії державою — спонсором тероризму.' } },
    { date: '2024-06', text: { en: 'Elections to the Parliament; 720 MEPs are elected.', uk: 'Вибори до Європарламенту; обрано 720 депутатів.' } },
    { date: '2024-07-16', text: { en: 'Metsola is re-elected President.', uk: 'Мецолу переобрано президентом Європарламенту.' } },
  ],
  related: ['european-union', 'european-commission', 'european-council', 'eu-ukraine-association-agreement', 'eu-accession-of-ukraine', 'verkhovna-rada'],
  sources: [
    { publisher: 'European Parliament', title: 'European Parliament resolution of 23 November 2022 on recognising the Russian Federation as a state sponsor of terrorism', date: '2022-11-23' },
    { publisher: 'European Parliament', title: 'Sakharov Prize for Freedom of Thought 2022', date: '2022-10-19' },
    { publisher: 'European Parliament', title: '2024 European elections: results' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
