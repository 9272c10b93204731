import type { KbEntryInput } from '../schema';

export default {
  id: 'nsdc-ukraine',
  kind: 'institution',
  title: { en: 'National Security and Defense Council of Ukraine (NSDC)', uk: 'Рада національної безпеки і оборони України (РНБО)' },
  aliases: [
    { text: 'National Security and Defense Council of Ukraine', lang: 'en' },
    { text: 'National Security and Defence Council of Ukraine', lang: 'en' },
    { text: 'National Security and Defense Council', lang: 'en' },
    { text: 'National Security and Defence Council', lang: 'en' },
    { text: 'NSDC', lang: 'en', caseSensitive: true },
    { text: 'РНБО', lang: 'uk', caseSensitive: true },
    { text: 'РНБОУ', lang: 'uk', caseSensitive: true },
    { text: 'Рада національної безпеки і оборони', lang: 'uk', stems: ['Рад', 'національної', 'безпеки', 'і', 'оборони'] },
    { text: 'Рада національної безпеки та оборони', lang: 'uk', stems: ['Рад', 'національної', 'безпеки', 'та', 'оборони'] },
    { text: 'СНБО', lang: 'ru', caseSensitive: true },
    { text: 'Совет национальной безопасности и обороны', lang: 'ru', stems: ['Совет', 'национальной', 'безопасности', 'и', 'обороны'] },
    { text: 'RNBO', lang: 'de', caseSensitive: true },
    { text: 'Rada Bezpieczeństwa Narodowego i Obrony Ukrainy', lang: 'pl', stems: ['Rad', 'Bezpieczeństwa', 'Narodowego', 'i', 'Obrony', 'Ukrainy'] },
    { text: 'RBNiO', lang: 'pl', caseSensitive: true },
  ],
  summary: {
    en: 'Ukraine’s constitutional body that coordinates national security and defence, chaired by the president. Its decisions take effect through presidential decrees; it is best known for imposing sanctions on Russian and domestic individuals and companies. Rustem Umerov, a former defence minister, has been its secretary since 18 July 2025 (as of July 2025).',
    uk: 'Конституційний орган України, що координує питання національної безпеки й оборони; його очолює президент. Рішення РНБО набувають чинності через укази президента; найчастіше Рада відома санкціями проти російських і українських фізичних та юридичних осіб. Секретар РНБО з 18 липня 2025 року — колишній міністр оборони Рустем Умєров (станом на липень 2025 року).',
  },
  background: [
    {
      en: 'The council is established by Article 107 of the Constitution of Ukraine. Its members, appointed by the president, include the prime minister, the ministers of defence, foreign affairs and the interior, and the heads of the security and intelligence services. Since the 2014 law on sanctions it has proposed sanctions that the president enacts by decree.',
      uk: 'Раду передбачає стаття 107 Конституції України. До її складу, який формує президент, входять, зокрема, прем’єр-міністр, міністри оборони, закордонних і внутрішніх справ, керівники спецслужб і розвідки. Відколи 2014 року ухвалили закон про санкції, РНБО ухвалює рішення про санкції, які президент вводить у дію указом.',
    },
    {
      en: 'In February 2021 an NSDC decision closed three television channels linked to the pro-Russian politician Viktor Medvedchuk. On 23 February 2022, a day before the full-scale invasion, the council proposed a state of emergency, which parliament approved. Oleksiy Danilov was its secretary from October 2019 until Oleksandr Lytvynenko replaced him in March 2024; Rustem Umerov succeeded Lytvynenko on 18 July 2025. In February 2025 the council imposed sanctions on former president Petro Poroshenko, which he rejected.',
      uk: 'У лютому 2021 року рішенням РНБО закрили три телеканали, пов’язані з проросійським політиком Віктором Медведчуком. 23 лютого 2022 року, за день до повномасштабного вторгнення, Рада запропонувала запровадити надзвичайний стан, і парламент його схвалив. Секретарем РНБО з жовтня 2019 року був Олексій Данілов, якого в березні 2024 року змінив Олександр Литвиненко, а 18 липня 2025 року секретарем став Рустем Умєров. У лютому 2025 року РНБО запровадила санкції проти колишнього президента Петра Порошенка, який їх відкинув.',
    },
  ],
  timeline: [
    { date: '1996-06-28', text: { en: 'The Constitution of Ukraine establishes the council (Article 107).', uk: 'Конституція України передбачає Раду (стаття 107).' } },
    { date: '2021-02', text: { en: 'Sanctions close three TV channels linked to Viktor Medvedchuk.', uk: 'Санкції закривають три телеканали, пов’язані з Віктором Медведчуком.' } },
    { date: '2022-02-23', text: { en: 'The council proposes a state of emergency in most of Ukraine; parliament approves it.', uk: 'РНБО пропонує запровадити надзвичайний стан на більшій частині України, парламент його схвалює.' } },
    { date: '2024-03', text: { en: 'Oleksandr Lytvynenko replaces Oleksiy Danilov as secretary.', uk: 'Олександр Литвиненко змінює Олексія Данілова на посаді секретаря.' } },
    { date: '2025-02', text: { en: 'Sanctions are imposed on former president Petro Poroshenko.', uk: 'Запроваджено санкції проти колишнього президента Петра Порошенка.' } },
    { date: '2025-07-18', text: { en: 'Rustem Umerov replaces Oleksandr Lytvynenko as secretary.', uk: 'Рустем Умєров змінює Олександра Литвиненка на посаді секретаря.' } },
  ],
  related: ['volodymyr-zelenskyy', 'rustem-umerov', 'office-of-the-president-of-ukraine', 'sanctions', 'petro-poroshenko', 'martial-law-in-ukraine', 'security-council-of-russia'],
  sources: [
    { publisher: 'Verkhovna Rada of Ukraine', title: 'Constitution of Ukraine, Article 107', date: '1996-06-28' },
    { publisher: 'National Security and Defense Council of Ukraine (rnbo.gov.ua)', title: 'Official website: decisions of the NSDC' },
    { publisher: 'President of Ukraine', title: 'Decree No. 496/2025 on the appointment of Rustem Umerov as Secretary of the National Security and Defense Council of Ukraine', date: '2025-07-18' },
    { publisher: 'Censor.NET', title: 'Umerov appointed NSDC secretary: Shmyhal explains Zelenskyy’s decision', date: '2025-07-30', url: 'https://censor.net/en/news/3566124/umerov-appointed-nsdc-secretary-shmyhal-explains-zelenskyy-s-decision' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
