import type { KbEntryInput } from '../schema';

export default {
  id: 'euromaidan',
  kind: 'event',
  title: { en: 'Euromaidan (Revolution of Dignity, 2013–2014)', uk: 'Євромайдан (Революція гідності, 2013–2014)' },
  aliases: [
    { text: 'Euromaidan', lang: 'en' },
    { text: 'Revolution of Dignity', lang: 'en' },
    { text: 'Maidan revolution', lang: 'en' },
    { text: 'Maidan protests', lang: 'en' },
    { text: 'Maidan uprising', lang: 'en' },
    // Bare "Maidan" is Kyiv's Independence Square (and the 2004 Orange Revolution there): card only with 2013–14 cues.
    { text: 'Maidan', lang: 'en', ambiguous: true },
    { text: 'Євромайдан', lang: 'uk', stems: ['Євромайдан'] },
    { text: 'Революція гідності', lang: 'uk', stems: ['Революці', 'гідност'] },
    // The square itself (Майдан Незалежності) and other protests held there.
    { text: 'Майдан', lang: 'uk', stems: ['Майдан'], ambiguous: true },
    { text: 'Евромайдан', lang: 'ru', stems: ['Евромайдан'] },
    { text: 'Революция достоинства', lang: 'ru', stems: ['Революци', 'достоинств'] },
    // The square; also the 2004 protests.
    { text: 'Майдан', lang: 'ru', stems: ['Майдан'], ambiguous: true },
    { text: 'Revolution der Würde', lang: 'de' },
    { text: 'Maidan-Proteste', lang: 'de' },
    { text: 'Maidan-Revolution', lang: 'de' },
    { text: 'Euromajdan', lang: 'pl', stems: ['Euromajdan'] },
    { text: 'Rewolucja Godności', lang: 'pl', stems: ['Rewolucj', 'Godnoś'] },
    // Polish "majdan" is also an everyday word and a surname.
    { text: 'Majdan', lang: 'pl', stems: ['Majdan'], ambiguous: true },
    { text: 'Euromaïdan', lang: 'fr' },
    { text: 'révolution de la Dignité', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: [
      '2013',
      '2014',
      'Yanukovy*',
      'Janukowy*',
      'Януков*',
      'protest*',
      'протест*',
      'revolution*',
      'революці*',
      'революци*',
      'rewolucj*',
      'Berkut',
      'Беркут*',
      'Heavenly Hundred',
      'Небесн*',
      'Niebiańsk*',
      'sniper*',
      'снайпер*',
      'Scharfschütze*',
      'snajper*',
    ],
    noneOf: ['2004', 'Orange Revolution', 'Помаранчев*', 'Оранжев*', 'pomarańczow*', 'Orangen Revolution'],
    window: 300,
  },
  summary: {
    en: 'Mass protests in Ukraine from 21 November 2013 to February 2014, centred on Kyiv’s Independence Square (Maidan), after the government halted the signing of an association agreement with the EU. More than 100 people were killed, most on 18–20 February 2014; President Viktor Yanukovych then fled. Ukraine calls it the Revolution of Dignity; Russia’s government calls it a coup.',
    uk: 'Масові протести в Україні з 21 листопада 2013 року до лютого 2014 року, осередком яких став Майдан Незалежності в Києві. Приводом стала відмова уряду від підписання Угоди про асоціацію з ЄС. Загинули понад сто людей, більшість — 18–20 лютого 2014 року, після чого президент Віктор Янукович утік. В Україні ці події називають Революцією гідності, уряд Росії — «державним переворотом».',
  },
  background: [
    {
      en: 'On 21 November 2013 the Ukrainian government suspended preparations to sign the EU–Ukraine Association Agreement, and protesters gathered on the Maidan that evening. After riot police violently dispersed students there on the night of 30 November, the protests grew into a mass movement against Yanukovych’s government. Laws restricting protest passed on 16 January 2014 led to clashes, and the first protesters were killed in late January.',
      uk: '21 листопада 2013 року уряд України призупинив підготовку до підписання Угоди про асоціацію з ЄС, і того ж вечора на Майдан вийшли протестувальники. Після того як у ніч на 30 листопада «Беркут» жорстоко розігнав студентів, протест переріс у масовий рух проти влади Януковича. Ухвалені 16 січня 2014 року закони, що обмежували право на протест, спричинили зіткнення, а наприкінці січня загинули перші учасники протестів.',
    },
    {
      en: 'On 18–20 February 2014 dozens of protesters were shot dead in central Kyiv; police officers were also killed. Ukrainians honour the protesters who died as the “Heavenly Hundred”. On 21 February Yanukovych and opposition leaders signed an agreement after talks mediated by the foreign ministers of Germany, Poland and France; that night Yanukovych left Kyiv. On 22 February parliament voted that he had removed himself from office and called an early presidential election for 25 May 2014.',
      uk: '18–20 лютого 2014 року в центрі Києва були застрелені десятки протестувальників, гинули й правоохоронці. Загиблих учасників протестів в Україні вшановують як Героїв Небесної сотні. 21 лютого Янукович і лідери опозиції підписали угоду після переговорів за посередництва міністрів закордонних справ Німеччини, Польщі та Франції; тієї ж ночі Янукович залишив Київ. 22 лютого Верховна Рада постановила, що він самоусунувся від виконання повноважень, і призначила дострокові президентські вибори на 25 травня 2014 року.',
    },
    {
      en: 'Within days, Russia began its seizure of Crimea, and in spring 2014 the war in Donbas followed. Russia’s government has described the change of power as an unconstitutional coup backed by the West. In April 2014 Ukraine accepted the jurisdiction of the International Criminal Court over crimes committed during the protests.',
      uk: 'За кілька днів Росія почала захоплення Криму, а навесні 2014 року почалася війна на Донбасі. Уряд Росії називає зміну влади неконституційним переворотом, підтриманим Заходом. У квітні 2014 року Україна визнала юрисдикцію Міжнародного кримінального суду щодо злочинів, скоєних під час протестів.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Russian officials, Vladimir Putin among them, continued to describe the events of February 2014 as a Western-backed coup, a reading Ukraine and its Western partners reject. Ukraine marks 21 November as the Day of Dignity and Freedom and 20 February as the Day of the Heroes of the Heavenly Hundred.',
      uk: 'Станом на червень 2025 року російські посадовці, зокрема Володимир Путін, і далі називали події лютого 2014 року підтриманим Заходом переворотом; Україна та її західні партнери таке тлумачення відкидають. В Україні 21 листопада відзначають День Гідності та Свободи, а 20 лютого — День Героїв Небесної сотні.',
    },
  },
  timeline: [
    { date: '2013-11-21', text: { en: 'The government suspends preparations to sign the EU Association Agreement; protests begin on the Maidan.', uk: 'Уряд призупиняє підготовку до підписання Угоди про асоціацію з ЄС; на Майдані починаються протести.' } },
    { date: '2013-11-30', text: { en: 'Riot police violently disperse students on the Maidan; the protests become a mass movement.', uk: '«Беркут» жорстоко розганяє студентів на Майдані; протести стають масовими.' } },
    { date: '2014-01-16', text: { en: 'Parliament passes laws restricting protests.', uk: 'Верховна Рада ухвалює закони, що обмежують право на протест.' } },
    { date: '2014-02-18', text: { en: 'Three days of deadly violence in central Kyiv begin; dozens of protesters are shot dead by 20 February.', uk: 'Початок трьох днів кровопролиття в центрі Києва; до 20 лютого застрелено десятки протестувальників.' } },
    { date: '2014-02-21', text: { en: 'Yanukovych and the opposition sign an agreement; that night Yanukovych leaves Kyiv.', uk: 'Янукович і опозиція підписують угоду; уночі Янукович залишає Київ.' } },
    { date: '2014-02-22', text: { en: 'Parliament declares that Yanukovych has removed himself from office and calls an early presidential election.', uk: 'Верховна Рада визнає, що Янукович самоусунувся від виконання повноважень, і призначає дострокові президентські вибори.' } },
  ],
  related: ['crimea-annexation', 'war-in-donbas', 'eu-ukraine-association-agreement', 'verkhovna-rada', 'petro-poroshenko', 'vladimir-putin'],
  sources: [
    {
      publisher: 'Verkhovna Rada of Ukraine',
      title: 'Resolution No. 757-VII “On the self-removal of the President of Ukraine from the exercise of constitutional powers and the calling of early elections of the President of Ukraine”',
      date: '2014-02-22',
    },
    {
      publisher: 'International Criminal Court',
      title: 'Declaration of Ukraine lodged under Article 12(3) of the Rome Statute (crimes committed 21 November 2013 – 22 February 2014)',
      date: '2014-04-17',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
