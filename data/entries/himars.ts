import type { KbEntryInput } from '../schema';

export default {
  id: 'himars',
  kind: 'weapon',
  title: { en: 'HIMARS', uk: 'HIMARS' },
  aliases: [
    { text: 'HIMARS', lang: 'en' },
    { text: 'M142 HIMARS', lang: 'en' },
    { text: 'High Mobility Artillery Rocket System', lang: 'en' },
    { text: 'Хаймарс', lang: 'uk', stems: ['Хаймарс'] },
    { text: 'Хаймарс', lang: 'ru', stems: ['Хаймарс'] },
  ],
  summary: {
    en: 'The M142 High Mobility Artillery Rocket System, a US-made rocket launcher on a wheeled truck built by Lockheed Martin. Since June 2022 Ukraine has used it to strike Russian depots, command posts and bridges far behind the front line with GPS-guided rockets and, from October 2023, ATACMS missiles.',
    uk: 'M142 HIMARS — американська реактивна система залпового вогню на колісному шасі виробництва Lockheed Martin. З червня 2022 року Сили оборони України б’ють із неї по російських складах, командних пунктах і мостах далеко за лінією фронту високоточними ракетами GMLRS, а з жовтня 2023 року — і ракетами ATACMS.',
  },
  background: [
    {
      en: 'The United States announced HIMARS for Ukraine on 1 June 2022, with guided rockets of about 70–80 km range rather than the longer-range ATACMS Kyiv had asked for. Ukraine’s defence minister Oleksii Reznikov announced the arrival of the first launchers on 23 June 2022; more followed from the US, alongside similar M270 launchers from the UK and Germany.',
      uk: 'Сполучені Штати оголосили про передачу HIMARS Україні 1 червня 2022 року — з керованими ракетами дальністю близько 70–80 км, а не з далекобійними ATACMS, яких просив Київ. 23 червня 2022 року міністр оборони Олексій Резніков повідомив, що перші установки вже в Україні; згодом США передали ще, а Велика Британія й Німеччина — схожі системи M270.',
    },
    {
      en: 'In the summer of 2022 HIMARS strikes on ammunition depots and on the bridges across the Dnipro supported the counteroffensives that freed much of the Kharkiv region and the city of Kherson. Washington initially asked Ukraine not to fire US weapons into Russia; in late May 2024 it allowed such strikes against Russian forces attacking the Kharkiv region.',
      uk: 'Влітку 2022 року удари HIMARS по складах боєприпасів і мостах через Дніпро допомогли контрнаступам, які звільнили більшу частину Харківщини та Херсон. Спершу Вашингтон просив не застосовувати американську зброю по території Росії; наприкінці травня 2024 року дозволив такі удари по російських силах, що наступали на Харківщину.',
    },
  ],
  timeline: [
    { date: '2022-06-01', text: { en: 'The US announces HIMARS with guided rockets for Ukraine.', uk: 'США оголошують про передачу Україні HIMARS із керованими ракетами.' } },
    { date: '2022-06-23', text: { en: 'Defence minister Reznikov announces that the first HIMARS have arrived in Ukraine.', uk: 'Міністр оборони Резніков повідомляє, що перші HIMARS прибули в Україну.' } },
    { date: '2023-10-17', text: { en: 'Ukraine fires US-supplied ATACMS for the first time, at airfields near occupied Berdiansk and Luhansk.', uk: 'Україна вперше застосовує американські ATACMS — по аеродромах біля окупованих Бердянська і Луганська.' } },
    { date: '2024-05', text: { en: 'The US allows Ukraine to use US weapons against Russian forces across the border from the Kharkiv region.', uk: 'США дозволяють Україні застосовувати американську зброю по російських силах за кордоном Харківщини.' } },
  ],
  related: ['atacms', 'storm-shadow', 'kherson', 'kharkiv', 'liberation-of-kherson', 'kharkiv-counteroffensive-2022', 'escalation'],
  sources: [
    { publisher: 'Reuters', title: 'Ukraine defense minister welcomes arrival of U.S. rocket systems', date: '2022-06-23' },
    { publisher: 'RFE/RL', title: 'Zelenskiy Says Ukraine Used U.S.-Supplied ATACMS In Overnight Attacks', date: '2023-10-17' },
    { publisher: 'Reuters', title: 'Blinken says Washington approved use of US weapons by Ukraine inside Russia', date: '2024-05-31' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
