import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'vitaliy-portnikov',
  kind: 'person',
  title: { en: 'Vitaliy Portnikov', uk: 'Віталій Портников' },
  aliases: [
    { text: 'Vitaliy Portnikov', lang: 'en' },
    { text: 'Vitaly Portnikov', lang: 'en' },
    { text: 'Vitalii Portnikov', lang: 'en' },
    { text: 'Portnikov', lang: 'en' },
    { text: 'Witalij Portnikow', lang: 'de' },
    { text: 'Portnikow', lang: 'pl' },
    { text: 'Віталій Портников', lang: 'uk' },
    { text: 'Портніков', lang: 'uk' },
    { text: 'Виталий Портников', lang: 'ru' },
    { text: 'Портников', lang: 'ru' },
  ],
  summary:
    { en: 'Ukrainian journalist, writer and political commentator. In hromadske’s March 2025 article he argued that no absolute guarantees exist even for NATO members, and set out four conditions for deterring another Russian attack, from a strong army to Russia’s democratisation.', uk: 'Український журналіст, письменник і політичний оглядач. У статті hromadske в березні 2025 року стверджував, що абсолютних гарантій немає навіть для членів НАТО, і назвав чотири умови, які можуть стримати новий російський напад, — від сильної армії до демократизації Росії.' },
  background: [
    { en: 'hromadske describes Portnikov as a Ukrainian publicist, writer and journalist. He is a prominent commentator on Russian–Ukrainian relations.', uk: 'hromadske називає Портникова українським публіцистом, письменником і журналістом. Він — відомий оглядач російсько-українських відносин.' },
    { en: 'He told hromadske he had until recently seen NATO membership as a major guarantee, but that US distancing from a possible war in Europe had changed his view. He cited Srebrenica to warn against overstating peacekeepers, expected nuclear powers to block any return of nuclear weapons to Ukraine, and listed four conditions for security: a strong, modern army; serious preparation and fortifications; Russia’s economic exhaustion; and Russia’s democratisation.', uk: 'Він розповів hromadske, що донедавна вважав членство в НАТО вагомою гарантією, але дистанціювання США від можливої війни в Європі змінило його думку. Згадав Сребреницю, застерігаючи від перебільшення ролі миротворців, очікував, що ядерні держави заблокують будь-яке повернення Україні ядерної зброї, і назвав чотири умови безпеки: сильна сучасна армія; серйозна підготовка й укріплення; економічне виснаження Росії; її демократизація.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Portnikov was one of three Ukrainian experts hromadske asked whether any guarantee could protect Ukraine from another Russian invasion.', uk: 'Станом на березень 2025 року Портников був одним із трьох українських експертів, яких hromadske запитав, чи може якась гарантія захистити Україну від нового російського вторгнення.' },
  },
  roles: [{ title: { en: 'Journalist, writer and political commentator', uk: 'Журналіст, письменник і політичний оглядач' }, asOf: '2025-03' }],
  positions: positionsOf('vitaliy-portnikov'),
  related: ['security-guarantees', 'nato-article-5', 'peacekeepers', 'srebrenica-massacre', 'deterrence', 'neutral-status'],
  sources: [HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
