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
      en: 'The SBU was created in 1991 on the basis of the Ukrainian branch of the Soviet KGB. After 2014 it was repeatedly criticised for Russian infiltration of its ranks, and since 2022 it has arrested many suspected Russian agents and collaborators. Vasyl Maliuk has led it since 2022, first as acting head and, from February 2023, as its confirmed head (as of June 2025).',
      uk: 'СБУ створили 1991 року на базі українського підрозділу радянського КДБ. Після 2014 року службу неодноразово критикували за проникнення російської агентури в її ряди, а з 2022 року вона затримала багатьох імовірних російських агентів і колаборантів. Василь Малюк керує СБУ з 2022 року — спершу як тимчасовий виконувач обов’язків, а з лютого 2023 року — як призначений Радою голова (станом на червень 2025 року).',
    },
    {
      en: 'The SBU has claimed attacks on the Crimean Bridge, including the naval-drone strike of 17 July 2023, and Maliuk later publicly described the service’s role in the truck-bomb explosion on the bridge of 8 October 2022. On 1 June 2025, in Operation Spiderweb, drones smuggled into Russia in trucks struck several air bases; the SBU said 41 aircraft were hit, a figure that could not be independently verified.',
      uk: 'СБУ заявляла про атаки на Кримський міст, зокрема удар морськими дронами 17 липня 2023 року, а Малюк згодом публічно розповів про роль служби у вибуху вантажівки на мосту 8 жовтня 2022 року. 1 червня 2025 року під час операції «Павутина» дрони, таємно завезені в Росію у вантажівках, атакували кілька аеродромів; СБУ повідомила про ураження 41 літака, незалежно підтвердити цю цифру не вдалося.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Operation Spiderweb of 1 June, carried out the day before Russian–Ukrainian talks in Istanbul, had made the SBU one of the most discussed actors of the war; Russia called it a terrorist attack, while Ukraine said it hit legitimate military targets.',
      uk: 'Станом на червень 2025 року операція «Павутина» 1 червня, проведена напередодні російсько-українських переговорів у Стамбулі, зробила СБУ одним із найобговорюваніших учасників війни; Росія назвала її терактом, Україна наголошувала, що уражено законні військові цілі.',
    },
  },
  timeline: [
    { date: '1991', text: { en: 'The SBU is created after Ukraine’s independence.', uk: 'Після проголошення незалежності створено СБУ.' } },
    { date: '2022-10-08', text: { en: 'A truck bomb damages the Crimean Bridge.', uk: 'Вибух вантажівки пошкоджує Кримський міст.' } },
    { date: '2023-02', text: { en: 'The Rada confirms Vasyl Maliuk as head of the SBU.', uk: 'Верховна Рада призначає Василя Малюка головою СБУ.' } },
    { date: '2023-07-17', text: { en: 'Naval drones strike the Crimean Bridge; the SBU later claims the attack.', uk: 'Морські дрони атакують Кримський міст; згодом СБУ бере атаку на себе.' } },
    { date: '2025-06-01', text: { en: 'Operation Spiderweb: SBU drones strike Russian strategic bomber bases.', uk: 'Операція «Павутина»: дрони СБУ атакують бази російської стратегічної авіації.' } },
  ],
  related: ['hur', 'armed-forces-of-ukraine', 'crimean-bridge', 'fsb', 'istanbul-talks-2025'],
  sources: [
    { publisher: 'Security Service of Ukraine (ssu.gov.ua)', title: 'Official website' },
    { publisher: 'Ukrainska Pravda', title: 'Coverage of Operation Spiderweb (news of the day)', date: '2025-06-01' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
