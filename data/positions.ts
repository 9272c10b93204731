import type { Position } from './schema';
import { HROMADSKE_2025_03, KREMLIN_2024_06_14 } from './sources';

/**
 * Every named view the KB shows, written once and cited by the entries that show it.
 * A person's own entry lists all of their positions through `positionsOf(personId)`.
 *
 * Rules: `quote` is an exact substring of the seed article (checked by
 * tests/unit/kb.test.ts), under 25 words, said by `name`; `paraphrase` is in our
 * own words; `side` is a neutral label of who holds the view.
 */

const HRYTSENKO = {
  personId: 'alina-hrytsenko',
  name: { en: 'Alina Hrytsenko', uk: 'Аліна Гриценко' },
  role: { en: 'Expert, Research Solutions analytical network', uk: 'експертка аналітичної мережі Research Solutions' },
  side: { en: 'Ukrainian analyst', uk: 'Українська аналітикиня' },
  source: HROMADSKE_2025_03,
} as const;

const OHRYZKO = {
  personId: 'volodymyr-ohryzko',
  name: { en: 'Volodymyr Ohryzko', uk: 'Володимир Огризко' },
  role: {
    en: 'Former Minister of Foreign Affairs of Ukraine (Dec 2007–Mar 2009)',
    uk: 'колишній міністр закордонних справ України (грудень 2007 – березень 2009 року)',
  },
  side: { en: 'Ukrainian former foreign minister', uk: 'Колишній очільник МЗС України' },
  source: HROMADSKE_2025_03,
} as const;

const PORTNIKOV = {
  personId: 'vitaliy-portnikov',
  name: { en: 'Vitaliy Portnikov', uk: 'Віталій Портников' },
  role: { en: 'Journalist and commentator', uk: 'журналіст і оглядач' },
  side: { en: 'Ukrainian commentator', uk: 'Український оглядач' },
  source: HROMADSKE_2025_03,
} as const;

const ZELENSKYY = {
  personId: 'volodymyr-zelenskyy',
  name: { en: 'Volodymyr Zelenskyy', uk: 'Володимир Зеленський' },
  role: { en: 'President of Ukraine', uk: 'Президент України' },
  side: { en: 'Ukrainian government', uk: 'Українська влада' },
  source: HROMADSKE_2025_03,
} as const;

const TRUMP = {
  personId: 'donald-trump',
  name: { en: 'Donald Trump', uk: 'Дональд Трамп' },
  role: { en: 'President of the United States', uk: 'Президент США' },
  side: { en: 'US administration', uk: 'Адміністрація США' },
  source: HROMADSKE_2025_03,
} as const;

export const P = {
  // Alina Hrytsenko
  hrytsenkoNoIroncladGuarantee: {
    ...HRYTSENKO,
    stance: { en: 'No guarantee can be ironclad', uk: 'Залізобетонних гарантій не буває' },
    paraphrase: {
      en: 'Says Ukraine must never let its guard down towards Russia and finds it hard to imagine any guarantee that could not be breached; enforcement depends on international conditions and on the political will of elites in guarantor countries.',
      uk: 'Вважає, що Україні ніколи не можна втрачати пильності щодо Росії, і їй важко уявити гарантію, яку не можна було б порушити. А виконання гарантій залежить від міжнародної ситуації і від політичної волі еліт у країнах-гарантах.',
    },
    quote: {
      text: 'It’s hard to imagine any ironclad guarantee.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Важко уявити якусь залізобетонну гарантію.' },
    },
  },
  hrytsenkoSwordOfDamocles: {
    ...HRYTSENKO,
    stance: { en: 'The Russian threat is permanent', uk: 'Російська загроза — назавжди' },
    paraphrase: {
      en: 'Describes the threat from Russia as a sword of Damocles that Ukraine will live with for good, so it must never let its guard down.',
      uk: 'Називає загрозу з боку Росії дамокловим мечем, під яким Україна житиме завжди, тож пильності втрачати не можна ніколи.',
    },
    quote: {
      text: 'It’s a sword of Damocles we’ll live with forever.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Це дамоклів меч, з яким ми житимемо завжди.' },
    },
  },
  hrytsenkoPermanentThreat: {
    ...HRYTSENKO,
    stance: { en: 'Ukraine must stay ready for war', uk: 'Україна має постійно бути готовою до війни' },
    paraphrase: {
      en: "Expects Russia's regime to force Ukraine to stay war-ready, with another conflict possible in 50 or 100 years, and says even solid-looking guarantees leave room for breaches.",
      uk: 'Вважає, що через російський режим Україна мусить постійно бути готовою до війни: новий конфлікт можливий і через 50, і через 100 років. Навіть гарантії, що здаються надійними, залишають простір для порушень.',
    },
    quote: {
      text: 'Russia will always be a threat to us',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Росія завжди буде для нас загрозою' },
    },
  },
  hrytsenkoEconomicPresence: {
    ...HRYTSENKO,
    stance: { en: 'Foreign investors could be one element, in theory', uk: 'Іноземний бізнес — теоретично один з елементів гарантій' },
    paraphrase: {
      en: "Sees Zelenskyy's push to bring foreign companies into Ukraine as, in theory, one element of security guarantees, because such companies would want a stable security situation.",
      uk: 'Бачить у намаганнях Зеленського залучити в Україну іноземні компанії теоретично один з елементів гарантій безпеки: такі компанії зацікавлені в стабільній безпековій ситуації.',
    },
    quote: {
      text: 'foreign companies coming here would naturally want a stable security situation in Ukraine that doesn’t threaten their operations',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: {
        uk: 'іноземні компанії, які сюди прийдуть, природно, хотітимуть стабільної безпекової ситуації в Україні, яка не загрожуватиме їхній роботі',
      },
    },
  },
  hrytsenkoTokenContingent: {
    ...HRYTSENKO,
    stance: { en: 'A token contingent is not a guarantee', uk: 'Символічний контингент — не гарантія' },
    paraphrase: {
      en: 'Argues that troops sent for show do not amount to a security guarantee, and that Europeans will always put keeping enough troops at their own borders ahead of sending them to Ukraine.',
      uk: 'Вважає, що військові, відправлені лише для показу, не є гарантією безпеки, а для європейців утримання достатніх сил на власних кордонах завжди важитиме більше, ніж відправлення їх в Україну.',
    },
    quote: {
      text: 'just to send them and say, ‘Look, we’re ensuring security in Ukraine’—that’s not a security guarantee.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'просто щоб відправити й сказати: «Дивіться, ми забезпечуємо безпеку в Україні», — це не гарантія безпеки.' },
    },
  },
  hrytsenkoRussiaRejectsContingent: {
    ...HRYTSENKO,
    stance: { en: 'Russia is unlikely to accept peacekeepers', uk: 'Росія навряд чи погодиться на миротворців' },
    paraphrase: {
      en: 'Doubts Russia would agree to a peacekeeping contingent: a large force, not just one or two thousand troops, would be a human shield Putin would have to destroy to keep fighting, so he would likely reject it.',
      uk: 'Сумнівається, що Росія погодиться на миротворчий контингент: великий контингент, а не тисяча-дві військових, став би живим щитом, який Путіну довелося б знищити, щоб продовжувати війну, тож він, найімовірніше, відкине цю умову.',
    },
    quote: {
      text: 'It’s hard for me to imagine the Russian side agreeing to a peacekeeping contingent',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Мені важко уявити, що російська сторона погодиться на миротворчий контингент' },
    },
  },
  hrytsenkoConsensusRule: {
    ...HRYTSENKO,
    stance: { en: 'Even NATO membership gives no certainty', uk: 'Навіть членство в НАТО не дає певності' },
    paraphrase: {
      en: "Notes that each NATO ally decides its own response, and that, judging by the Trump administration's stance, there is no guarantee the US would step in and rally allies if Russia attacked a member.",
      uk: 'Зауважує, що кожен союзник по НАТО сам вирішує, як реагувати, і, судячи з позиції адміністрації Трампа, немає гарантії, що США втрутяться й згуртують союзників, якщо Росія нападе на члена Альянсу.',
    },
    quote: {
      text: 'Each country retains the choice to decide its response individually',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Кожна країна зберігає за собою право самостійно вирішувати, як реагувати' },
    },
  },
  hrytsenkoMiniAlliances: {
    ...HRYTSENKO,
    stance: { en: 'Deepen bilateral ties and mini-alliances', uk: 'Поглиблювати двосторонні зв’язки й входити в міні-альянси' },
    paraphrase: {
      en: 'Sees a more realistic path in closer defence ties with countries that already have bilateral deals with Ukraine and in joining mini-alliances such as the Weimar Triangle, for example in military training.',
      uk: 'Реалістичнішим шляхом вважає тіснішу оборонну співпрацю з країнами, з якими Україна вже має двосторонні угоди, і приєднання до міні-альянсів на кшталт Веймарського трикутника, зокрема у військовому навчанні.',
    },
    quote: {
      text: 'We can actually teach them a lot as a country with armed forces hardened by real war.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Ми справді можемо багато чого їх навчити — як країна, чиє військо загартоване справжньою війною.' },
    },
  },
  hrytsenkoFrenchUmbrella: {
    ...HRYTSENKO,
    stance: { en: 'A French nuclear umbrella is conceivable', uk: 'Французька ядерна парасолька теоретично можлива' },
    paraphrase: {
      en: 'Suggests France could in theory extend a nuclear umbrella to Ukraine as one of its guarantees; hromadske noted that no public talks on this existed.',
      uk: 'Припускає, що Франція теоретично могла б надати Україні «ядерну парасольку» як одну з гарантій; hromadske зазначав, що публічних переговорів про це немає.',
    },
    quote: {
      text: 'could be one of the security guarantees',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'могла б стати однією з гарантій безпеки' },
    },
  },
  hrytsenkoBargainingChip: {
    ...HRYTSENKO,
    stance: { en: 'Guarantees will be bargained over with Russia', uk: 'Гарантії стануть предметом торгу з Росією' },
    paraphrase: {
      en: 'Expects any guarantees to be a bargaining chip in talks with Russia, which must agree to them within a signed deal; the outcome depends on how flexibly US negotiators curb Russian demands.',
      uk: 'Очікує, що будь-які гарантії стануть предметом торгу з Росією: вона має на них погодитися, а їх треба належно закріпити в підписаній угоді. Результат залежить від того, наскільки гнучко американська делегація зможе стримати російські апетити.',
    },
    quote: {
      text: 'Any security guarantees will be a bargaining chip with the Russian side.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Будь-які гарантії безпеки будуть предметом торгу з російською стороною.' },
    },
  },

  // Volodymyr Ohryzko
  ohryzkoMineralsNotGuarantee: {
    ...OHRYZKO,
    stance: { en: 'A minerals deal alone is not a guarantee', uk: 'Сама угода про копалини — не гарантія' },
    paraphrase: {
      en: 'Sees a signed US–Ukraine minerals deal as at most one piece of a wider system: it is about extracting resources, whereas Ukraine needs an agreement on repelling renewed Russian aggression.',
      uk: 'Вважає, що підписана угода між США й Україною про корисні копалини може бути лише одним з елементів ширшої системи: вона про видобуток ресурсів, а Україні потрібна домовленість про відсіч новій російській агресії.',
    },
    quote: {
      text: 'By itself, a deal on minerals can’t be a security guarantee.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Сама по собі угода про корисні копалини не може бути гарантією безпеки.' },
    },
  },
  ohryzkoStrongArmyAndAllies: {
    ...OHRYZKO,
    stance: { en: 'A strong army plus committed allies', uk: 'Сильна армія і союзники, готові допомогти' },
    paraphrase: {
      en: 'Names a strong, modern, well-armed army and allies committed to help as the best guarantee, best achieved through full NATO membership or a new military-political structure in Europe.',
      uk: 'Найкращою гарантією називає сильну, сучасну, добре озброєну армію і союзників, готових допомогти. Найкраще цього досягти через повноправне членство в НАТО або через нову військово-політичну структуру в Європі.',
    },
    quote: {
      text: 'The best security guarantee is a strong, modern, well-armed Ukrainian army and allies committed to helping in case of aggression.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: {
        uk: 'Найкраща гарантія безпеки — сильна, сучасна, добре озброєна українська армія і союзники, які зобов’язалися допомогти в разі агресії.',
      },
    },
  },
  ohryzkoBudapestLesson: {
    ...OHRYZKO,
    stance: { en: 'Even nuclear powers’ promises can be broken', uk: 'Навіть обіцянки ядерних держав можуть бути порушені' },
    paraphrase: {
      en: "Draws from the Budapest Memorandum the lesson that even nuclear powers' promises can be broken.",
      uk: 'Урок Будапештського меморандуму, на його думку, у тому, що навіть обіцянки ядерних держав можуть бути порушені.',
    },
  },

  // Vitaliy Portnikov
  portnikovNoAbsoluteGuarantees: {
    ...PORTNIKOV,
    stance: { en: 'No absolute guarantees exist any more', uk: 'Абсолютних гарантій більше немає' },
    paraphrase: {
      en: 'Once saw NATO membership as a major guarantee, since Russia might fear a clash with a nuclear bloc; with the US distancing itself from a possible war in Europe, he now sees no absolute guarantees for Ukraine or its neighbours.',
      uk: 'Донедавна вважав членство в НАТО вагомою гарантією, бо Росія могла б побоятися зіткнення з ядерним блоком. Тепер, коли США дистанціюються від можливої війни в Європі, він не бачить абсолютних гарантій ні для України, ні для її сусідів.',
    },
    quote: {
      text: 'there are no absolute security guarantees—not for Ukraine, nor for our neighbors.',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'абсолютних гарантій безпеки немає — ні для України, ні для наших сусідів.' },
    },
  },
  portnikovBalticDoubt: {
    ...PORTNIKOV,
    stance: { en: 'Even NATO members cannot be sure of the US', uk: 'Навіть члени НАТО не можуть бути певні щодо США' },
    paraphrase: {
      en: 'Argues that even Poland and the Baltic states cannot be fully certain the United States would intervene if Russia attacked them.',
      uk: 'Вважає, що навіть Польща та країни Балтії не можуть бути цілком певні, що США втрутяться, якщо Росія на них нападе.',
    },
    quote: {
      text: 'Even in the Baltic states or Poland, they can’t be 100% sure the United States would intervene if Russia attacked their territory',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: {
        uk: 'Навіть у країнах Балтії чи в Польщі не можуть бути на 100% певні, що Сполучені Штати втрутяться, якщо Росія нападе на їхню територію',
      },
    },
  },
  portnikovPeacekeepersOverstated: {
    ...PORTNIKOV,
    stance: { en: 'The role of peacekeepers is overstated', uk: 'Роль миротворців перебільшують' },
    paraphrase: {
      en: 'Warns against overstating what peacekeepers can do, recalling Srebrenica in 1995, where peacekeepers stepped aside while more than 8,000 Bosniak men and boys were killed.',
      uk: 'Застерігає від перебільшення того, що можуть миротворці, і нагадує про Сребреницю 1995 року: тоді миротворці відійшли зі своїх позицій, а понад 8 тисяч боснійських мусульман — чоловіків і хлопців — були вбиті.',
    },
  },
  portnikovNuclearClub: {
    ...PORTNIKOV,
    stance: { en: 'Nuclear powers will block a nuclear Ukraine', uk: 'Ядерні держави не допустять ядерної України' },
    paraphrase: {
      en: 'Expects nuclear powers to do everything to stop anyone from regaining nuclear weapons; Ukraine would face sanctions from the US, Russia, China and the EU at once, as Iran did.',
      uk: 'Вважає, що ядерні держави зроблять усе, аби ніхто не повернув собі ядерну зброю: Україна, як свого часу Іран, опинилася б під санкціями США, Росії, Китаю та ЄС одночасно.',
    },
    quote: {
      text: 'Imagine Ukraine facing economic sanctions from the United States, Russia, China, and EU countries all at once',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Уявіть, що Україна одночасно потрапляє під економічні санкції США, Росії, Китаю і країн ЄС' },
    },
  },
  portnikovFourConditions: {
    ...PORTNIKOV,
    stance: { en: 'Four conditions to deter a new attack', uk: 'Чотири умови, щоб запобігти новому нападу' },
    paraphrase: {
      en: "Lists four conditions: a strong, modern army that promises an aggressor heavy losses; serious preparation with reliable fortifications, unlike before February 2022; Russia's economic exhaustion; and Russia's democratisation, so that its leaders pursue their aims towards Ukraine by non-military means.",
      uk: 'Називає чотири умови: сильна сучасна армія, з якою агресор зазнав би важких втрат; серйозна підготовка з надійними укріпленнями — не така, як до лютого 2022 року; економічне виснаження Росії; її демократизація, щоб російське керівництво добивалося своїх цілей щодо України невоєнними засобами.',
    },
    quote: {
      text: 'We need those leading Russia to believe they can resolve the ‘Ukrainian question’ not through military attack',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Нам треба, щоб ті, хто керує Росією, вірили, що можуть розв’язати «українське питання» не військовим нападом' },
    },
  },
  portnikovEconomicTies: {
    ...PORTNIKOV,
    stance: { en: 'US–Russia economic ties would aid aggression', uk: 'Економічні зв’язки США з Росією сприяли б агресії' },
    paraphrase: {
      en: 'Warns that special US economic ties with Russia would undo the condition of Russian economic exhaustion and create new opportunities for aggression against Ukraine and other European countries.',
      uk: 'Застерігає: особливі економічні відносини США з Росією зведуть нанівець умову її економічного виснаження і створять нові можливості для агресії проти України та інших європейських країн.',
    },
    quote: {
      text: 'If President Trump negotiates special economic ties with Russia, this falls apart',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Якщо президент Трамп домовиться з Росією про особливі економічні зв’язки, усе це розвалюється' },
    },
  },
  portnikovNeutralityDemand: {
    ...PORTNIKOV,
    stance: { en: 'Russia will keep fighting if its terms are unmet', uk: 'Росія воюватиме далі, якщо її умов не виконають' },
    paraphrase: {
      en: "Expects that if Ukraine does not enshrine neutral status in its Constitution, as Russia is likely to demand, Russia's leadership will continue military action and the destruction of Ukrainian infrastructure.",
      uk: 'Вважає, що якщо Україна не закріпить у Конституції нейтральний статус, чого Росія, ймовірно, вимагатиме, російське керівництво продовжить воєнні дії та руйнування української інфраструктури.',
    },
    quote: {
      text: 'And if that’s not done, Russian leadership will continue military action, further destroying Ukrainian infrastructure',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: {
        uk: 'А якщо цього не зробити, російське керівництво продовжуватиме воєнні дії, і далі руйнуючи українську інфраструктуру',
      },
    },
  },

  // Volodymyr Zelenskyy
  zelenskyyMineralsNeedGuarantees: {
    ...ZELENSKYY,
    stance: { en: 'The minerals deal should include guarantees', uk: 'Угода про копалини має містити гарантії' },
    paraphrase: {
      en: 'Hoped the minerals deal would include security guarantees, and stressed that American businesses already in Ukraine had not stopped Russian attacks.',
      uk: 'Сподівався, що угода про корисні копалини міститиме гарантії безпеки, і наголошував: американський бізнес уже працює в Україні, але це не зупинило російських атак.',
    },
  },
  zelenskyyPeacekeeperNumbers: {
    ...ZELENSKYY,
    stance: { en: 'Calls for a large foreign contingent', uk: 'Потрібен великий іноземний контингент' },
    paraphrase: {
      en: 'Cited a need for 200,000 peacekeepers in January 2025 and for 100,000 in February 2025.',
      uk: 'У січні 2025 року говорив про потребу у 200 тисячах миротворців, у лютому — про 100 тисяч.',
    },
  },
  zelenskyyNatoFirst: {
    ...ZELENSKYY,
    stance: { en: 'NATO membership as the primary guarantee', uk: 'Членство в НАТО — головна гарантія' },
    paraphrase: {
      en: "Treats NATO membership as Ukraine's primary security guarantee, and said he would resign in exchange for Ukraine's entry into the alliance.",
      uk: 'Вважає членство в НАТО головною гарантією безпеки України і заявляв, що готовий піти у відставку в обмін на вступ України до Альянсу.',
    },
  },
  zelenskyyNuclearWeapons: {
    ...ZELENSKYY,
    stance: { en: 'Nuclear weapons as an alternative to NATO', uk: 'Ядерна зброя як альтернатива НАТО' },
    paraphrase: {
      en: "In early February 2025 raised the return of Ukraine's nuclear weapons as an alternative to NATO membership.",
      uk: 'На початку лютого 2025 року назвав повернення Україні ядерної зброї альтернативою членству в НАТО.',
    },
    quote: {
      text: 'Give us back our nuclear weapons',
      lang: 'en',
      translatedBy: 'hromadske',
      translation: { uk: 'Поверніть нам нашу ядерну зброю' },
    },
  },

  // Donald Trump
  trumpMineralsAsSecurity: {
    ...TRUMP,
    stance: { en: 'The minerals deal itself brings security', uk: 'Угода про копалини сама по собі дає безпеку' },
    paraphrase: {
      en: 'Sees the minerals deal itself as a security guarantee that makes others unnecessary, because an American economic presence would deter attacks; his administration viewed it chiefly as a way to offset US costs of supporting Ukraine.',
      uk: 'Вважає саму угоду про корисні копалини гарантією безпеки, з якою інші не потрібні: американська економічна присутність, мовляв, стримає напад. Його адміністрація розглядала угоду передусім як спосіб компенсувати витрати США на підтримку України.',
    },
    quote: {
      text: 'There’s sort of automatic security because nobody’s going to be messing around with our people when we’re there',
      lang: 'en',
      translation: { uk: 'Це така собі автоматична безпека, бо ніхто не зв’язуватиметься з нашими людьми, коли ми будемо там' },
    },
  },
  trumpNatoProvokedWar: {
    ...TRUMP,
    stance: { en: 'Talk of NATO membership provoked the war', uk: 'Розмови про членство в НАТО спровокували війну' },
    paraphrase: {
      en: "Has said that talk of Ukraine joining NATO provoked Russia's war; by March 2025 the US had signalled it would not allow Ukraine's membership.",
      uk: 'Стверджує, що війну Росії спровокували розмови про вступ України до НАТО. До березня 2025 року США дали зрозуміти, що не допустять членства України.',
    },
  },

  // Other governments
  starmerCoalition: {
    personId: 'keir-starmer',
    name: { en: 'Keir Starmer', uk: 'Кір Стармер' },
    role: { en: 'Prime Minister of the United Kingdom', uk: 'Прем’єр-міністр Великої Британії' },
    side: { en: 'UK government', uk: 'Уряд Великої Британії' },
    stance: { en: 'UK troops to safeguard a future peace deal', uk: 'Британські війська мають гарантувати майбутню мирну угоду' },
    paraphrase: {
      en: 'As reported by hromadske, said the UK would deploy a contingent to Ukraine to safeguard the implementation of a peace agreement, and would go further to build a coalition of the willing to protect the agreement and guarantee peace.',
      uk: 'За даними hromadske, заявив, що Британія направить контингент в Україну, щоб забезпечити виконання мирної угоди, і піде далі — створить коаліцію охочих, яка захищатиме угоду й гарантуватиме мир.',
    },
    source: HROMADSKE_2025_03,
  },
  lombardTroops: {
    personId: 'eric-lombard',
    name: { en: 'Éric Lombard', uk: 'Ерік Ломбар' },
    role: {
      en: 'French Minister of the Economy and Finance (Dec 2024–Oct 2025)',
      uk: 'міністр економіки та фінансів Франції (грудень 2024 – жовтень 2025 року)',
    },
    side: { en: 'French government', uk: 'Уряд Франції' },
    stance: { en: 'France and others are ready to send troops', uk: 'Франція та інші готові відправити війська' },
    paraphrase: {
      en: 'Said France and “other European nations” were also ready to send troops to Ukraine.',
      uk: 'Заявив, що Франція та «інші європейські країни» також готові відправити війська в Україну.',
    },
    source: HROMADSKE_2025_03,
  },
  rubioNotRealistic: {
    personId: 'marco-rubio',
    name: { en: 'Marco Rubio', uk: 'Марко Рубіо' },
    role: { en: 'US Secretary of State', uk: 'держсекретар США' },
    side: { en: 'US administration', uk: 'Адміністрація США' },
    stance: { en: 'Rejects a return of nuclear weapons to Ukraine', uk: 'Проти повернення Україні ядерної зброї' },
    paraphrase: {
      en: "Responding to Zelenskyy, called a return of nuclear weapons an unrealistic demand that would not solve Ukraine's problem as Kyiv sees it.",
      uk: 'У відповідь на слова Зеленського назвав повернення ядерної зброї нереалістичною вимогою, яка не розв’язала б проблему України так, як її бачить Київ.',
    },
    quote: {
      text: 'I don’t think that’s a realistic demand to have.',
      lang: 'en',
      translation: { uk: 'Не думаю, що це реалістична вимога.' },
    },
    source: HROMADSKE_2025_03,
  },
  rubioFewerNuclearStates: {
    personId: 'marco-rubio',
    name: { en: 'Marco Rubio', uk: 'Марко Рубіо' },
    role: { en: 'US Secretary of State', uk: 'держсекретар США' },
    side: { en: 'US administration', uk: 'Адміністрація США' },
    stance: { en: 'The world needs fewer nuclear-armed states', uk: 'Світу потрібно менше ядерних держав' },
    paraphrase: {
      en: 'Argues that the world needs fewer nuclear-armed countries, not more.',
      uk: 'Вважає, що світу потрібно менше країн із ядерною зброєю, а не більше.',
    },
    quote: {
      text: 'we need less nuclear-armed countries, not more.',
      lang: 'en',
      translation: { uk: 'нам потрібно менше країн із ядерною зброєю, а не більше.' },
    },
    source: HROMADSKE_2025_03,
  },
  lavrovTroopsUnacceptable: {
    personId: 'sergey-lavrov',
    name: { en: 'Sergey Lavrov', uk: 'Сергій Лавров' },
    role: { en: 'Minister of Foreign Affairs of Russia', uk: 'міністр закордонних справ Росії' },
    side: { en: 'Russian government', uk: 'Російська влада' },
    stance: { en: 'Troops from NATO countries are unacceptable', uk: 'Війська країн НАТО в Україні неприйнятні' },
    paraphrase: {
      en: 'Rejects the presence in Ukraine of troops from NATO countries, including as a peacekeeping contingent, calling it unacceptable for Russia.',
      uk: 'Відкидає присутність в Україні військ країн НАТО, зокрема як миротворчого контингенту, і називає її неприйнятною для Росії.',
    },
    source: HROMADSKE_2025_03,
  },
  waltzTradeOff: {
    personId: 'mike-waltz',
    name: { en: 'Mike Waltz', uk: 'Майк Вальц' },
    role: {
      en: 'US National Security Adviser (Jan–May 2025)',
      uk: 'радник президента США з національної безпеки (січень – травень 2025 року)',
    },
    side: { en: 'US administration', uk: 'Адміністрація США' },
    stance: { en: 'A deal needs concessions from both sides', uk: 'Угода потребує поступок від обох сторін' },
    paraphrase: {
      en: 'Said in early 2025 that for a peace deal Moscow would have to accept European security guarantees for Ukraine, while Kyiv would concede territory.',
      uk: 'На початку 2025 року заявляв, що заради мирної угоди Москві доведеться погодитися на європейські гарантії безпеки для України, а Києву — поступитися територією.',
    },
    source: HROMADSKE_2025_03,
  },
  putinJune2024Conditions: {
    personId: 'vladimir-putin',
    name: { en: 'Vladimir Putin', uk: 'Володимир Путін' },
    role: { en: 'President of Russia', uk: 'Президент Росії' },
    side: { en: 'Russian government', uk: 'Російська влада' },
    stance: { en: 'Ukraine must give up NATO plans and land', uk: 'Україна має відмовитися від НАТО і територій' },
    paraphrase: {
      en: 'In June 2024 named as conditions for a ceasefire and talks the withdrawal of Ukrainian troops from four Ukrainian regions Russia claims and an official renunciation of plans to join NATO, and called for a neutral, non-aligned, non-nuclear Ukraine.',
      uk: 'У червні 2024 року назвав умовами припинення вогню і переговорів виведення українських військ із чотирьох українських областей, на які претендує Росія, та офіційну відмову від планів вступу до НАТО; закликав до нейтральної, позаблокової, без’ядерної України.',
    },
    source: KREMLIN_2024_06_14,
  },
} as const satisfies Record<string, Position>;

/** All positions held by one person, in the order written above. */
export function positionsOf(personId: string): Position[] {
  return Object.values(P).filter((p) => p.personId === personId);
}
