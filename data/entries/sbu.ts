import type { KbEntryInput } from '../schema';

export default {
  id: 'sbu',
  kind: 'institution',
  title: { en: 'SBU (Security Service of Ukraine)', uk: 'СБУ (Служба безпеки України)' },
  aliases: [
    { text: 'SBU', lang: 'en', caseSensitive: true },
    { text: 'Security Service of Ukraine', lang: 'en' },
    { text: 'СБУ', lang: 'uk', caseSensitive: true },
    { text: 'Служба безпеки України', lang: 'uk', stems: ['Служб', 'безпеки', 'України'] },
    { text: 'Служба безопасности Украины', lang: 'ru', stems: ['Служб', 'безопасности', 'Украины'] },
    { text: 'Sicherheitsdienst der Ukraine', lang: 'de', stems: ['Sicherheitsdienst', 'der', 'Ukraine'] },
    { text: 'Służba Bezpieczeństwa Ukrainy', lang: 'pl', stems: ['Służb', 'Bezpieczeństwa', 'Ukrainy'] },
    { text: 'Service de sécurité d’Ukraine', lang: 'fr' },
  ],
  summary: {
    en: 'Ukraine’s main security service, responsible for counter-intelligence, counter-terrorism and investigating treason and collaboration. Since the full-scale invasion it has also carried out sabotage and drone operations against Russia, most prominently Operation Spiderweb against Russian strategic bomber bases on 1 June 2025.',
    uk: 'Головна спецслужба України, що відповідає за контррозвідку, боротьбу з тероризмом і розслідування державної зради та колабораціонізму. Після початку повномасштабного вторгнення СБУ проводить також диверсійні й дронові операції проти Росії — найвідоміша з них «Павутина» проти баз російської стратегічної авіації 1 червня 2025 року.',
  },
  background: [
    {
      en: 'The SBU was created in 1991 on the basis of the Ukrainian branch of the Soviet KGB. After 2014 it was repeatedly criticised for Russian infiltration of its ranks, and since 2022 it has arrested many suspected Russian agents and collaborators. Vasyl Maliuk led it from July 2022, first as acting head and, from February 2023, as head confirmed by parliament.',
      uk: 'СБУ створили 1991 року на базі українського підрозділу радянського КДБ. Після 2014 року службу неодноразово критикували за проникнення російської агентури в її ряди, а з 2022 року вона затримала багатьох імовірних російських агентів і колаборантів. Василь Малюк керував СБУ з липня 2022 року — спершу як тимчасовий виконувач обов’язків, а з лютого 2023 року — як голова, призначений Верховною Радою.',
    },
    {
      en: 'The SBU has claimed attacks on the Crimean Bridge, including the naval-drone strike of 17 July 2023, and Maliuk later publicly described the service’s role in the truck-bomb explosion on the bridge of 8 October 2022. On 1 June 2025, in Operation Spiderweb, drones smuggled into Russia in trucks struck several air bases; the SBU said 41 aircraft were hit, a figure that could not be independently verified.',
      uk: 'СБУ заявляла про атаки на Кримський міст, зокрема удар морськими дронами 17 липня 2023 року, а Малюк згодом публічно розповів про роль служби у вибуху вантажівки на мосту 8 жовтня 2022 року. 1 червня 2025 року під час операції «Павутина» дрони, таємно завезені в Росію у вантажівках, атакували кілька аеродромів; СБУ повідомила про ураження 41 літака, незалежно підтвердити цю цифру не вдалося.',
    },
    {
      en: 'On 5 January 2026 Maliuk announced that he was stepping down as head while staying in the service to run special operations; Zelenskyy named Yevhenii Khmara, head of the SBU’s special operations centre “A”, acting head. On 12 January parliament’s national security committee declined to recommend Maliuk’s formal dismissal, which needs a vote of the full Rada.',
      uk: '5 січня 2026 року Малюк оголосив, що залишає посаду голови, але лишається в системі СБУ, щоб проводити спецоперації; тимчасовим очільником служби Зеленський призначив керівника Центру спецоперацій «А» Євгенія Хмару. 12 січня профільний комітет Верховної Ради з питань нацбезпеки не рекомендував звільняти Малюка — для цього потрібне голосування всієї Ради.',
    },
  ],
  whyNow: {
    asOf: '2026-01',
    text: {
      en: 'As of January 2026, the SBU was run by an acting head, Yevhenii Khmara, after Maliuk stepped down in a reshuffle of Ukraine’s security leadership begun by Zelenskyy. Operation Spiderweb of 1 June 2025, carried out the day before Russian–Ukrainian talks in Istanbul, remained the service’s best-known operation.',
      uk: 'Станом на січень 2026 року СБУ керував тимчасовий очільник Євгеній Хмара: Малюк залишив посаду під час кадрових змін у безпековому секторі, які розпочав Зеленський. Операція «Павутина» 1 червня 2025 року, проведена напередодні російсько-українських переговорів у Стамбулі, залишалася найвідомішою операцією служби.',
    },
  },
  timeline: [
    { date: '1991', text: { en: 'The SBU is created after Ukraine’s independence.', uk: 'Після проголошення незалежності створено СБУ.' } },
    { date: '2022-10-08', text: { en: 'A truck bomb damages the Crimean Bridge.', uk: 'Вибух вантажівки пошкоджує Кримський міст.' } },
    { date: '2023-02', text: { en: 'The Rada confirms Vasyl Maliuk as head of the SBU.', uk: 'Верховна Рада призначає Василя Малюка головою СБУ.' } },
    { date: '2023-07-17', text: { en: 'Naval drones strike the Crimean Bridge; the SBU later claims the attack.', uk: 'Морські дрони атакують Кримський міст; згодом СБУ бере атаку на себе.' } },
    { date: '2025-06-01', text: { en: 'Operation Spiderweb: SBU drones strike Russian strategic bomber bases.', uk: 'Операція «Павутина»: дрони СБУ атакують бази російської стратегічної авіації.' } },
    { date: '2026-01-05', text: { en: 'Maliuk steps down as head; Yevhenii Khmara becomes acting head.', uk: 'Малюк залишає посаду голови; тимчасовим очільником СБУ стає Євгеній Хмара.' } },
  ],
  related: ['hur', 'armed-forces-of-ukraine', 'crimean-bridge', 'fsb', 'istanbul-talks-2025'],
  sources: [
    { publisher: 'Security Service of Ukraine (ssu.gov.ua)', title: 'Official website' },
    { publisher: 'Novyny.LIVE', title: 'Операцію «Павутина» на місяць перенесли — Малюк назвав причину', date: '2025-08-13', url: 'https://armiya.novyny.live/operatsiiu-pavutina-na-misiats-perenesli-maliuk-nazvav-prichinu-273781.html' },
    { publisher: 'The Straits Times', title: 'Head of Ukraine’s security service Maliuk to be replaced, Zelenskiy says', date: '2026-01-05', url: 'https://www.straitstimes.com/world/europe/head-of-ukraines-security-service-maliuk-to-be-replaced-zelenskiy-says' },
    { publisher: 'LIGA.net', title: 'Rada Committee does not support dismissal of Malyuk as head of SBU', date: '2026-01-12', url: 'https://news.liga.net/en/politics/news/rada-fails-to-support-dismissal-of-malyuk-as-head-of-sbu' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
