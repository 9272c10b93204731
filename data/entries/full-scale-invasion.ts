import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, UNGA_RES_ES_11_1 } from '../sources';

export default {
  id: 'full-scale-invasion',
  kind: 'event',
  title: { en: 'Russia’s full-scale invasion of Ukraine (2022)', uk: 'Повномасштабне вторгнення Росії в Україну (2022)' },
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
    { en: 'The war Russia began on 24 February 2022, when its forces invaded Ukraine from Russia, Belarus and occupied Crimea. Russia calls it a “special military operation”. It followed eight years of conflict since the 2014 annexation of Crimea and fighting in Donbas, and is the largest war in Europe since the Second World War.', uk: 'Війна, яку Росія розпочала 24 лютого 2022 року, коли її війська вторглися в Україну з території Росії, Білорусі та окупованого Криму. Росія називає її «спеціальною військовою операцією». Йому передували вісім років конфлікту, що почався 2014 року з анексії Криму і боїв на Донбасі; це найбільша війна в Європі після Другої світової.' },
  background: [
    { en: 'On 21 February 2022 Russia recognised the self-proclaimed “people’s republics” in Donetsk and Luhansk; three days later it attacked along several fronts, including towards Kyiv. Russian forces withdrew from the Kyiv, Chernihiv and Sumy regions in late March and early April 2022. In September 2022 Russia claimed to annex four partly occupied Ukrainian regions, which Ukraine and most states do not recognise.', uk: '21 лютого 2022 року Росія визнала самопроголошені «народні республіки» в Донецьку й Луганську, а через три дні почала наступ кількома напрямками, зокрема на Київ. Наприкінці березня — на початку квітня 2022 року російські війська відійшли з Київщини, Чернігівщини та Сумщини. У вересні 2022 року Росія заявила про анексію чотирьох частково окупованих українських областей, яку Україна і більшість держав не визнають.' },
    { en: 'On 2 March 2022 the UN General Assembly demanded that Russia withdraw its forces (resolution ES-11/1); a Security Council draft had failed because of Russia’s veto. Western states imposed wide sanctions and supplied Ukraine with weapons, funding and intelligence.', uk: '2 березня 2022 року Генасамблея ООН зажадала від Росії вивести війська (резолюція ES-11/1); проєкт резолюції Радбезу перед тим провалився через російське вето. Західні держави запровадили широкі санкції та постачали Україні зброю, фінансування і розвідувальні дані.' },
    { en: 'The invasion is the background of the 2025 debate on guarantees: in Ukraine it is widely seen as proof that assurances without enforcement fail, and any settlement is judged by whether it can prevent a repeat.', uk: 'Вторгнення — тло дискусії 2025 року про гарантії: в Україні його широко вважають доказом того, що запевнення без механізму виконання не працюють, і будь-яке врегулювання оцінюють за тим, чи здатне воно запобігти повторенню.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, three years into the invasion, the United States was pushing for a settlement and opened talks with both sides. hromadske reported President Trump’s claim that talk of Ukraine joining NATO had provoked the war, and commentator Vitaliy Portnikov’s view that Ukraine must prepare far better for any new invasion than before February 2022.', uk: 'Станом на березень 2025 року, через три роки після початку вторгнення, США домагалися врегулювання і відкрили переговори з обома сторонами. hromadske писав про твердження президента Трампа, що війну спровокували розмови про вступ України до НАТО, і про думку оглядача Віталія Портникова: до будь-якого нового вторгнення Україна має підготуватися значно краще, ніж до лютого 2022 року.' },
  },
  timeline: [
    { date: '2022-02-21', text: { en: 'Russia recognises the self-proclaimed “people’s republics” in Donetsk and Luhansk.', uk: 'Росія визнає самопроголошені «народні республіки» в Донецьку й Луганську.' } },
    { date: '2022-02-24', text: { en: 'Russia launches its full-scale invasion of Ukraine.', uk: 'Росія розпочинає повномасштабне вторгнення в Україну.' } },
    { date: '2022-02-25', text: { en: 'Russia vetoes a UN Security Council draft resolution on the invasion.', uk: 'Росія накладає вето на проєкт резолюції Радбезу ООН щодо вторгнення.' } },
    { date: '2022-03-02', text: { en: 'The UN General Assembly demands Russia’s withdrawal (resolution ES-11/1).', uk: 'Генасамблея ООН вимагає, щоб Росія вивела війська (резолюція ES-11/1).' } },
    { date: '2022-04', text: { en: 'Russian forces withdraw from the regions around Kyiv and from northern Ukraine.', uk: 'Російські війська відходять з областей навколо Києва і з півночі України.' } },
    { date: '2022-09-30', text: { en: 'Russia claims to annex four partly occupied Ukrainian regions.', uk: 'Росія заявляє про анексію чотирьох частково окупованих українських областей.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian forces retake the city of Kherson.', uk: 'Українські сили звільняють Херсон.' } },
  ],
  positions: [P.trumpNatoProvokedWar, P.portnikovFourConditions, P.hrytsenkoPermanentThreat],
  related: ['crimea-annexation', 'budapest-memorandum', 'peace-deal', 'security-guarantees', 'escalation', 'vladimir-putin'],
  sources: [UNGA_RES_ES_11_1, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
