import type { KbEntryInput } from '../schema';
import { positionsOf } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'marco-rubio',
  kind: 'person',
  title: { en: 'Marco Rubio', uk: 'Марко Рубіо' },
  aliases: [
    { text: 'Marco Rubio', lang: 'en' },
    // "rubio" means "blond" in Spanish, and Rubio is a common Spanish surname.
    { text: 'Rubio', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: 'Марко Рубіо', lang: 'uk' },
    { text: 'Рубіо', lang: 'uk', inflect: false },
    { text: 'Марко Рубио', lang: 'ru' },
    { text: 'Рубио', lang: 'ru', inflect: false },
  ],
  disambiguation: {
    anyOf: [
      'Marco',
      'Secretary of State',
      'secretary',
      'State Department',
      'Außenminister',
      'sekretarz stanu',
      'secrétaire',
      'senator',
      'Trump',
      'Washington',
      'United States',
      'America',
      'Florida',
      'diplomat',
    ],
    noneOf: ['Ricky'],
    window: 300,
  },
  summary:
    { en: 'US Secretary of State since January 2025, previously a senator for Florida (2011–2025). In early 2025 he called Zelenskyy’s talk of regaining nuclear weapons unrealistic, saying the world needs fewer nuclear-armed countries.', uk: 'Держсекретар США з січня 2025 року, до того — сенатор від Флориди (2011–2025). На початку 2025 року назвав нереалістичними слова Зеленського про повернення ядерної зброї, наголосивши, що світу потрібно менше країн із ядерною зброєю.' },
  background: [
    { en: 'A Republican from Florida, Rubio served in the US Senate from 2011 until he became Secretary of State under Donald Trump in January 2025. From May 2025 he also served as acting national security adviser after Mike Waltz left the post.', uk: 'Республіканець із Флориди, Рубіо був членом Сенату США з 2011 року, доки в січні 2025 року не став держсекретарем в адміністрації Дональда Трампа. З травня 2025 року він також виконував обов’язки радника з національної безпеки, після того як Майк Вальц залишив цю посаду.' },
    { en: 'Commenting on Zelenskyy’s call to give Ukraine back its nuclear weapons, he said it was not a realistic demand and would not solve Ukraine’s problem as Kyiv sees it.', uk: 'Коментуючи заклик Зеленського повернути Україні ядерну зброю, він сказав, що це нереалістична вимога, яка не розв’яже проблему України так, як її бачить Київ.' },
  ],
  roles: [
    { title: { en: 'US Senator for Florida', uk: 'Сенатор США від Флориди' }, from: '2011-01-03', to: '2025-01-20' },
    { title: { en: 'US Secretary of State', uk: 'Державний секретар США' }, from: '2025-01-21', asOf: '2025-08' },
    { title: { en: 'Acting US National Security Adviser', uk: 'Виконувач обов’язків радника президента США з національної безпеки' }, from: '2025-05-01', asOf: '2025-05' },
  ],
  positions: positionsOf('marco-rubio'),
  related: ['ukraine-nuclear-disarmament', 'nuclear-non-proliferation-treaty', 'donald-trump', 'mike-waltz'],
  sources: [
    HROMADSKE_2025_03,
    {
      publisher: 'AP',
      title: 'Trump nominates Mike Waltz for UN ambassador in major shake-up of national security team',
      date: '2025-05-01',
    },
    {
      publisher: 'The Moscow Times',
      title: 'Trump and Putin Kick Off High-Stakes Talks in Alaska',
      date: '2025-08-15',
      url: 'https://www.themoscowtimes.com/2025/08/15/trump-and-putin-kick-off-high-stakes-talks-in-alaska-a90244',
    },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
