import type { KbEntryInput } from '../schema';
import { UNGA_RES_68_262 } from '../sources';

export default {
  id: 'unga-resolution-68-262',
  kind: 'document',
  title: { en: 'UN General Assembly resolution 68/262', uk: 'Резолюція Генасамблеї ООН 68/262' },
  aliases: [
    { text: 'resolution 68/262', lang: 'en' },
    { text: 'A/RES/68/262', lang: 'en' },
    { text: 'резолюція 68/262', lang: 'uk', stems: ['резолюці', '68/262'] },
    { text: 'резолюция 68/262', lang: 'ru', stems: ['резолюци', '68/262'] },
    { text: 'Resolution 68/262', lang: 'de' },
    { text: 'rezolucja 68/262', lang: 'pl', stems: ['rezolucj', '68/262'] },
    { text: 'résolution 68/262', lang: 'fr' },
  ],
  summary: {
    en: 'A resolution of the UN General Assembly, “Territorial integrity of Ukraine”, adopted on 27 March 2014 by 100 votes to 11, with 58 abstentions. It affirmed Ukraine’s territorial integrity within its internationally recognised borders, declared the Crimean referendum of 16 March 2014 invalid and called on states not to recognise any change in Crimea’s status.',
    uk: 'Резолюція Генеральної Асамблеї ООН «Територіальна цілісність України», ухвалена 27 березня 2014 року: 100 голосів «за», 11 «проти», 58 утрималися. Вона підтвердила територіальну цілісність України в міжнародно визнаних кордонах, визнала недійсним кримський «референдум» 16 березня 2014 року й закликала держави не визнавати жодних змін статусу Криму.',
  },
  background: [
    {
      en: 'On 15 March 2014 Russia vetoed a Security Council draft declaring the planned referendum in Crimea invalid; China abstained and the other 13 members voted in favour. The General Assembly, where no veto applies, then adopted resolution 68/262. It underscored that the referendum had no validity and could not be the basis for any alteration of the status of the Autonomous Republic of Crimea or the city of Sevastopol.',
      uk: '15 березня 2014 року Росія наклала вето на проєкт резолюції Радбезу ООН, який визнавав недійсним запланований «референдум» у Криму; Китай утримався, решта 13 членів проголосували «за». Тоді Генасамблея, де права вето немає, ухвалила резолюцію 68/262. У ній наголошено, що «референдум» не має законної сили і не може бути підставою для будь-якої зміни статусу Автономної Республіки Крим чи міста Севастополя.',
    },
    {
      en: 'General Assembly resolutions are not legally binding, but 68/262 remains the main UN statement of non-recognition of the annexation. Later resolutions on the human rights situation and the militarisation of Crimea refer back to it, and resolution ES-11/4 of 2022 applied the same principle to Russia’s claimed annexation of four more regions.',
      uk: 'Резолюції Генасамблеї не мають обов’язкової юридичної сили, проте 68/262 лишається головним документом ООН про невизнання анексії. На неї посилаються пізніші резолюції щодо прав людини та мілітаризації Криму, а резолюція ES-11/4 2022 року застосувала той самий принцип до заявленої Росією анексії ще чотирьох областей.',
    },
  ],
  whyNow: {
    asOf: '2025-04',
    text: {
      en: 'As of April 2025, reports that a US peace proposal would recognise Crimea as Russian brought the principle of non-recognition set out in the resolution back into debate; Ukraine’s government said it would not legally recognise the occupation of Crimea.',
      uk: 'Станом на квітень 2025 року повідомлення про те, що мирна пропозиція США передбачає визнання Криму російським, повернули в дискусію закріплений у резолюції принцип невизнання; уряд України заявив, що не визнає юридично окупацію Криму.',
    },
  },
  timeline: [
    { date: '2014-03-15', text: { en: 'Russia vetoes a Security Council draft on the Crimean referendum.', uk: 'Росія ветує проєкт резолюції Радбезу ООН щодо кримського «референдуму».' } },
    { date: '2014-03-16', text: { en: 'The referendum is held in Crimea under Russian military control.', uk: 'У Криму під російським військовим контролем проводять «референдум».' } },
    { date: '2014-03-18', text: { en: 'Russia signs a treaty annexing Crimea.', uk: 'Росія підписує договір про анексію Криму.' } },
    { date: '2014-03-27', text: { en: 'The General Assembly adopts resolution 68/262 by 100 votes to 11, with 58 abstentions.', uk: 'Генасамблея ухвалює резолюцію 68/262: 100 — «за», 11 — «проти», 58 утрималися.' } },
    { date: '2022-10-12', text: { en: 'Resolution ES-11/4 rejects Russia’s claimed annexation of four more regions.', uk: 'Резолюція ES-11/4 відкидає заявлену Росією анексію ще чотирьох областей.' } },
  ],
  related: ['crimea-annexation', 'un-general-assembly', 'un-security-council', 'unga-resolution-es-11-1', 'occupied-territories', 'territorial-concessions'],
  sources: [
    UNGA_RES_68_262,
    { publisher: 'United Nations', title: 'General Assembly Adopts Resolution Calling upon States Not to Recognize Changes in Status of Crimea Region (GA/11493)', date: '2014-03-27' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
