import type { KbEntryInput } from '../schema';

export default {
  id: 'g7',
  kind: 'format',
  title: { en: 'G7 (Group of Seven)', uk: 'G7 («Велика сімка»)' },
  aliases: [
    { text: 'G7', lang: 'en' },
    { text: 'G-7', lang: 'en' },
    { text: 'Group of Seven', lang: 'en' },
    { text: 'Велика сімка', lang: 'uk', stems: ['Велик', 'сімк'] },
    { text: 'Большая семёрка', lang: 'ru', stems: ['Больш', 'семёрк'] },
    { text: 'Gruppe der Sieben', lang: 'de', inflect: false },
    { text: 'Grupa Siedmiu', lang: 'pl', stems: ['Grup', 'Siedmiu'] },
    { text: 'Groupe des Sept', lang: 'fr' },
  ],
  summary: {
    en: 'An informal forum of seven large industrial democracies (Canada, France, Germany, Italy, Japan, the UK and the US), with the EU taking part. It has no treaty or secretariat; its leaders meet yearly. Since 2022 it has coordinated sanctions on Russia, the oil price cap and loans to Ukraine backed by frozen Russian assets.',
    uk: 'Неформальний форум семи великих індустріальних демократій (Канада, Франція, Німеччина, Італія, Японія, Велика Британія та США) за участі ЄС. Договору чи секретаріату не має, лідери збираються щороку. З 2022 року G7 координує санкції проти Росії, граничну ціну на російську нафту та кредити Україні під заморожені російські активи.',
  },
  background: [
    {
      en: 'The group grew out of the economic summits of the 1970s. Russia took part from 1997, turning it into the G8, until the other members suspended its participation after the annexation of Crimea in March 2014 and met without it in Brussels that June instead of at the planned summit in Sochi.',
      uk: 'Група виросла з економічних самітів 1970-х років. З 1997 року до неї долучилася Росія, і вона стала G8, але після анексії Криму в березні 2014 року інші члени призупинили участь Росії й у червні того ж року зібралися без неї в Брюсселі замість запланованого саміту в Сочі.',
    },
    {
      en: 'After the full-scale invasion the G7, with the EU and Australia, set a price cap of $60 a barrel on Russian seaborne crude oil from 5 December 2022. On 12 July 2023, at NATO’s Vilnius summit, G7 leaders issued a Joint Declaration of Support for Ukraine, the basis for the bilateral security agreements that followed. In June 2024 they agreed loans of about $50 billion to Ukraine, to be repaid from the proceeds of immobilised Russian central bank assets.',
      uk: 'Після повномасштабного вторгнення G7 разом із ЄС та Австралією з 5 грудня 2022 року запровадила граничну ціну 60 доларів за барель на російську нафту, що перевозиться морем. 12 липня 2023 року, під час саміту НАТО у Вільнюсі, лідери G7 ухвалили Спільну декларацію на підтримку України, на основі якої згодом укладали двосторонні безпекові угоди. У червні 2024 року вони погодили кредити Україні приблизно на 50 млрд доларів, які мають погашатися з доходів від знерухомлених активів російського центробанку.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, the G7 summit in Kananaskis, Canada, showed the strain over Ukraine under the second Trump administration: President Zelenskyy attended, but Donald Trump left the summit early and the two did not meet there.',
      uk: 'Станом на червень 2025 року саміт G7 у Кананаскісі (Канада) показав напругу навколо України за другої адміністрації Трампа: президент Зеленський приїхав на саміт, але Дональд Трамп поїхав достроково, і зустрічі між ними там не відбулося.',
    },
  },
  timeline: [
    { date: '1997', text: { en: 'Russia joins the group’s summits, which become the G8.', uk: 'Росія долучається до самітів групи, яка стає G8.' } },
    { date: '2014-03-24', text: { en: 'The G7 suspends Russia’s participation over the annexation of Crimea.', uk: 'G7 призупиняє участь Росії через анексію Криму.' } },
    { date: '2022-12-05', text: { en: 'The price cap on Russian seaborne crude oil takes effect.', uk: 'Набуває чинності гранична ціна на російську нафту, що перевозиться морем.' } },
    { date: '2023-07-12', text: { en: 'G7 leaders issue the Joint Declaration of Support for Ukraine in Vilnius.', uk: 'Лідери G7 ухвалюють у Вільнюсі Спільну декларацію на підтримку України.' } },
    { date: '2024-06', text: { en: 'At the summit in Apulia, Italy, leaders agree about $50 billion in loans backed by Russian assets.', uk: 'На саміті в Апулії (Італія) лідери погоджують близько 50 млрд доларів кредитів під російські активи.' } },
    { date: '2025-06', text: { en: 'Summit in Kananaskis, Canada; Trump leaves early.', uk: 'Саміт у Кананаскісі (Канада); Трамп їде достроково.' } },
  ],
  related: ['sanctions', 'oil-price-cap', 'frozen-russian-assets', 'bilateral-security-agreements', 'crimea-annexation', 'european-union'],
  sources: [
    { publisher: 'White House', title: 'The Hague Declaration (G7 leaders’ statement)', date: '2014-03-24' },
    { publisher: 'G7', title: 'Joint Declaration of Support for Ukraine', date: '2023-07-12' },
    { publisher: 'G7', title: 'Apulia G7 Leaders’ Communiqué', date: '2024-06-14' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
