import type { KbEntryInput } from '../schema';
import { KREMLIN_2024_06_14 } from '../sources';

export default {
  id: 'donbas',
  kind: 'place',
  title: { en: 'Donbas', uk: 'Донбас' },
  aliases: [
    { text: 'Donbas', lang: 'en' },
    { text: 'Donbass', lang: 'en' },
    { text: 'Донбас', lang: 'uk', stems: ['Донбас'] },
    { text: 'Донбасс', lang: 'ru', stems: ['Донбасс'] },
    { text: 'Donbass', lang: 'de' },
    { text: 'Donbas', lang: 'pl', stems: ['Donbas'] },
    { text: 'Donbasie', lang: 'pl', inflect: false },
    { text: 'Donbass', lang: 'fr' },
  ],
  summary: {
    en: 'The industrial and coal-mining region of eastern Ukraine, in everyday use the Donetsk and Luhansk oblasts. Russian-backed forces seized parts of it in 2014; since the full-scale invasion of 2022 Russia has occupied most of it and claims both oblasts as its own, a claim the UN General Assembly has rejected.',
    uk: 'Промисловий і вугледобувний регіон на сході України; у звичному вжитку — Донецька і Луганська області. У 2014 році частину Донбасу захопили підтримувані Росією збройні формування, а після початку повномасштабного вторгнення 2022 року Росія окупувала більшу його частину й оголосила обидві області своїми. Генасамблея ООН цю «анексію» не визнала.',
  },
  background: [
    {
      en: 'The name comes from the Donets coal basin. In April 2014 armed groups backed by Russia seized government buildings in Donetsk, Luhansk and other towns and proclaimed the “Donetsk People’s Republic” and the “Luhansk People’s Republic”. The war in Donbas that followed was frozen, not ended, by the Minsk agreements of 2014–2015.',
      uk: 'Назва походить від Донецького вугільного басейну. У квітні 2014 року збройні угруповання за підтримки Росії захопили адмінбудівлі в Донецьку, Луганську та інших містах і проголосили так звані «ДНР» і «ЛНР». Війну на Донбасі, що почалася тоді, Мінські домовленості 2014–2015 років не припинили, а лише частково заморозили.',
    },
    {
      en: 'On 21 February 2022 Russia recognised the two self-proclaimed “republics” and three days later launched its full-scale invasion. After staged “referendums” it declared on 30 September 2022 that it had annexed the Donetsk and Luhansk oblasts together with Zaporizhzhia and Kherson; the UN General Assembly condemned this as an attempted illegal annexation in resolution ES-11/4 of 12 October 2022.',
      uk: '21 лютого 2022 року Росія визнала обидві самопроголошені «республіки», а через три дні почала повномасштабне вторгнення. Після інсценованих «референдумів» 30 вересня 2022 року Кремль оголосив про «приєднання» Донецької та Луганської областей разом із Запорізькою та Херсонською. Генасамблея ООН резолюцією ES-11/4 від 12 жовтня 2022 року засудила це як спробу незаконної анексії.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the Donbas is the main battleground: Russia holds almost all of the Luhansk oblast and most of the Donetsk oblast, and has named the withdrawal of Ukrainian troops from the whole of both oblasts (and from Zaporizhzhia and Kherson) as a condition for a ceasefire. Ukraine rejects giving up territory it still holds.',
      uk: 'Станом на червень 2025 року Донбас — головний театр бойових дій: Росія окупувала майже всю Луганську і більшу частину Донецької області та називає виведення українських військ з обох областей повністю (а також із Запорізької та Херсонської) умовою припинення вогню. Україна відмовляється віддавати території, які контролює.',
    },
  },
  timeline: [
    { date: '2014-04', text: { en: 'Russian-backed armed groups seize buildings in Donetsk, Luhansk and other towns; the war in Donbas begins.', uk: 'Збройні угруповання за підтримки Росії захоплюють будівлі в Донецьку, Луганську та інших містах; починається війна на Донбасі.' } },
    { date: '2015-02-12', text: { en: 'The second Minsk agreement (“Minsk II”) is signed; fighting continues at lower intensity along the contact line.', uk: 'Підписано другі Мінські домовленості («Мінськ-2»); бої вздовж лінії зіткнення тривають із меншою інтенсивністю.' } },
    { date: '2022-02-21', text: { en: 'Russia recognises the self-proclaimed “DPR” and “LPR”.', uk: 'Росія визнає самопроголошені «ДНР» і «ЛНР».' } },
    { date: '2022-09-30', text: { en: 'Russia declares the annexation of the Donetsk and Luhansk oblasts, with Zaporizhzhia and Kherson.', uk: 'Росія оголошує про «анексію» Донецької і Луганської областей, а також Запорізької та Херсонської.' } },
    { date: '2024-06-14', text: { en: 'Putin names the withdrawal of Ukrainian troops from the four oblasts as a condition for a ceasefire and talks.', uk: 'Путін називає виведення українських військ із чотирьох областей умовою припинення вогню та переговорів.' } },
  ],
  related: ['donetsk-oblast', 'luhansk-oblast', 'war-in-donbas', 'minsk-agreements', 'occupied-territories', 'territorial-concessions', 'bakhmut', 'pokrovsk', 'avdiivka'],
  sources: [
    { publisher: 'United Nations General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    KREMLIN_2024_06_14,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
