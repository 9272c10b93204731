import type { KbEntryInput } from '../schema';

export default {
  id: 'f-16',
  kind: 'weapon',
  title: { en: 'F-16 fighter jets', uk: 'Винищувачі F-16' },
  aliases: [
    { text: 'F-16', lang: 'en' },
    { text: 'F-16s', lang: 'en' },
    { text: 'F-16 Fighting Falcon', lang: 'en' },
    { text: 'Ф-16', lang: 'uk' },
    { text: 'Ф-16', lang: 'ru' },
  ],
  summary: {
    en: 'A US-designed multirole fighter jet, flown by many NATO air forces. After long US reluctance, a coalition led by Denmark and the Netherlands trained Ukrainian pilots and donated jets; the first F-16s arrived in Ukraine in summer 2024 and are used mainly against Russian missiles and drones.',
    uk: 'Американський багатоцільовий винищувач, що стоїть на озброєнні багатьох країн НАТО. Після тривалих вагань США коаліція на чолі з Данією та Нідерландами навчила українських пілотів і передала літаки; перші F-16 прибули в Україну влітку 2024 року й використовуються передусім проти російських ракет і дронів.',
  },
  background: [
    {
      en: 'Ukraine asked for Western fighter jets from the start of the full-scale invasion. In May 2023 President Biden told G7 leaders the US would support training Ukrainian pilots on F-16s, and in August 2023 Denmark and the Netherlands, with US approval, pledged to supply jets; Norway and Belgium followed.',
      uk: 'Україна просила західні винищувачі від початку повномасштабного вторгнення. У травні 2023 року президент Байден повідомив лідерам G7, що США підтримають навчання українських пілотів на F-16, а в серпні 2023 року Данія та Нідерланди зі схвалення США пообіцяли передати літаки; згодом до них долучилися Норвегія й Бельгія.',
    },
    {
      en: 'On 4 August 2024, Ukraine’s Air Force Day, President Zelenskyy confirmed that the first F-16s were in the country and already in use, thanking Denmark, the Netherlands and the United States. Later that month an F-16 crashed while repelling a massive Russian attack, killing its pilot, Oleksii Mes.',
      uk: '4 серпня 2024 року, у День Повітряних сил, президент Зеленський підтвердив, що перші F-16 уже в Україні й застосовуються, подякувавши Данії, Нідерландам і США. Наприкінці того ж місяця під час відбиття масованої російської атаки розбився F-16, загинув пілот Олексій Месь.',
    },
  ],
  timeline: [
    { date: '2023-05', text: { en: 'The US backs a joint effort to train Ukrainian pilots on F-16s.', uk: 'США підтримують спільну програму навчання українських пілотів на F-16.' } },
    { date: '2023-08', text: { en: 'Denmark and the Netherlands pledge F-16s to Ukraine.', uk: 'Данія та Нідерланди обіцяють передати Україні F-16.' } },
    { date: '2024-08-04', text: { en: 'Zelenskyy confirms the first F-16s have arrived and are in use.', uk: 'Зеленський підтверджує, що перші F-16 прибули й уже застосовуються.' } },
    { date: '2024-08-26', text: { en: 'An F-16 is lost while repelling a Russian missile and drone attack; pilot Oleksii Mes is killed.', uk: 'Під час відбиття російської ракетно-дронової атаки втрачено F-16; гине пілот Олексій Месь.' } },
  ],
  related: ['patriot', 'shahed', 'glide-bombs', 'ukraine-defense-contact-group'],
  sources: [
    { publisher: 'Euromaidan Press', title: 'Zelenskyy confirms the delivery of F-16s and congratulates troops on the Air Force Day', date: '2024-08-04', url: 'https://euromaidanpress.com/2024/08/04/zelenskyy-confirms-the-delivery-of-f-16s-and-congratulates-troops-on-the-air-force-day/' },
    { publisher: 'The Kyiv Independent', title: "WSJ reports F-16 crash, Ukraine's Air Force announces death of pilot", date: '2024-08-29', url: 'https://kyivindependent.com/wsj-f-16-crash-report/' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
