import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, UNGA_RES_ES_11_1 } from '../sources';

export default {
  id: 'full-scale-invasion',
  kind: 'event',
  title: { en: 'Russia’s full-scale invasion of Ukraine (2022)', uk: 'Russia’s full-scale invasion of Ukraine (2022)' },
  aliases: [
    { text: 'full-scale invasion', lang: 'en', ambiguous: true },
    { text: 'full-scale war', lang: 'en', ambiguous: true },
    { text: 'Russian invasion of Ukraine', lang: 'en' },
    { text: 'special military operation', lang: 'en' },
    { text: 'повномасштабне вторгнення', lang: 'uk', stems: ['повномасштабн', 'вторгнен'] },
    { text: 'повномасштабна війна', lang: 'uk', stems: ['повномасштабн', 'війн'] },
    { text: 'полномасштабное вторжение', lang: 'ru', stems: ['полномасштабн', 'вторжени'] },
    { text: 'специальная военная операция', lang: 'ru', stems: ['специальн', 'военн', 'операци'] },
    { text: 'СВО', lang: 'ru', caseSensitive: true, inflect: false },
    { text: 'russischer Angriffskrieg', lang: 'de', stems: ['russisch', 'Angriffskrieg'] },
    { text: 'pełnoskalowa inwazja', lang: 'pl', stems: ['pełnoskalow', 'inwazj'] },
    { text: 'invasion à grande échelle', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Russia',
      'Russland',
      'Rosj*',
      'Russie',
      'Ukrain*',
      '2022',
      'Kyiv',
      'Kiev',
      'Putin*',
      'Poutine',
      'Kremlin',
      'Moscow',
      'Zelensk*',
    ],
    noneOf: [],
    window: 300,
  },
  summary:
    { en: 'The war Russia began on 24 February 2022, when its forces invaded Ukraine from Russia, Belarus and occupied Crimea. Russia calls it a “special military operation”. It followed eight years of conflict since the 2014 annexation of Crimea and fighting in Donbas, and is the largest war in Europe since the Second World War.', uk: 'The war Russia began on 24 February 2022, when its forces invaded Ukraine from Russia, Belarus and occupied Crimea. Russia calls it a “special military operation”. It followed eight years of conflict since the 2014 annexation of Crimea and fighting in Donbas, and is the largest war in Europe since the Second World War.' },
  background: [
    { en: 'On 21 February 2022 Russia recognised the self-proclaimed “people’s republics” in Donetsk and Luhansk; three days later it attacked along several fronts, including towards Kyiv. Russian forces withdrew from the Kyiv, Chernihiv and Sumy regions in late March and early April 2022. In September 2022 Russia claimed to annex four partly occupied Ukrainian regions, which Ukraine and most states do not recognise.', uk: 'On 21 February 2022 Russia recognised the self-proclaimed “people’s republics” in Donetsk and Luhansk; three days later it attacked along several fronts, including towards Kyiv. Russian forces withdrew from the Kyiv, Chernihiv and Sumy regions in late March and early April 2022. In September 2022 Russia claimed to annex four partly occupied Ukrainian regions, which Ukraine and most states do not recognise.' },
    { en: 'On 2 March 2022 the UN General Assembly demanded that Russia withdraw its forces (resolution ES-11/1); a Security Council draft had failed because of Russia’s veto. Western states imposed wide sanctions and supplied Ukraine with weapons, funding and intelligence.', uk: 'On 2 March 2022 the UN General Assembly demanded that Russia withdraw its forces (resolution ES-11/1); a Security Council draft had failed because of Russia’s veto. Western states imposed wide sanctions and supplied Ukraine with weapons, funding and intelligence.' },
    { en: 'The invasion is the background of the 2025 debate on guarantees: in Ukraine it is widely seen as proof that assurances without enforcement fail, and any settlement is judged by whether it can prevent a repeat.', uk: 'The invasion is the background of the 2025 debate on guarantees: in Ukraine it is widely seen as proof that assurances without enforcement fail, and any settlement is judged by whether it can prevent a repeat.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, three years into the invasion, the United States was pushing for a settlement and opened talks with both sides. hromadske reported President Trump’s claim that talk of Ukraine joining NATO had provoked the war, and Ukrainian commentators’ view that Ukraine must prepare far better for any new invasion than before February 2022.', uk: 'As of March 2025, three years into the invasion, the United States was pushing for a settlement and opened talks with both sides. hromadske reported President Trump’s claim that talk of Ukraine joining NATO had provoked the war, and Ukrainian commentators’ view that Ukraine must prepare far better for any new invasion than before February 2022.' },
  },
  timeline: [
    { date: '2022-02-21', text: { en: 'Russia recognises the self-proclaimed “people’s republics” in Donetsk and Luhansk.', uk: 'Russia recognises the self-proclaimed “people’s republics” in Donetsk and Luhansk.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Russia launches its full-scale invasion of Ukraine.' } },
    { date: '2022-02-25', text: { en: 'Russia vetoes a UN Security Council draft resolution on the invasion.', uk: 'Russia vetoes a UN Security Council draft resolution on the invasion.' } },
    { date: '2022-03-02', text: { en: 'The UN General Assembly demands Russia’s withdrawal (resolution ES-11/1).', uk: 'The UN General Assembly demands Russia’s withdrawal (resolution ES-11/1).' } },
    { date: '2022-04', text: { en: 'Russian forces withdraw from the regions around Kyiv and from northern Ukraine.', uk: 'Russian forces withdraw from the regions around Kyiv and from northern Ukraine.' } },
    { date: '2022-09-30', text: { en: 'Russia claims to annex four partly occupied Ukrainian regions.', uk: 'Russia claims to annex four partly occupied Ukrainian regions.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian forces retake the city of Kherson.', uk: 'Ukrainian forces retake the city of Kherson.' } },
  ],
  positions: [P.trumpNatoProvokedWar, P.portnikovFourConditions, P.hrytsenkoPermanentThreat],
  related: ['crimea-annexation', 'budapest-memorandum', 'peace-deal', 'security-guarantees', 'escalation', 'vladimir-putin'],
  sources: [UNGA_RES_ES_11_1, HROMADSKE_2025_03],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
