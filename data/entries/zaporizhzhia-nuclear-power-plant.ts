import type { KbEntryInput } from '../schema';

export default {
  id: 'zaporizhzhia-nuclear-power-plant',
  kind: 'place',
  title: { en: 'Zaporizhzhia Nuclear Power Plant', uk: 'Запорізька АЕС' },
  aliases: [
    { text: 'Zaporizhzhia nuclear power plant', lang: 'en' },
    { text: 'Zaporizhzhia nuclear plant', lang: 'en' },
    { text: 'Zaporizhzhia power plant', lang: 'en' },
    { text: 'Zaporizhzhia NPP', lang: 'en' },
    { text: 'Zaporizhzhya nuclear power plant', lang: 'en' },
    { text: 'Zaporizhzhya NPP', lang: 'en' },
    { text: 'Zaporizhia nuclear power plant', lang: 'en' },
    { text: 'Zaporizhia nuclear plant', lang: 'en' },
    { text: 'Zaporizhzhia nuclear power station', lang: 'en' },
    { text: 'ZNPP', lang: 'en' },
    { text: 'Запорізька АЕС', lang: 'uk', stems: ['Запорізьк', 'АЕС'] },
    { text: 'Запорізька атомна електростанція', lang: 'uk', stems: ['Запорізьк', 'атомн', 'електростанц'] },
    { text: 'ЗАЕС', lang: 'uk' },
    { text: 'Запорожская АЭС', lang: 'ru', stems: ['Запорожск', 'АЭС'] },
    { text: 'Запорожская атомная электростанция', lang: 'ru', stems: ['Запорожск', 'атомн', 'электростанц'] },
    { text: 'ЗАЭС', lang: 'ru' },
    { text: 'AKW Saporischschja', lang: 'de' },
    { text: 'Atomkraftwerk Saporischschja', lang: 'de' },
    { text: 'Kernkraftwerk Saporischschja', lang: 'de' },
    { text: 'Zaporoska Elektrownia Jądrowa', lang: 'pl', stems: ['Zaporosk', 'Elektrown', 'Jądrow'] },
    { text: 'Zaporoska elektrownia atomowa', lang: 'pl', stems: ['Zaporosk', 'elektrown', 'atomow'] },
    { text: 'centrale nucléaire de Zaporijia', lang: 'fr' },
  ],
  summary: {
    en: 'Europe’s largest nuclear power plant, with six reactors, on the Dnipro at Enerhodar in southern Ukraine. Russian forces seized it in March 2022; it stopped generating power in September 2022, and IAEA experts have been stationed there since then.',
    uk: 'Найбільша атомна електростанція Європи з шістьма енергоблоками, розташована на Дніпрі в Енергодарі на півдні України. Російські війська захопили її в березні 2022 року; у вересні 2022 року станція припинила виробляти електроенергію, і відтоді там постійно перебувають експерти МАГАТЕ.',
  },
  background: [
    {
      en: 'On the night of 3–4 March 2022 Russian troops attacked the plant, setting a training building on fire, and took control of it; Ukrainian staff of the operator Energoatom continued to run it under occupation. Shelling repeatedly cut its external power lines, forcing it onto emergency diesel generators, and both sides blamed each other. The last operating reactor was shut down on 11 September 2022.',
      uk: 'У ніч на 4 березня 2022 року російські війська атакували станцію, спричинивши пожежу в навчальному корпусі, і захопили її; український персонал «Енергоатома» продовжив працювати в умовах окупації. Через обстріли станція неодноразово втрачала зовнішнє живлення й переходила на аварійні дизель-генератори; сторони звинувачували одна одну. Останній працюючий реактор зупинили 11 вересня 2022 року.',
    },
    {
      en: 'IAEA Director General Rafael Grossi led a mission to the plant on 1 September 2022, and the agency has kept a team of experts there since. Its reports describe the situation as unprecedented: the first military conflict fought amid the facilities of a large nuclear power programme.',
      uk: '1 вересня 2022 року генеральний директор МАГАТЕ Рафаель Гроссі очолив місію на станцію, і відтоді агентство тримає там постійну команду експертів. У своїх звітах МАГАТЕ називає ситуацію безпрецедентною: вперше воєнні дії ведуться серед об’єктів великої ядерної енергетичної програми.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, the plant’s future was part of US-brokered ceasefire talks: after President Trump’s call with President Zelenskyy on 19 March, the US Secretary of State and National Security Adviser said Trump had suggested that the US could help run Ukraine’s nuclear power plants and that American ownership could best protect them.',
      uk: 'Станом на березень 2025 року майбутнє станції стало частиною переговорів про припинення вогню за посередництва США: після розмови президента Трампа з президентом Зеленським 19 березня держсекретар і радник з нацбезпеки США повідомили, що Трамп запропонував допомогу США в управлінні українськими АЕС і назвав американську власність найкращим захистом для них.',
    },
  },
  timeline: [
    { date: '2022-03-04', text: { en: 'Russian forces seize the plant after an overnight attack.', uk: 'Російські війська захоплюють станцію після нічного штурму.' } },
    { date: '2022-09-01', text: { en: 'An IAEA mission led by Rafael Grossi reaches the plant; the agency keeps experts there from then on.', uk: 'Місія МАГАТЕ на чолі з Рафаелем Гроссі прибуває на станцію; відтоді там постійно працюють експерти агентства.' } },
    { date: '2022-09-11', text: { en: 'The last operating reactor is shut down.', uk: 'Зупинено останній працюючий реактор.' } },
    { date: '2025-03-19', text: { en: 'After a Trump–Zelenskyy call, Washington floats US help in running, or owning, Ukraine’s nuclear plants.', uk: 'Після розмови Трампа й Зеленського Вашингтон пропонує допомогу США в управлінні українськими АЕС або володіння ними.' } },
  ],
  related: ['iaea', 'rafael-grossi', 'kakhovka-dam-destruction', 'occupied-territories', 'ceasefire'],
  sources: [
    { publisher: 'IAEA', title: 'Nuclear Safety, Security and Safeguards in Ukraine: 2nd Summary Report by the Director General', date: '2022-09-06' },
    { publisher: 'Politico', title: 'Last reactor at Ukraine’s Zaporizhzhia nuclear plant stopped', date: '2022-09-11' },
    { publisher: 'U.S. Department of State', title: 'Statement From Secretary Rubio And NSA Waltz On Call With Zelenskyy', date: '2025-03-19' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
