import type { KbEntryInput } from '../schema';

export default {
  id: 'ursula-von-der-leyen',
  kind: 'person',
  title: { en: 'Ursula von der Leyen', uk: 'Урсула фон дер Ляєн' },
  aliases: [
    { text: 'Ursula von der Leyen', lang: 'en' },
    { text: 'von der Leyen', lang: 'en' },
    { text: 'von der Leyen', lang: 'de', inflect: false },
    { text: 'von der Leyen', lang: 'pl', inflect: false },
    { text: 'Урсула фон дер Ляєн', lang: 'uk', stems: ['Урсул', 'фон', 'дер', 'Ляєн'] },
    { text: 'фон дер Ляєн', lang: 'uk', inflect: false },
    { text: 'Урсула фон дер Ляйен', lang: 'ru', stems: ['Урсул', 'фон', 'дер', 'Ляйен'] },
    { text: 'фон дер Ляйен', lang: 'ru', inflect: false },
  ],
  summary: {
    en: 'President of the European Commission since December 2019, in her second term since December 2024; German defence minister in 2013–2019. Her Commission has drafted the EU’s sanctions against Russia and its financial support for Ukraine and, in March 2025, proposed the ReArm Europe plan for defence spending.',
    uk: 'Президентка Європейської комісії з грудня 2019 року, з грудня 2024 року — на другому терміні; у 2013–2019 роках — міністерка оборони Німеччини. Її Комісія готувала санкції ЄС проти Росії та фінансову підтримку України, а в березні 2025 року запропонувала план оборонних витрат ReArm Europe.',
  },
  background: [
    {
      en: 'A physician by training and a Christian Democrat, von der Leyen served in Angela Merkel’s cabinets from 2005, as minister for family affairs, then labour, and from December 2013 to July 2019 as Germany’s first female defence minister. EU leaders proposed her for Commission president in July 2019; she took office on 1 December 2019.',
      uk: 'Лікарка за освітою і християнська демократка, фон дер Ляєн входила до урядів Анґели Меркель з 2005 року — як міністерка у справах сім’ї, потім праці, а з грудня 2013 до липня 2019 року була першою жінкою на посаді міністра оборони Німеччини. У липні 2019 року лідери ЄС запропонували її на посаду голови Єврокомісії; до виконання обов’язків вона приступила 1 грудня 2019 року.',
    },
    {
      en: 'After Russia’s full-scale invasion in February 2022 her Commission drafted successive sanctions packages and backed Ukraine’s bid for EU membership, which gained candidate status in June 2022. The European Parliament re-elected her on 18 July 2024. On 4 March 2025 she presented the ReArm Europe plan, which the Commission said could mobilise up to €800 billion for defence, including €150 billion in loans to member states.',
      uk: 'Після початку повномасштабного вторгнення Росії в лютому 2022 року її Комісія готувала пакети санкцій і підтримала заявку України на членство в ЄС; статус кандидата Україна отримала в червні 2022 року. 18 липня 2024 року Європарламент переобрав її. 4 березня 2025 року вона представила план ReArm Europe, який, за оцінкою Комісії, може мобілізувати до 800 млрд євро на оборону, зокрема 150 млрд євро кредитів державам-членам.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, von der Leyen’s Commission was proposing further sanctions against Russia, steering EU funding for Ukraine and pushing member states to spend more on defence under the ReArm Europe / Readiness 2030 plan.',
      uk: 'Станом на липень 2025 року Комісія фон дер Ляєн пропонувала нові санкції проти Росії, спрямовувала фінансування ЄС для України й заохочувала держави-члени більше витрачати на оборону в межах плану ReArm Europe / Readiness 2030.',
    },
  },
  timeline: [
    { date: '2013-12-17', text: { en: 'Becomes Germany’s defence minister.', uk: 'Стає міністеркою оборони Німеччини.' } },
    { date: '2019-12-01', text: { en: 'Takes office as President of the European Commission.', uk: 'Обіймає посаду президентки Європейської комісії.' } },
    { date: '2022-06-23', text: { en: 'EU leaders grant Ukraine candidate status, on her Commission’s recommendation.', uk: 'Лідери ЄС за рекомендацією її Комісії надають Україні статус кандидата.' } },
    { date: '2024-07-18', text: { en: 'The European Parliament re-elects her for a second term.', uk: 'Європарламент переобирає її на другий термін.' } },
    { date: '2025-03-04', text: { en: 'Presents the ReArm Europe plan.', uk: 'Представляє план ReArm Europe.' } },
  ],
  roles: [
    { title: { en: 'Federal Minister of Defence of Germany', uk: 'Міністерка оборони Німеччини' }, from: '2013-12-17', to: '2019-07-17' },
    { title: { en: 'President of the European Commission', uk: 'Президентка Європейської комісії' }, from: '2019-12-01', asOf: '2025-07' },
  ],
  related: ['european-commission', 'european-union', 'eu-sanctions-against-russia', 'eu-accession-of-ukraine', 'frozen-russian-assets', 'kaja-kallas', 'antonio-costa'],
  sources: [
    { publisher: 'European Commission', title: 'Press statement by President von der Leyen on the defence package', date: '2025-03-04' },
    { publisher: 'Wikipedia', title: 'Ursula von der Leyen' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
