import type { KbEntryInput } from '../schema';

export default {
  id: 'boris-pistorius',
  kind: 'person',
  title: { en: 'Boris Pistorius', uk: 'Борис Пісторіус' },
  aliases: [
    { text: 'Boris Pistorius', lang: 'en' },
    { text: 'Boris Pistorius', lang: 'de' },
    { text: 'Boris Pistorius', lang: 'pl', stems: ['Boris', 'Pistorius'] },
    // Guards against Oscar Pistorius, the South African Paralympic sprinter convicted of murder.
    { text: 'Pistorius', lang: 'en', ambiguous: true },
    { text: 'Pistorius', lang: 'de', ambiguous: true },
    { text: 'Pistorius', lang: 'pl', ambiguous: true },
    { text: 'Борис Пісторіус', lang: 'uk' },
    { text: 'Пісторіус', lang: 'uk', ambiguous: true },
    { text: 'Борис Писториус', lang: 'ru' },
    { text: 'Писториус', lang: 'ru', ambiguous: true },
  ],
  disambiguation: {
    anyOf: [
      'Boris', 'Борис*',
      'defence', 'defense', 'Verteidigung*', 'obron*', 'оборон*', 'minister*', 'Minister*', 'міністр*', 'министр*',
      'Bundeswehr', 'Wehrpflicht', 'conscription', 'military', 'Militär*', 'wojsk*', 'військ*', 'войск*', 'армі*', 'арми*',
      'Germany', 'German', 'Deutschland', 'deutsch*', 'Niemc*', 'niemieck*', 'Німеччин*', 'німецьк*', 'Германи*', 'немецк*', 'Berlin',
      'SPD', 'Scholz', 'Merz', 'Шольц*', 'Мерц*',
      'Ukrain*', 'Україн*', 'Украин*', 'NATO', 'НАТО', 'Taurus', 'Patriot', 'IRIS-T',
    ],
    noneOf: ['Oscar', 'Оскар*', 'Reeva', 'Steenkamp', 'Paralymp*', 'Паралімп*', 'Паралимп*', 'sprinter*', 'Sprinter*', 'South Africa*', 'Südafrika*', 'Pretoria', 'murder*', 'Mord*', 'morderstw*', 'вбивств*', 'убийств*'],
    window: 300,
  },
  summary: {
    en: 'German defence minister since January 2023, a Social Democrat who kept the post when Friedrich Merz’s government took office in May 2025. He argues that Germany’s armed forces must become capable of waging war to deter Russia, and has overseen large deliveries of air defence to Ukraine.',
    uk: 'Міністр оборони Німеччини з січня 2023 року, соціал-демократ, який зберіг посаду в уряді Фрідріха Мерца, сформованому в травні 2025 року. Наполягає, що збройні сили Німеччини мають стати здатними вести війну, щоб стримувати Росію; керував масштабними постачаннями засобів ППО Україні.',
  },
  background: [
    {
      en: 'Pistorius was interior minister of Lower Saxony from 2013 until Chancellor Olaf Scholz appointed him federal defence minister on 19 January 2023, succeeding Christine Lambrecht. Within days Germany agreed to send Leopard 2 tanks to Ukraine.',
      uk: 'Пісторіус був міністром внутрішніх справ Нижньої Саксонії з 2013 року, аж доки 19 січня 2023 року канцлер Олаф Шольц не призначив його федеральним міністром оборони замість Крістіне Ламбрехт. За кілька днів Німеччина погодилася передати Україні танки Leopard 2.',
    },
    {
      en: 'In October 2023 he said Germany had to become “kriegstüchtig”, able to fight a war, and he has warned that Russia could be capable of attacking NATO territory within several years. He proposed a new form of military service to enlarge the Bundeswehr. In Merz’s coalition of CDU/CSU and SPD he remained defence minister from 6 May 2025.',
      uk: 'У жовтні 2023 року він заявив, що Німеччина має стати «kriegstüchtig» — здатною вести війну, і попереджав, що за кілька років Росія може бути спроможна напасти на територію НАТО. Він запропонував нову модель військової служби, щоб збільшити бундесвер. У коаліції ХДС/ХСС і СДПН під керівництвом Мерца він залишився міністром оборони з 6 травня 2025 року.',
    },
  ],
  whyNow: {
    asOf: '2025-07',
    text: {
      en: 'As of July 2025, Pistorius was overseeing a sharp rise in German defence spending after the debt-brake reform of March 2025, and German support for Ukraine focused on air defence and on financing production of long-range weapons in Ukraine.',
      uk: 'Станом на липень 2025 року Пісторіус керував різким збільшенням оборонних витрат Німеччини після реформи «боргового гальма» в березні 2025 року, а німецька підтримка України зосереджувалася на ППО та фінансуванні виробництва далекобійної зброї в Україні.',
    },
  },
  timeline: [
    { date: '2023-01-19', text: { en: 'Becomes Germany’s defence minister.', uk: 'Стає міністром оборони Німеччини.' } },
    { date: '2023-01-25', text: { en: 'Germany agrees to send Leopard 2 tanks to Ukraine.', uk: 'Німеччина погоджується передати Україні танки Leopard 2.' } },
    { date: '2023-10', text: { en: 'Says Germany must become able to fight a war (“kriegstüchtig”).', uk: 'Заявляє, що Німеччина має стати здатною вести війну («kriegstüchtig»).' } },
    { date: '2025-05-06', text: { en: 'Stays on as defence minister in Friedrich Merz’s government.', uk: 'Залишається міністром оборони в уряді Фрідріха Мерца.' } },
  ],
  roles: [
    { title: { en: 'Interior Minister of Lower Saxony', uk: 'Міністр внутрішніх справ Нижньої Саксонії' }, from: '2013-02', to: '2023-01' },
    { title: { en: 'Federal Minister of Defence of Germany', uk: 'Федеральний міністр оборони Німеччини' }, from: '2023-01-19', asOf: '2025-07' },
  ],
  related: ['olaf-scholz', 'friedrich-merz', 'leopard-2', 'patriot', 'taurus', 'nato', 'ukraine-defense-contact-group'],
  sources: [
    { publisher: 'ZDF', title: 'Berlin direkt: interview with Boris Pistorius', date: '2023-10-29' },
    { publisher: 'Wikipedia', title: 'Boris Pistorius' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
