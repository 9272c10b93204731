import type { KbEntryInput } from '../schema';

export default {
  id: 'avdiivka',
  kind: 'place',
  title: { en: 'Avdiivka', uk: 'Авдіївка' },
  aliases: [
    { text: 'Avdiivka', lang: 'en' },
    { text: 'Avdiyivka', lang: 'en' },
    { text: 'Avdeyevka', lang: 'en' },
    { text: 'Авдіївка', lang: 'uk', stems: ['Авдіївк'] },
    { text: 'Авдеевка', lang: 'ru', stems: ['Авдеевк'] },
    { text: 'Awdijiwka', lang: 'de' },
    { text: 'Awdijiwka', lang: 'pl', stems: ['Awdijiwk'] },
  ],
  summary: {
    en: 'A town just north of Donetsk city, known for one of Europe’s largest coke plants, that stood on the front line from 2014. After a four-month Russian offensive, Ukraine withdrew its troops on 17 February 2024 to avoid encirclement, the biggest change on the front since the fall of Bakhmut.',
    uk: 'Місто одразу на північ від Донецька, відоме одним із найбільших у Європі коксохімічних заводів; з 2014 року воно стояло на лінії фронту. Після чотиримісячного російського наступу 17 лютого 2024 року українські війська вийшли з міста, щоб уникнути оточення, — це найбільша зміна лінії фронту після падіння Бахмута.',
  },
  background: [
    {
      en: 'Russian-backed separatists held Avdiivka in the spring of 2014 until Ukrainian troops retook it at the end of July; for the next eight years it was a heavily fortified Ukrainian stronghold on the contact line, a few kilometres from occupied Donetsk.',
      uk: 'Навесні 2014 року Авдіївку захопили підтримувані Росією бойовики, але наприкінці липня українські військові її звільнили; наступні вісім років місто було потужно укріпленим українським форпостом на лінії зіткнення за кілька кілометрів від окупованого Донецька.',
    },
    {
      en: 'Russia launched a major assault in October 2023 and kept attacking despite heavy losses, while Ukraine was short of artillery ammunition as new US aid stalled in Congress. On 17 February 2024 the newly appointed commander-in-chief Oleksandr Syrskyi ordered a withdrawal to avoid encirclement and preserve soldiers’ lives.',
      uk: 'Росія почала масштабний штурм у жовтні 2023 року й продовжувала атаки попри великі втрати, тоді як Україні бракувало артилерійських боєприпасів через затримку нової допомоги США в Конгресі. 17 лютого 2024 року щойно призначений головнокомандувач Олександр Сирський наказав вивести війська, щоб уникнути оточення й зберегти життя бійців.',
    },
  ],
  timeline: [
    { date: '2014-07-30', text: { en: 'Ukraine says its forces have retaken Avdiivka from Russian-backed fighters; the town becomes a front-line stronghold.', uk: 'Україна повідомляє, що її сили звільнили Авдіївку від підтримуваних Росією бойовиків; місто стає прифронтовим форпостом.' } },
    { date: '2023-10', text: { en: 'Russia launches a large-scale offensive to encircle the town.', uk: 'Росія починає масштабний наступ, щоб оточити місто.' } },
    { date: '2024-02-17', text: { en: 'Syrskyi announces the withdrawal of Ukrainian units from Avdiivka.', uk: 'Сирський оголошує про виведення українських підрозділів з Авдіївки.' } },
  ],
  related: ['donetsk-oblast', 'donbas', 'pokrovsk', 'bakhmut', 'oleksandr-syrskyi', 'glide-bombs'],
  sources: [
    { publisher: 'The Independent', title: 'Ukraine seizes key town of Avdiivka close to rebel stronghold of Donetsk', date: '2014-07-30', url: 'https://www.independent.co.uk/news/world/europe/ukraine-seizes-key-town-avdiivka-close-rebel-stronghold-donetsk-9637687.html' },
    { publisher: 'Reuters', title: 'Ukraine Troops Withdrew from Avdiivka after Months of Fierce Battles, Army Chief Says', date: '2024-02-17' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
