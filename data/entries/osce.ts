import type { KbEntryInput } from '../schema';

export default {
  id: 'osce',
  kind: 'organisation',
  title: { en: 'OSCE (Organization for Security and Co-operation in Europe)', uk: 'ОБСЄ (Організація з безпеки та співробітництва в Європі)' },
  aliases: [
    { text: 'OSCE', lang: 'en' },
    { text: 'Organization for Security and Co-operation in Europe', lang: 'en' },
    { text: 'Organisation for Security and Co-operation in Europe', lang: 'en' },
    { text: 'ОБСЄ', lang: 'uk' },
    { text: 'Організація з безпеки та співробітництва в Європі', lang: 'uk', inflect: false },
    { text: 'ОБСЕ', lang: 'ru' },
    { text: 'Организация по безопасности и сотрудничеству в Европе', lang: 'ru', inflect: false },
    { text: 'OSZE', lang: 'de' },
    { text: 'Organisation für Sicherheit und Zusammenarbeit in Europa', lang: 'de', inflect: false },
    { text: 'OBWE', lang: 'pl' },
    { text: 'Organizacja Bezpieczeństwa i Współpracy w Europie', lang: 'pl', inflect: false },
    { text: 'Organisation pour la sécurité et la coopération en Europe', lang: 'fr', inflect: false },
  ],
  summary: {
    en: 'The largest regional security organisation, with 57 participating states from Europe, Central Asia and North America, including Russia, Ukraine and the United States. It works by consensus. From 2014 to 2022 it ran the Special Monitoring Mission in Ukraine and took part in the Minsk talks.',
    uk: 'Найбільша регіональна безпекова організація: 57 держав-учасниць із Європи, Центральної Азії та Північної Америки, серед них Росія, Україна і США. Рішення ухвалює консенсусом. У 2014–2022 роках ОБСЄ мала в Україні Спеціальну моніторингову місію та брала участь у мінських переговорах.',
  },
  background: [
    {
      en: 'The OSCE grew out of the Conference on Security and Co-operation in Europe, whose Helsinki Final Act of 1 August 1975 set principles such as the inviolability of frontiers and the territorial integrity of states. The conference became an organisation, under its present name, on 1 January 1995. Its Secretariat is in Vienna.',
      uk: 'ОБСЄ постала з Наради з безпеки та співробітництва в Європі, чий Гельсінкський заключний акт від 1 серпня 1975 року закріпив, зокрема, принципи непорушності кордонів і територіальної цілісності держав. Організацією під нинішньою назвою нарада стала 1 січня 1995 року. Секретаріат міститься у Відні.',
    },
    {
      en: 'After Russia’s annexation of Crimea, the OSCE deployed a civilian Special Monitoring Mission to Ukraine in March 2014, which reported ceasefire violations in Donbas for eight years. The OSCE also sat with Ukraine and Russia in the Trilateral Contact Group, where the Minsk Protocol was signed on 5 September 2014.',
      uk: 'Після анексії Криму Росією ОБСЄ в березні 2014 року розгорнула в Україні цивільну Спеціальну моніторингову місію, яка вісім років фіксувала порушення режиму припинення вогню на Донбасі. ОБСЄ також входила разом з Україною та Росією до Тристоронньої контактної групи, де 5 вересня 2014 року підписали Мінський протокол.',
    },
    {
      en: 'After the full-scale invasion, Russia blocked the consensus needed to extend the mission, whose mandate ended on 31 March 2022. Because every participating state can block decisions, the consensus rule has also held up other OSCE decisions since then.',
      uk: 'Після початку повномасштабного вторгнення Росія заблокувала консенсус, потрібний для продовження мандата місії, і він завершився 31 березня 2022 року. Оскільки кожна держава-учасниця може заблокувати рішення, правило консенсусу відтоді гальмує й інші рішення ОБСЄ.',
    },
  ],
  whyNow: {
    asOf: '2025-06',
    text: {
      en: 'As of June 2025, Finland chaired the OSCE in the 50th anniversary year of the Helsinki Final Act. In debates on how a possible ceasefire in Ukraine could be monitored, the OSCE’s 2014–2022 mission is a frequently cited precedent.',
      uk: 'Станом на червень 2025 року ОБСЄ головувала Фінляндія — у рік 50-ї річниці Гельсінкського заключного акта. У дискусіях про те, як контролювати можливе припинення вогню в Україні, часто згадують як прецедент місію ОБСЄ 2014–2022 років.',
    },
  },
  timeline: [
    { date: '1975-08-01', text: { en: 'The Helsinki Final Act is signed.', uk: 'Підписано Гельсінкський заключний акт.' } },
    { date: '1995-01-01', text: { en: 'The CSCE becomes the Organization for Security and Co-operation in Europe.', uk: 'НБСЄ перетворюється на Організацію з безпеки та співробітництва в Європі.' } },
    { date: '2014-03-21', text: { en: 'The OSCE Permanent Council decides to deploy the Special Monitoring Mission to Ukraine.', uk: 'Постійна рада ОБСЄ ухвалює рішення розгорнути Спеціальну моніторингову місію в Україні.' } },
    { date: '2014-09-05', text: { en: 'The Minsk Protocol is signed in the Trilateral Contact Group (Ukraine, Russia, OSCE).', uk: 'У Тристоронній контактній групі (Україна, Росія, ОБСЄ) підписано Мінський протокол.' } },
    { date: '2022-03-31', text: { en: 'The Special Monitoring Mission’s mandate expires after Russia blocks its extension.', uk: 'Мандат Спеціальної моніторингової місії спливає: Росія заблокувала його продовження.' } },
  ],
  related: ['minsk-agreements', 'war-in-donbas', 'ceasefire', 'crimea-annexation'],
  sources: [
    { publisher: 'OSCE', title: 'Helsinki Final Act', date: '1975-08-01' },
    { publisher: 'OSCE', title: 'Permanent Council Decision No. 1117: Deployment of an OSCE Special Monitoring Mission to Ukraine', date: '2014-03-21' },
    { publisher: 'OSCE', title: 'Protocol on the results of consultations of the Trilateral Contact Group (Minsk Protocol)', date: '2014-09-05' },
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
