import type { KbEntryInput } from '../schema';
import { HROMADSKE_2025_03, UNGA_RES_68_262 } from '../sources';

export default {
  id: 'crimea-annexation',
  kind: 'event',
  title: { en: 'Annexation of Crimea (2014)', uk: 'Анексія Криму (2014)' },
  aliases: [
    { text: 'annexation of Crimea', lang: 'en' },
    { text: 'Crimea annexation', lang: 'en' },
    { text: 'Crimean annexation', lang: 'en' },
    { text: 'анексія Криму', lang: 'uk', stems: ['анекс', 'Криму'] },
    { text: 'аннексия Крыма', lang: 'ru', stems: ['аннекс', 'Крыма'] },
    { text: 'Annexion der Krim', lang: 'de' },
    { text: 'aneksja Krymu', lang: 'pl', stems: ['aneksj', 'Krymu'] },
    { text: 'annexion de la Crimée', lang: 'fr' },
  ],
  // The region's own name belongs to the `crimea` entry; this card is for the 2014 annexation by name.
  summary:
    { en: 'Russia’s seizure and incorporation of Ukraine’s Crimean peninsula in February–March 2014, after armed men without insignia took over key sites and a referendum was held under Russian military control. Ukraine and most UN member states do not recognise it; Russia regards Crimea as part of its territory.', uk: 'Захоплення і приєднання Росією українського Кримського півострова в лютому–березні 2014 року: озброєні люди без розпізнавальних знаків захопили ключові об’єкти, а «референдум» провели під контролем російських військових. Україна і більшість держав — членів ООН анексії не визнають; Росія вважає Крим своєю територією.' },
  background: [
    { en: 'After the Maidan protests and President Yanukovych’s flight from Kyiv in February 2014, armed men without insignia seized Crimea’s parliament and other key sites. Russia later acknowledged that its servicemen had been involved. On 16 March a “referendum” on joining Russia was held without independent observation, and on 18 March Russia signed a treaty annexing Crimea and the city of Sevastopol.', uk: 'Після протестів на Майдані та втечі президента Януковича з Києва в лютому 2014 року озброєні люди без розпізнавальних знаків захопили кримський парламент та інші ключові об’єкти. Згодом Росія визнала, що до цього були причетні її військові. 16 березня без незалежного спостереження провели «референдум» про приєднання до Росії, а 18 березня Росія підписала договір про анексію Криму та Севастополя.' },
    { en: 'On 27 March 2014 the UN General Assembly adopted resolution 68/262, affirming Ukraine’s territorial integrity and calling the referendum invalid. Western states imposed sanctions on Russia. Ukraine considers Crimea temporarily occupied territory.', uk: '27 березня 2014 року Генасамблея ООН ухвалила резолюцію 68/262, яка підтвердила територіальну цілісність України і визнала референдум недійсним. Західні держави запровадили санкції проти Росії. Україна вважає Крим тимчасово окупованою територією.' },
    { en: 'The annexation breached, in the view of Ukraine, the United States and the United Kingdom, the assurances of the 1994 Budapest Memorandum. It was followed by the war in Donbas from spring 2014 and, in February 2022, by Russia’s full-scale invasion.', uk: 'На думку України, США і Великої Британії, анексія порушила запевнення Будапештського меморандуму 1994 року. За нею навесні 2014 року почалася війна на Донбасі, а в лютому 2022 року — повномасштабне вторгнення Росії.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske’s article on guarantees treated 2014 as a turning point: Vitaliy Portnikov contrasted Russia’s pressure on Ukraine before 2014, through political destabilisation and economic means, with military attack, and the Budapest Memorandum’s failure that year shaped Ukraine’s demand for stronger guarantees.', uk: 'Станом на березень 2025 року стаття hromadske про гарантії розглядала 2014 рік як переломний: Віталій Портников протиставляв тиск Росії на Україну до 2014 року — політичною дестабілізацією та економічними засобами — військовому нападу, а провал Будапештського меморандуму того року сформував запит України на сильніші гарантії.' },
  },
  timeline: [
    { date: '2014-02-27', text: { en: 'Armed men without insignia seize the Crimean parliament and government buildings in Simferopol.', uk: 'Озброєні люди без розпізнавальних знаків захоплюють будівлі парламенту й уряду Криму в Сімферополі.' } },
    { date: '2014-03-15', text: { en: 'Russia vetoes a UN Security Council draft resolution declaring the planned referendum invalid.', uk: 'Росія накладає вето на проєкт резолюції Радбезу ООН, який визнавав запланований референдум недійсним.' } },
    { date: '2014-03-16', text: { en: 'A “referendum” on joining Russia is held in Crimea under Russian military control.', uk: 'У Криму під контролем російських військових проводять «референдум» про приєднання до Росії.' } },
    { date: '2014-03-18', text: { en: 'Russia signs a treaty annexing Crimea and Sevastopol.', uk: 'Росія підписує договір про анексію Криму та Севастополя.' } },
    { date: '2014-03-27', text: { en: 'UN General Assembly resolution 68/262 affirms Ukraine’s territorial integrity.', uk: 'Резолюція Генасамблеї ООН 68/262 підтверджує територіальну цілісність України.' } },
  ],
  positions: [],
  related: ['budapest-memorandum', 'full-scale-invasion', 'minsk-agreements', 'un-security-council', 'sphere-of-influence'],
  sources: [UNGA_RES_68_262, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
