import type { KbEntryInput } from '../schema';

export default {
  id: 'liberation-of-kherson',
  kind: 'event',
  title: { en: 'Liberation of Kherson (11 November 2022)', uk: 'Звільнення Херсона (11 листопада 2022 року)' },
  aliases: [
    { text: 'liberation of Kherson', lang: 'en' },
    { text: 'Kherson liberation', lang: 'en' },
    { text: 'recapture of Kherson', lang: 'en' },
    { text: 'Kherson counteroffensive', lang: 'en' },
    { text: 'Kherson counter-offensive', lang: 'en' },
    { text: 'звільнення Херсона', lang: 'uk', stems: ['звільнен', 'Херсон'] },
    { text: 'деокупація Херсона', lang: 'uk', stems: ['деокупаці', 'Херсон'] },
    // Russian commemorations also mark the city's liberation from German occupation in March 1944.
    { text: 'освобождение Херсона', lang: 'ru', stems: ['освобождени', 'Херсон'], ambiguous: true },
    { text: 'уход из Херсона', lang: 'ru', stems: ['уход', 'из', 'Херсон'] },
    { text: 'Befreiung von Cherson', lang: 'de' },
    { text: 'Rückeroberung von Cherson', lang: 'de' },
    { text: 'Rückeroberung Chersons', lang: 'de' },
    { text: 'wyzwolenie Chersonia', lang: 'pl', stems: ['wyzwoleni', 'Chersoni'] },
    { text: 'odbicie Chersonia', lang: 'pl', stems: ['odbici', 'Chersoni'] },
    { text: 'libération de Kherson', lang: 'fr' },
  ],
  disambiguation: {
    anyOf: ['2022', 'ВСУ', 'ЗСУ', 'Украин*', 'Зеленск*', 'Суровик*', 'Шойгу', 'левый берег', 'левобереж*', 'Днепр*'],
    noneOf: ['1944', 'немецко-фашист*', 'Великой Отечественной', 'Великая Отечественная'],
    window: 300,
  },
  summary: {
    en: 'The return of the southern city of Kherson to Ukrainian control on 11 November 2022, after Russia withdrew its forces across the Dnipro River. Kherson was the only regional capital Russia captured after its full-scale invasion, in March 2022, and it had claimed to annex the region six weeks before the withdrawal.',
    uk: 'Повернення Херсона під контроль України 11 листопада 2022 року, після того як Росія відвела свої війська на лівий берег Дніпра. Херсон був єдиним обласним центром, який Росія захопила після початку повномасштабного вторгнення, у березні 2022 року; за шість тижнів до відступу Москва оголосила про «анексію» області.',
  },
  background: [
    {
      en: 'Russian forces seized Kherson in early March 2022. From late August Ukraine pressed a counteroffensive on the right bank of the Dnipro, using long-range strikes on bridges and supply routes. On 30 September Russia claimed to annex the Kherson region, along with three others; on 12 October the UN General Assembly condemned the attempted annexation (resolution ES-11/4).',
      uk: 'Російські війська захопили Херсон на початку березня 2022 року. З кінця серпня ЗСУ вели контрнаступ на правому березі Дніпра, завдаючи далекобійних ударів по мостах і шляхах постачання. 30 вересня Росія оголосила про «анексію» Херсонської області разом із трьома іншими; 12 жовтня Генасамблея ООН засудила цю спробу анексії (резолюція ES-11/4).',
    },
    {
      en: 'On 9 November 2022 Russia’s defence minister Sergei Shoigu, on the recommendation of commander Sergei Surovikin, ordered troops to withdraw to the left bank. Ukrainian forces entered Kherson on 11 November to crowds of residents, and President Zelenskyy visited the city on 14 November. Since then Russian forces on the left bank have shelled the city regularly.',
      uk: '9 листопада 2022 року міністр оборони Росії Сергій Шойгу за поданням командувача Сергія Суровікіна наказав відвести війська на лівий берег. 11 листопада українські військові увійшли до Херсона, де їх зустрічали натовпи мешканців, а 14 листопада місто відвідав президент Зеленський. Відтоді російські війська з лівого берега регулярно обстрілюють Херсон.',
    },
  ],
  timeline: [
    { date: '2022-03', text: { en: 'Russian forces capture Kherson.', uk: 'Російські війська захоплюють Херсон.' } },
    { date: '2022-09-30', text: { en: 'Russia claims to annex the Kherson region and three other Ukrainian regions.', uk: 'Росія оголошує про «анексію» Херсонської та ще трьох українських областей.' } },
    { date: '2022-11-09', text: { en: 'Shoigu orders Russian troops to withdraw to the left bank of the Dnipro.', uk: 'Шойгу наказує відвести російські війська на лівий берег Дніпра.' } },
    { date: '2022-11-11', text: { en: 'Ukrainian forces enter Kherson.', uk: 'Українські військові заходять до Херсона.' } },
    { date: '2022-11-14', text: { en: 'Zelenskyy visits the liberated city.', uk: 'Зеленський відвідує звільнене місто.' } },
  ],
  related: ['kherson', 'full-scale-invasion', 'kharkiv-counteroffensive-2022', 'kakhovka-dam-destruction', 'sergei-shoigu', 'volodymyr-zelenskyy', 'occupied-territories'],
  sources: [
    { publisher: 'UN General Assembly', title: 'Resolution ES-11/4: Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations', date: '2022-10-12' },
    { publisher: 'Reuters', title: 'In major retreat, Russia orders withdrawal from Ukrainian city of Kherson', date: '2022-11-09' },
    { publisher: 'Associated Press', title: 'Zelenskyy calls liberation of Kherson ‘beginning of the end’', date: '2022-11-14' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
