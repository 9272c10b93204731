import type { KbEntryInput } from '../schema';

export default {
  id: 'un-general-assembly',
  kind: 'institution',
  title: { en: 'UN General Assembly', uk: 'Генеральна Асамблея ООН' },
  aliases: [
    { text: 'UN General Assembly', lang: 'en' },
    { text: 'United Nations General Assembly', lang: 'en' },
    { text: 'UNGA', lang: 'en', caseSensitive: true },
    // Also other bodies called General Assembly (US state legislatures, churches, Interpol).
    { text: 'General Assembly', lang: 'en', ambiguous: true },
    { text: 'Генеральна Асамблея ООН', lang: 'uk', stems: ['Генеральн', 'Асамбле', 'ООН'] },
    { text: 'Генасамблея ООН', lang: 'uk', stems: ['Генасамбле', 'ООН'] },
    { text: 'Генеральная Ассамблея ООН', lang: 'ru', stems: ['Генеральн', 'Ассамбле', 'ООН'] },
    { text: 'Генассамблея ООН', lang: 'ru', stems: ['Генассамбле', 'ООН'] },
    { text: 'UN-Vollversammlung', lang: 'de' },
    { text: 'UN-Generalversammlung', lang: 'de' },
    { text: 'Zgromadzenie Ogólne ONZ', lang: 'pl', stems: ['Zgromadzeni', 'Ogóln', 'ONZ'] },
    { text: 'Assemblée générale des Nations unies', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['United Nations', 'ООН', 'ONZ', 'UNO', 'resolution*', 'member states', 'Guterres', 'Security Council', 'emergency special session', 'abstain*', 'abstention*'],
    noneOf: ['state legislature', 'Senate', 'Presbyterian', 'Interpol', 'Virginia', 'Georgia', 'Illinois', 'Pennsylvania', 'North Carolina', 'Ohio', 'Indiana'],
    window: 250,
  },
  summary: {
    en: 'The main deliberative body of the United Nations, in which all 193 member states have one vote each. Its resolutions are not legally binding, but without a veto it has become the forum where most states condemned Russia’s annexation of Crimea and its full-scale invasion of Ukraine.',
    uk: 'Головний дорадчий орган ООН, у якому кожна з 193 держав-членів має один голос. Її резолюції не є юридично обов’язковими, але оскільки права вето тут немає, саме Генасамблея стала майданчиком, де більшість держав засудили анексію Криму та повномасштабне вторгнення Росії в Україну.',
  },
  background: [
    {
      en: 'On 27 March 2014 the Assembly adopted resolution 68/262, affirming Ukraine’s territorial integrity and calling the Crimean referendum invalid, by 100 votes to 11 with 58 abstentions. After Russia vetoed a Security Council draft in February 2022, the Council referred the invasion to an emergency special session of the Assembly.',
      uk: '27 березня 2014 року Асамблея ухвалила резолюцію 68/262 на підтримку територіальної цілісності України, яка визнала кримський «референдум» недійсним: 100 голосів «за», 11 «проти», 58 утрималися. Після того як у лютому 2022 року Росія ветувала проєкт резолюції Ради Безпеки, Рада передала питання вторгнення на надзвичайну спеціальну сесію Асамблеї.',
    },
    {
      en: 'On 2 March 2022 resolution ES-11/1 deplored Russia’s aggression and demanded the withdrawal of its forces, by 141 votes to 5 with 35 abstentions. On 12 October 2022 the Assembly declared Russia’s attempted annexation of four Ukrainian regions invalid, by 143 votes to 5.',
      uk: '2 березня 2022 року резолюція ES-11/1 засудила агресію Росії та вимагала вивести її війська: 141 голос «за», 5 «проти», 35 утрималися. 12 жовтня 2022 року Асамблея 143 голосами проти 5 визнала недійсною спробу Росії анексувати чотири українські області.',
    },
  ],
  whyNow: {
    asOf: '2025-03',
    text: {
      en: 'As of March 2025, the vote of 24 February 2025 stood out: a Ukrainian and European resolution on a just peace, naming Russia’s aggression, passed with 93 votes, while the United States voted against it alongside Russia. In March 2022, 141 states had backed resolution ES-11/1.',
      uk: 'Станом на березень 2025 року особливо помітним було голосування 24 лютого 2025 року: українсько-європейську резолюцію про справедливий мир, яка називає агресію Росії, підтримали 93 держави, а США голосували проти разом із Росією. Для порівняння: у березні 2022 року резолюцію ES-11/1 підтримала 141 держава.',
    },
  },
  timeline: [
    { date: '2014-03-27', text: { en: 'Resolution 68/262 on the territorial integrity of Ukraine is adopted.', uk: 'Ухвалено резолюцію 68/262 про територіальну цілісність України.' } },
    { date: '2022-03-02', text: { en: 'Resolution ES-11/1 on aggression against Ukraine passes, 141 to 5.', uk: 'Ухвалено резолюцію ES-11/1 про агресію проти України (141 голос проти 5).' } },
    { date: '2022-10-12', text: { en: 'The Assembly rejects Russia’s attempted annexation of four Ukrainian regions, 143 to 5.', uk: 'Асамблея відкидає спробу Росії анексувати чотири українські області (143 голоси проти 5).' } },
    { date: '2025-02-24', text: { en: 'On the third anniversary of the invasion, a resolution naming Russia’s aggression passes with 93 votes; the US votes against.', uk: 'У третю річницю вторгнення резолюція, що називає агресію Росії, набирає 93 голоси; США голосують проти.' } },
  ],
  related: ['un-security-council', 'unga-resolution-68-262', 'unga-resolution-es-11-1', 'crimea-annexation', 'full-scale-invasion', 'antonio-guterres'],
  sources: [
    { publisher: 'United Nations', title: 'General Assembly resolution 68/262: Territorial integrity of Ukraine', date: '2014-03-27' },
    { publisher: 'United Nations', title: 'General Assembly resolution ES-11/1: Aggression against Ukraine', date: '2022-03-02' },
    { publisher: 'United Nations', title: 'General Assembly resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    { publisher: 'United Nations', title: 'General Assembly resolution: Advancing a comprehensive, just and lasting peace in Ukraine', date: '2025-02-24' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
