import type { EvalCase } from '../types';

/** Ukrainian paragraphs (seed set; the full labelled set follows). */
export default [
  {
    id: 'uk-s001',
    lang: 'uk',
    trap: false,
    text: 'Мінські домовленості так і не були виконані, а Мінськ-2 лише заморозив війну на Донбасі.',
    expect: [
      { entryId: 'minsk-agreements', phrase: 'Мінські домовленості' },
      { entryId: 'minsk-agreements', phrase: 'Мінськ-2' },
    ],
    forbid: [],
  },
  {
    id: 'uk-s002',
    lang: 'uk',
    trap: false,
    text: 'Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї підписали 5 грудня 1994 року.',
    expect: [
      { entryId: 'budapest-memorandum', phrase: 'Меморандум про гарантії безпеки' },
      { entryId: 'nuclear-non-proliferation-treaty', phrase: 'Договору про нерозповсюдження ядерної зброї' },
    ],
    forbid: ['security-guarantees'],
  },
  {
    id: 'uk-s003',
    lang: 'uk',
    trap: false,
    text: 'Олена Зеленська відвідала Харків, а Зеленський провів нараду з військовими.',
    expect: [{ entryId: 'volodymyr-zelenskyy', phrase: 'Зеленський' }],
    forbid: [],
  },
  {
    id: 'uk-s004',
    lang: 'uk',
    trap: false,
    text: 'Пан Зеленський подякував партнерам за підтримку.',
    expect: [{ entryId: 'volodymyr-zelenskyy', phrase: 'Зеленський' }],
    forbid: [],
  },
  {
    id: 'uk-s005',
    lang: 'uk',
    trap: true,
    text: 'Нейтральний статус Австрії Росія визнала ще в 1955 році.',
    expect: [],
    forbid: ['neutral-status'],
  },
  {
    id: 'uk-s006',
    lang: 'uk',
    trap: false,
    text: 'Кремль вимагає від України нейтралітету, хоча Київ відмовився від нього ще у 2014 році.',
    expect: [{ entryId: 'neutral-status', phrase: 'нейтралітету' }],
    forbid: [],
  },
  {
    id: 'uk-s007',
    lang: 'uk',
    trap: false,
    text: 'Рада безпеки ООН збереться в понеділок на вимогу Києва.',
    expect: [{ entryId: 'un-security-council', phrase: 'Рада безпеки ООН' }],
    forbid: [],
  },
  {
    id: 'uk-s008',
    lang: 'uk',
    trap: true,
    text: 'Ескалація цін на пальне обурила водіїв у Києві.',
    expect: [],
    forbid: ['escalation'],
  },
  {
    id: 'uk-s009',
    lang: 'uk',
    trap: false,
    text: 'За даними hromadske, Гороховський зібрав 27 мільйонів гривень.',
    expect: [
      { entryId: 'oleh-gorokhovsky', phrase: 'Гороховський' },
      { entryId: 'hromadske', phrase: 'hromadske' },
    ],
    forbid: [],
  },
  {
    id: 'uk-s010',
    lang: 'uk',
    trap: false,
    text: 'Стаття 5 Північноатлантичного договору передбачає колективну оборону союзників.',
    expect: [{ entryId: 'nato-article-5', phrase: 'Стаття 5' }],
    forbid: [],
  },
] satisfies EvalCase[];
