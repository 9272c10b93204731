import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'luhansk-oblast',
  kind: 'place',
  title: { en: 'Luhansk oblast', uk: 'Луганська область' },
  aliases: [
    { text: 'Luhansk oblast', lang: 'en' },
    { text: 'Luhansk region', lang: 'en' },
    { text: 'Lugansk region', lang: 'en' },
    { text: 'Луганська область', lang: 'uk', stems: ['Луганськ', 'област'] },
    { text: 'Луганщина', lang: 'uk', stems: ['Луганщин'] },
    { text: 'Луганская область', lang: 'ru', stems: ['Луганск', 'област'] },
    { text: 'Oblast Luhansk', lang: 'de' },
    { text: 'Gebiet Luhansk', lang: 'de' },
    { text: 'obwód ługański', lang: 'pl', stems: ['obw', 'ługańsk'] },
    { text: 'obwodzie ługańskim', lang: 'pl', inflect: false },
    { text: 'obwodu ługańskiego', lang: 'pl', inflect: false },
  ],
  summary: {
    en: 'Ukraine’s easternmost region and part of the Donbas. Its capital, Luhansk, has been held by Russia and its proxies since 2014; in July 2022 Russia claimed control of the whole oblast after taking Lysychansk, and it has since occupied almost all of it.',
    uk: 'Найсхідніша область України, частина Донбасу. Її центр, Луганськ, Росія та її маріонетки контролюють з 2014 року; у липні 2022 року після захоплення Лисичанська Росія заявила про контроль над усією областю, і відтоді окупує майже всю її територію.',
  },
  background: [
    {
      en: 'In April 2014 Russian-backed groups seized the regional security service building in Luhansk and later proclaimed the “Luhansk People’s Republic”; Ukraine moved the regional administration to Sievierodonetsk. The war in Donbas left the oblast split along a contact line until 2022.',
      uk: 'У квітні 2014 року підтримувані Росією угруповання захопили будівлю обласного управління СБУ в Луганську, а згодом проголосили так звану «ЛНР»; Україна перенесла обласну адміністрацію до Сєвєродонецька. До 2022 року область була розділена лінією зіткнення.',
    },
    {
      en: 'After the full-scale invasion Russian forces concentrated on the oblast’s remaining Ukrainian-held cities; Sievierodonetsk fell in June 2022, and on 3 July 2022 Russia’s defence minister Sergei Shoigu reported the capture of Lysychansk and of the whole region, and Ukraine’s General Staff confirmed the withdrawal. Russia declared the oblast annexed on 30 September 2022.',
      uk: 'Після початку повномасштабного вторгнення російські війська зосередилися на містах області, що лишалися під контролем України: у червні 2022 року впав Сєвєродонецьк, а 3 липня 2022 року міністр оборони РФ Сергій Шойгу доповів про захоплення Лисичанська й усієї області; Генштаб ЗСУ підтвердив відхід. 30 вересня 2022 року Росія оголосила про «анексію» області.',
    },
  ],
  timeline: [
    { date: '2014-04', text: { en: 'Russian-backed groups seize buildings in Luhansk; the “LPR” is later proclaimed.', uk: 'Підтримувані Росією угруповання захоплюють будівлі в Луганську; згодом проголошено «ЛНР».' } },
    { date: '2022-06', text: { en: 'Sievierodonetsk falls to Russian forces.', uk: 'Російські війська захоплюють Сєвєродонецьк.' } },
    { date: '2022-07-03', text: { en: 'Russia claims the whole oblast after taking Lysychansk.', uk: 'Росія заявляє про контроль над усією областю після захоплення Лисичанська.' } },
    { date: '2022-09-30', text: { en: 'Russia declares the oblast annexed.', uk: 'Росія оголошує про «анексію» області.' } },
    { date: '2024-06-14', text: { en: 'Putin demands Ukraine withdraw from the four oblasts Russia claims, Luhansk among them.', uk: 'Путін вимагає виведення українських військ із чотирьох областей, на які претендує Росія, зокрема з Луганської.' } },
  ],
  related: ['donbas', 'donetsk-oblast', 'war-in-donbas', 'occupied-territories'],
  sources: [
    { publisher: 'The Moscow Times', title: "Russia Claims Full Control Over Ukraine's Luhansk Region", date: '2022-07-03', url: 'https://www.themoscowtimes.com/2022/07/03/russia-claims-full-control-over-ukraines-luhansk-region-a78184' },
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    KREMLIN_2024_06_14,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
