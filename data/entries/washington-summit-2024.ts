import type { KbEntryInput } from '../schema';

export default {
  id: 'washington-summit-2024',
  kind: 'summit',
  title: { en: 'NATO Washington summit (2024)', uk: 'Вашингтонський саміт НАТО (2024)' },
  aliases: [
    // Guarded: many other leaders' meetings in Washington are called summits (e.g. the White House talks of August 2025).
    { text: 'Washington summit', lang: 'en', ambiguous: true },
    { text: 'NATO summit in Washington', lang: 'en' },
    { text: 'Washington Summit Declaration', lang: 'en' },
    { text: 'Вашингтонський саміт', lang: 'uk', stems: ['Вашингтонськ', 'саміт'], ambiguous: true },
    { text: 'саміт НАТО у Вашингтоні', lang: 'uk', stems: ['саміт', 'НАТО', 'у', 'Вашингтон'] },
    { text: 'саміт НАТО в Вашингтоні', lang: 'uk', stems: ['саміт', 'НАТО', 'в', 'Вашингтон'] },
    { text: 'Вашингтонский саммит', lang: 'ru', stems: ['Вашингтонск', 'саммит'], ambiguous: true },
    { text: 'саммит НАТО в Вашингтоне', lang: 'ru', stems: ['саммит', 'НАТО', 'в', 'Вашингтон'] },
    { text: 'Nato-Gipfel in Washington', lang: 'de' },
    { text: 'szczyt NATO w Waszyngtonie', lang: 'pl', stems: ['szczyt', 'NATO', 'w', 'Waszyngtonie'] },
    { text: 'sommet de Washington', lang: 'fr', ambiguous: true },
  ],
  disambiguation: {
    anyOf: ['NATO', 'НАТО', 'OTAN', 'Nato', '2024', 'alliance', 'альянс*', 'Allianz', 'sojusz*', 'Stoltenberg', 'Столтенберг*', '75th', 'irreversible', 'незворотн*', 'необратим*', 'unumkehrbar*', 'nieodwracaln*'],
    noneOf: ['2025', 'Witkoff', 'Віткофф*', 'Уиткофф*', 'Уиткофф'],
    window: 300,
  },
  summary: {
    en: 'NATO’s 75th-anniversary summit in Washington on 9–11 July 2024. Allies called Ukraine’s path to full Euro-Atlantic integration, including NATO membership, “irreversible”, set up a NATO command to coordinate military aid and training for Ukraine, and pledged a baseline of €40 billion in security assistance within a year. It was Jens Stoltenberg’s last summit as Secretary General.',
    uk: 'Ювілейний саміт НАТО до 75-річчя Альянсу у Вашингтоні 9–11 липня 2024 року. Союзники назвали «незворотним» шлях України до повної євроатлантичної інтеграції, включно з членством у НАТО, створили командування для координації військової допомоги й навчання українських військових і пообіцяли щонайменше 40 млрд євро безпекової допомоги протягом року. Це був останній саміт Єнса Столтенберга на посаді генсека.',
  },
  background: [
    {
      en: 'The Washington Summit Declaration of 10 July 2024 said allies would support Ukraine “on its irreversible path to full Euro-Atlantic integration, including NATO membership”, and repeated that an invitation would come when allies agree and conditions are met. It described China as a decisive enabler of Russia’s war.',
      uk: 'Вашингтонська декларація від 10 липня 2024 року проголосила, що союзники підтримуватимуть Україну на її незворотному шляху до повної євроатлантичної інтеграції, включно з членством у НАТО, і повторила, що запрошення буде надано, коли союзники погодяться і будуть виконані умови. Китай у ній названо країною, що вирішально сприяє війні Росії.',
    },
    {
      en: 'Allies created NATO Security Assistance and Training for Ukraine (NSATU), based in Wiesbaden, Germany, and adopted a Pledge of Long-Term Security Assistance. Several allies announced additional strategic air defence systems, including Patriot batteries, and the US, Denmark and the Netherlands said the transfer of F-16 fighter jets to Ukraine was under way. Mark Rutte, already chosen as the next Secretary General, took office on 1 October 2024.',
      uk: 'Союзники створили місію НАТО з безпекової допомоги та навчання для України (NSATU) зі штабом у Вісбадені (Німеччина) і ухвалили Зобов’язання щодо довгострокової безпекової допомоги. Низка країн оголосила про передання додаткових систем ППО стратегічного рівня, зокрема батарей Patriot, а США, Данія та Нідерланди заявили, що передання Україні винищувачів F-16 уже триває. Марк Рютте, якого вже обрали наступним генсеком, обійняв посаду 1 жовтня 2024 року.',
    },
  ],
  timeline: [
    { date: '2024-07-09', text: { en: 'The summit opens in Washington on NATO’s 75th anniversary.', uk: 'У Вашингтоні відкривається саміт до 75-річчя НАТО.' } },
    { date: '2024-07-10', text: { en: 'The Washington Summit Declaration calls Ukraine’s path to membership irreversible.', uk: 'Вашингтонська декларація називає шлях України до членства незворотним.' } },
    { date: '2024-07-11', text: { en: 'The NATO–Ukraine Council meets with Zelenskyy at the summit.', uk: 'Рада Україна — НАТО збирається на саміті за участі Зеленського.' } },
    { date: '2024-10-01', text: { en: 'Mark Rutte succeeds Jens Stoltenberg as Secretary General.', uk: 'Марк Рютте змінює Єнса Столтенберга на посаді генсека НАТО.' } },
  ],
  related: ['nato', 'nato-membership', 'vilnius-summit-2023', 'hague-summit-2025', 'jens-stoltenberg', 'mark-rutte', 'joe-biden', 'f-16', 'patriot'],
  sources: [
    { publisher: 'NATO', title: 'Washington Summit Declaration', date: '2024-07-10' },
    { publisher: 'NATO', title: 'Pledge of Long-Term Security Assistance for Ukraine', date: '2024-07-10' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
