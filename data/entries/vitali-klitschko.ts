import type { KbEntryInput } from '../schema';

export default {
  id: 'vitali-klitschko',
  kind: 'person',
  title: { en: 'Vitali Klitschko', uk: 'Віталій Кличко' },
  aliases: [
    { text: 'Vitali Klitschko', lang: 'en' },
    { text: 'Vitaliy Klitschko', lang: 'en' },
    { text: 'Vitalii Klychko', lang: 'en' },
    { text: 'Vitali Klitschko', lang: 'de' },
    { text: 'Witalij Kliczko', lang: 'pl', stems: ['Witalij', 'Kliczk'] },
    // Bare surname: also his brother Wladimir Klitschko, the former heavyweight champion.
    { text: 'Klitschko', lang: 'en', ambiguous: true },
    { text: 'Klitschko', lang: 'de', ambiguous: true },
    { text: 'Kliczko', lang: 'pl', stems: ['Kliczk'], ambiguous: true },
    { text: 'Віталій Кличко', lang: 'uk', stems: ['Віталі', 'Кличк'] },
    { text: 'Кличко', lang: 'uk', stems: ['Кличк'], ambiguous: true },
    { text: 'Виталий Кличко', lang: 'ru', stems: ['Витали', 'Кличк'] },
    { text: 'Кличко', lang: 'ru', stems: ['Кличк'], ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'mayor', 'Bürgermeister*', 'Oberbürgermeister*', 'burmistrz*', 'prezydent* Kijowa', 'mer Kijowa', 'mera Kijowa', 'merem Kijowa',
      'мер', 'мера', 'мером', 'меру', 'мерові', 'мэр*', 'міський голова', 'міського голови', 'maire',
      'Vitali*', 'Witalij*', 'Віталі*', 'Витали*',
      'Kyiv City', 'city council', 'Київрад*', 'КМДА', 'KMDA', 'міськ*', 'городск*', 'Stadt*', 'miast*',
    ],
    noneOf: [
      'Wladimir Klitschko', 'Vladimir Klitschko', 'Volodymyr Klitschko', 'Władimir Kliczko', 'Wołodymyr Kliczko',
      'Володимир Кличко', 'Володимира Кличка', 'Владимир Кличко', 'Владимира Кличко',
      'brothers', 'Brüder*', 'bracia', 'братья',
    ],
    window: 300,
  },
  summary: {
    en: 'Former world heavyweight boxing champion and Mayor of Kyiv since June 2014. He led the UDAR party and was one of the opposition leaders of the 2013–2014 Euromaidan protests; as mayor he has run the capital through Russia’s full-scale war. His brother Wladimir Klitschko is also a former heavyweight champion.',
    uk: 'Колишній чемпіон світу з боксу у важкій вазі, Київський міський голова з червня 2014 року. Очолював партію УДАР і був одним з опозиційних лідерів Революції гідності 2013–2014 років; як мер керує столицею під час повномасштабної війни Росії. Його брат Володимир Кличко — також колишній чемпіон світу у важкій вазі.',
  },
  background: [
    {
      en: 'Klitschko was born in 1971 in the Kyrgyz SSR into a Soviet military family. He held the WBC heavyweight title and gave it up in December 2013 to concentrate on politics. In 2010 he founded the UDAR party, which entered the Verkhovna Rada in the 2012 election.',
      uk: 'Кличко народився 1971 року в Киргизькій РСР у родині радянського військового. Був чемпіоном світу за версією WBC у важкій вазі, а в грудні 2013 року відмовився від титулу, щоб зосередитися на політиці. У 2010 році заснував партію УДАР, яка на виборах 2012 року пройшла до Верховної Ради.',
    },
    {
      en: 'During Euromaidan he was, with Arseniy Yatsenyuk and Oleh Tyahnybok, one of the three opposition leaders on the Maidan. In 2014 he did not run for president, backing Petro Poroshenko, and was elected mayor of Kyiv on 25 May 2014; he was re-elected in 2015 and 2020. Since February 2022 he has led the city through Russian missile and drone attacks.',
      uk: 'Під час Революції гідності разом з Арсенієм Яценюком і Олегом Тягнибоком був одним із трьох опозиційних лідерів Майдану. У 2014 році не балотувався в президенти, підтримавши Петра Порошенка, і 25 травня 2014 року був обраний Київським міським головою; переобраний у 2015 і 2020 роках. З лютого 2022 року керує містом в умовах російських ракетних і дронових атак.',
    },
  ],
  whyNow: {
    asOf: '2025-01',
    text: {
      en: 'As of January 2025, Klitschko was mayor of Kyiv. On 29 January 2025 he publicly appealed to Zelenskyy, accusing the new head of the Kyiv City Military Administration, Tymur Tkachenko (appointed by the president on 31 December 2024, though not named in the appeal), of blocking city decisions and trying to take over the powers of the elected mayor and council.',
      uk: 'Станом на січень 2025 року Кличко був Київським міським головою. 29 січня 2025 року він публічно звернувся до Зеленського, звинувативши нового начальника Київської міської військової адміністрації Тимура Ткаченка (призначеного президентом 31 грудня 2024 року; у зверненні його не названо на ім’я) у блокуванні рішень міста та спробах перебрати повноваження обраного мера й міськради.',
    },
  },
  timeline: [
    { date: '2010', text: { en: 'Founds the UDAR party.', uk: 'Засновує партію УДАР.' } },
    { date: '2012', text: { en: 'Elected to the Verkhovna Rada at the head of UDAR’s list.', uk: 'Обраний до Верховної Ради першим номером списку УДАРу.' } },
    { date: '2013-12', text: { en: 'Gives up his WBC title; speaks on the Maidan as one of the opposition leaders.', uk: 'Відмовляється від титулу WBC; виступає на Майдані як один з опозиційних лідерів.' } },
    { date: '2014-05-25', text: { en: 'Elected mayor of Kyiv.', uk: 'Обраний Київським міським головою.' } },
    { date: '2020', text: { en: 'Re-elected mayor of Kyiv.', uk: 'Переобраний Київським міським головою.' } },
  ],
  roles: [
    { title: { en: 'Member of the Verkhovna Rada (UDAR)', uk: 'Народний депутат України (УДАР)' }, from: '2012-12', to: '2014-06' },
    { title: { en: 'Mayor of Kyiv', uk: 'Київський міський голова' }, from: '2014-06', asOf: '2025-01' },
  ],
  related: ['euromaidan', 'petro-poroshenko', 'full-scale-invasion'],
  sources: [
    { publisher: 'Politico', title: 'Kyiv mayor pledges fight for ‘future of our country’', date: '2022-03-13', url: 'https://www.politico.com/news/2022/03/13/kyiv-mayor-fight-future-of-ukraine-00016844' },
    { publisher: 'Meduza', title: 'Kyiv mayor accuses new military administration head of trying to ‘unbalance power’ in the city, asks Zelensky to intervene', date: '2025-01-29', url: 'https://meduza.io/en/news/2025/01/29/kyiv-mayor-accuses-new-military-administration-head-of-trying-to-destabilize-power-in-the-city-asks-zelensky-to-intervene' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
