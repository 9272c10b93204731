import type { KbEntryInput } from '../schema';

export default {
  id: 'council-of-europe',
  kind: 'organisation',
  title: { en: 'Council of Europe', uk: 'Рада Європи' },
  // Not an EU body: not the European Council (`european-council`) or the Council of the EU.
  aliases: [
    { text: 'Council of Europe', lang: 'en' },
    { text: 'Рада Європи', lang: 'uk', stems: ['Рад', 'Європи'] },
    { text: 'Совет Европы', lang: 'ru', stems: ['Совет', 'Европы'] },
    { text: 'Europarat', lang: 'de' },
    { text: 'Rada Europy', lang: 'pl', stems: ['Rad', 'Europy'] },
    { text: 'Radzie Europy', lang: 'pl', inflect: false },
    { text: 'Conseil de l’Europe', lang: 'fr' },
  ],
  summary: {
    en: 'An organisation of 46 European states, founded in 1949 and based in Strasbourg, that upholds human rights, democracy and the rule of law; it is not part of the EU. Its members are bound by the European Convention on Human Rights. Russia was expelled in March 2022; Ukraine has been a member since 1995.',
    uk: 'Організація 46 європейських держав, заснована 1949 року, зі штаб-квартирою у Страсбурзі, яка захищає права людини, демократію та верховенство права; до ЄС вона не належить. Її члени зобов’язані дотримуватися Європейської конвенції з прав людини. Росію виключили в березні 2022 року; Україна є членом із 1995 року.',
  },
  background: [
    {
      en: 'The Council of Europe was founded by the Treaty of London on 5 May 1949. Ukraine joined on 9 November 1995 and Russia in 1996. After the annexation of Crimea, the Parliamentary Assembly (PACE) suspended the voting rights of Russia’s delegation in 2014; they were restored in 2019.',
      uk: 'Раду Європи заснували Лондонським договором 5 травня 1949 року. Україна вступила до неї 9 листопада 1995 року, Росія — 1996 року. Після анексії Криму Парламентська асамблея (ПАРЄ) 2014 року позбавила російську делегацію права голосу, а 2019 року його відновили.',
    },
    {
      en: 'On 16 March 2022 the Committee of Ministers expelled Russia over its invasion of Ukraine, and Russia ceased to be a party to the European Convention on Human Rights on 16 September 2022. At its Reykjavík summit in May 2023 the Council set up the Register of Damage for Ukraine, the first step towards a mechanism for Russian compensation.',
      uk: '16 березня 2022 року Комітет міністрів виключив Росію через її вторгнення в Україну, а 16 вересня 2022 року Росія перестала бути стороною Європейської конвенції з прав людини. На саміті в Рейк’явіку в травні 2023 року Рада Європи створила Реєстр збитків для України — перший крок до механізму компенсацій з боку Росії.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, President Zelenskyy and the Council’s Secretary General, Alain Berset, had signed an agreement on 25 June 2025 to set up a Special Tribunal for the Crime of Aggression against Ukraine within the Council of Europe framework, to prosecute those most responsible for the crime of aggression.',
      uk: 'Станом на червень 2025 року президент Зеленський і генеральний секретар Ради Європи Ален Берсе 25 червня 2025 року підписали угоду про створення в рамках Ради Європи Спеціального трибуналу щодо злочину агресії проти України, який має притягнути до відповідальності тих, хто найбільше відповідальний за злочин агресії.',
    },
  },
  timeline: [
    { date: '1949-05-05', text: { en: 'The Council of Europe is founded in London.', uk: 'У Лондоні засновано Раду Європи.' } },
    { date: '1995-11-09', text: { en: 'Ukraine joins.', uk: 'Україна вступає до Ради Європи.' } },
    { date: '2022-03-16', text: { en: 'Russia is expelled.', uk: 'Росію виключено з організації.' } },
    { date: '2023-05', text: { en: 'Reykjavík summit sets up the Register of Damage for Ukraine.', uk: 'Саміт у Рейк’явіку створює Реєстр збитків для України.' } },
    { date: '2025-06-25', text: { en: 'Agreement signed on a Special Tribunal for the Crime of Aggression against Ukraine.', uk: 'Підписано угоду про Спеціальний трибунал щодо злочину агресії проти України.' } },
  ],
  related: ['european-council', 'european-union', 'international-criminal-court', 'volodymyr-zelenskyy'],
  sources: [
    { publisher: 'Council of Europe', title: 'Resolution CM/Res(2022)2 on the cessation of the membership of the Russian Federation to the Council of Europe', date: '2022-03-16' },
    { publisher: 'Council of Europe', title: 'Reykjavík Declaration: United around our values', date: '2023-05-17' },
    { publisher: 'Council of Europe', title: 'Agreement between the Council of Europe and Ukraine on the establishment of the Special Tribunal for the Crime of Aggression against Ukraine', date: '2025-06-25' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
