import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, NPT_TEXT } from '../sources';

export default {
  id: 'nuclear-umbrella',
  kind: 'concept',
  title: { en: 'Nuclear umbrella', uk: 'Nuclear umbrella' },
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
    { en: 'A commitment by a nuclear-armed state to deter attacks on a non-nuclear ally, if necessary with its own nuclear weapons; also called extended deterrence. The United States extends such protection to its NATO allies, Japan and South Korea. For Ukraine, a nuclear umbrella has been floated as a theoretical alternative to regaining nuclear weapons.', uk: 'A commitment by a nuclear-armed state to deter attacks on a non-nuclear ally, if necessary with its own nuclear weapons; also called extended deterrence. The United States extends such protection to its NATO allies, Japan and South Korea. For Ukraine, a nuclear umbrella has been floated as a theoretical alternative to regaining nuclear weapons.' },
  background: [
    { en: 'Under a nuclear umbrella the protected state does not build its own weapons; it relies on the patron’s threat of retaliation. The arrangement works only if an adversary believes the patron would take that risk on another country’s behalf, which is why such commitments are usually backed by treaties, troops or weapons stationed on the ally’s soil.', uk: 'Under a nuclear umbrella the protected state does not build its own weapons; it relies on the patron’s threat of retaliation. The arrangement works only if an adversary believes the patron would take that risk on another country’s behalf, which is why such commitments are usually backed by treaties, troops or weapons stationed on the ally’s soil.' },
    { en: 'NATO’s deterrent rests chiefly on US nuclear forces, with the independent arsenals of the United Kingdom and France also contributing. France has long said its nuclear doctrine has a European dimension; in 2020 and again in March 2025 President Emmanuel Macron offered to discuss with European partners what role French deterrence could play for their security.', uk: 'NATO’s deterrent rests chiefly on US nuclear forces, with the independent arsenals of the United Kingdom and France also contributing. France has long said its nuclear doctrine has a European dimension; in 2020 and again in March 2025 President Emmanuel Macron offered to discuss with European partners what role French deterrence could play for their security.' },
    { en: 'Ukraine is a non-nuclear state under the Non-Proliferation Treaty. Extending a nuclear umbrella to it would mean a nuclear power accepting the risk of nuclear escalation with Russia on Ukraine’s behalf; as of March 2025 no such talks were public.', uk: 'Ukraine is a non-nuclear state under the Non-Proliferation Treaty. Extending a nuclear umbrella to it would mean a nuclear power accepting the risk of nuclear escalation with Russia on Ukraine’s behalf; as of March 2025 no such talks were public.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, Ukrainian analyst Alina Hrytsenko told hromadske that France could theoretically give Ukraine a nuclear umbrella as one of its guarantees, while hromadske noted that no public talks on this existed. The idea came up as the US rejected Zelenskyy’s call to give Ukraine back nuclear weapons.', uk: 'As of March 2025, Ukrainian analyst Alina Hrytsenko told hromadske that France could theoretically give Ukraine a nuclear umbrella as one of its guarantees, while hromadske noted that no public talks on this existed. The idea came up as the US rejected Zelenskyy’s call to give Ukraine back nuclear weapons.' },
  },
  timeline: [
    { date: '1960-02-13', text: { en: 'France carries out its first nuclear test and becomes a nuclear power.', uk: 'France carries out its first nuclear test and becomes a nuclear power.' } },
    { date: '1970-03-05', text: { en: 'The Non-Proliferation Treaty enters into force.', uk: 'The Non-Proliferation Treaty enters into force.' } },
    {
      date: '2020-02-07',
      text: { en: 'In a speech at the École de Guerre, Macron proposes a strategic dialogue with European partners on the role of French nuclear deterrence.', uk: 'In a speech at the École de Guerre, Macron proposes a strategic dialogue with European partners on the role of French nuclear deterrence.' },
    },
    {
      date: '2025-03-05',
      text: { en: 'In a televised address, Macron says he will open a debate on protecting European allies with France’s nuclear deterrent.', uk: 'In a televised address, Macron says he will open a debate on protecting European allies with France’s nuclear deterrent.' },
    },
  ],
  positions: [P.hrytsenkoFrenchUmbrella, P.portnikovNoAbsoluteGuarantees, P.rubioFewerNuclearStates],
  related: ['deterrence', 'nato', 'nato-article-5', 'ukraine-nuclear-disarmament', 'nuclear-non-proliferation-treaty', 'escalation'],
  sources: [HROMADSKE_2025_03, NPT_TEXT],
  lastReviewed: '2026-11-22',
} satisfies KbEntryInput;
