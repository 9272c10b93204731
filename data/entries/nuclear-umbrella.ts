import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, NPT_TEXT } from '../sources';

export default {
  id: 'nuclear-umbrella',
  kind: 'concept',
  title: { en: 'Nuclear umbrella', uk: 'Ядерна парасолька' },
  aliases: [
    { text: 'nuclear umbrella', lang: 'en' },
    { text: 'extended deterrence', lang: 'en' },
    { text: 'ядерна парасолька', lang: 'uk', stems: ['ядерн', 'парасол'] },
    { text: 'ядерный зонтик', lang: 'ru', stems: ['ядерн', 'зонтик'] },
    { text: 'nuklearer Schutzschirm', lang: 'de', stems: ['nuklear', 'Schutzschirm'] },
    { text: 'atomarer Schutzschirm', lang: 'de', stems: ['atomar', 'Schutzschirm'] },
    { text: 'Atomschirm', lang: 'de' },
    { text: 'parasol nuklearny', lang: 'pl', stems: ['parasol', 'nuklearn'] },
    { text: 'parasol atomowy', lang: 'pl', stems: ['parasol', 'atomow'] },
    { text: 'parapluie nucléaire', lang: 'fr' },
  ],
  summary:
    { en: 'A commitment by a nuclear-armed state to deter attacks on a non-nuclear ally, if necessary with its own nuclear weapons; also called extended deterrence. The United States extends such protection to its NATO allies, Japan and South Korea. For Ukraine, a nuclear umbrella has been floated as a theoretical alternative to regaining nuclear weapons.', uk: 'Зобов’язання ядерної держави стримувати напади на свого без’ядерного союзника — за потреби й власною ядерною зброєю; інша назва — розширене стримування. США надають такий захист союзникам по НАТО, Японії та Південній Кореї. Для України ядерну парасольку згадували як теоретичну альтернативу поверненню ядерної зброї.' },
  background: [
    { en: 'Under a nuclear umbrella the protected state does not build its own weapons; it relies on the patron’s threat of retaliation. The arrangement works only if an adversary believes the patron would take that risk on another country’s behalf, which is why such commitments are usually backed by treaties, troops or weapons stationed on the ally’s soil.', uk: 'Під ядерною парасолькою держава не створює власної зброї, а покладається на загрозу удару у відповідь з боку покровителя. Це працює, лише якщо противник вірить, що покровитель піде на такий ризик заради іншої країни, — тому такі зобов’язання зазвичай підкріплюють договорами, військами чи зброєю, розміщеними на території союзника.' },
    { en: 'NATO’s deterrent rests chiefly on US nuclear forces, with the independent arsenals of the United Kingdom and France also contributing. France has long said its nuclear doctrine has a European dimension; in 2020 and again in March 2025 President Emmanuel Macron offered to discuss with European partners what role French deterrence could play for their security.', uk: 'Стримування НАТО спирається насамперед на ядерні сили США, свій внесок роблять і незалежні арсенали Великої Британії та Франції. Франція давно наголошує на європейському вимірі своєї ядерної доктрини; у 2020 році й знову в березні 2025-го президент Емманюель Макрон пропонував обговорити з європейськими партнерами, яку роль французьке стримування може відігравати для їхньої безпеки.' },
    { en: 'Ukraine is a non-nuclear state under the Non-Proliferation Treaty. Extending a nuclear umbrella to it would mean a nuclear power accepting the risk of nuclear escalation with Russia on Ukraine’s behalf; as of March 2025 no such talks were public.', uk: 'Україна — без’ядерна держава за Договором про нерозповсюдження ядерної зброї. Поширити на неї ядерну парасольку означало б, що ядерна держава бере на себе ризик ядерної ескалації з Росією заради України; станом на березень 2025 року публічних переговорів про це не було.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Ukrainian analyst Alina Hrytsenko told hromadske that France could theoretically give Ukraine a nuclear umbrella as one of its guarantees, while hromadske noted that no public talks on this existed. The idea came up as the US rejected Zelenskyy’s call to give Ukraine back nuclear weapons.', uk: 'Станом на березень 2025 року українська аналітикиня Аліна Гриценко сказала hromadske, що Франція теоретично могла б надати Україні ядерну парасольку як одну з гарантій; водночас hromadske зазначав, що публічних переговорів про це немає. Ідея виникла, коли США відкинули заклик Зеленського повернути Україні ядерну зброю.' },
  },
  timeline: [
    { date: '1960-02-13', text: { en: 'France carries out its first nuclear test and becomes a nuclear power.', uk: 'Франція проводить перше ядерне випробування і стає ядерною державою.' } },
    { date: '1970-03-05', text: { en: 'The Non-Proliferation Treaty enters into force.', uk: 'Набирає чинності Договір про нерозповсюдження ядерної зброї.' } },
    {
      date: '2020-02-07',
      text: { en: 'In a speech at the École de Guerre, Macron proposes a strategic dialogue with European partners on the role of French nuclear deterrence.', uk: 'У промові в Школі війни (École de Guerre) Макрон пропонує європейським партнерам стратегічний діалог про роль французького ядерного стримування.' },
    },
    {
      date: '2025-03-05',
      text: { en: 'In a televised address, Macron says he will open a debate on protecting European allies with France’s nuclear deterrent.', uk: 'У телезверненні Макрон заявляє, що відкриє дискусію про захист європейських союзників французьким ядерним стримуванням.' },
    },
  ],
  positions: [P.hrytsenkoFrenchUmbrella, P.portnikovNoAbsoluteGuarantees, P.rubioFewerNuclearStates],
  related: ['deterrence', 'nato', 'nato-article-5', 'ukraine-nuclear-disarmament', 'nuclear-non-proliferation-treaty', 'escalation'],
  sources: [
    HROMADSKE_2025_03,
    NPT_TEXT,
    {
      publisher: 'Europe 1',
      title: 'Dissuasion nucléaire : «la décision a toujours été et restera entre les mains du président de la République», rappelle Emmanuel Macron',
      date: '2025-03-05',
      url: 'https://europe1.fr/international/dissuasion-nucleaire-la-decision-a-toujours-ete-et-restera-entre-les-mains-du-president-de-la-republique-rappelle-emmanuel-macron-666733',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
