import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03 } from '../sources';

export default {
  id: 'srebrenica-massacre',
  kind: 'event',
  title: { en: 'Srebrenica massacre (1995)', uk: 'Різанина в Сребрениці (1995)' },
  aliases: [
    { text: 'Srebrenica massacre', lang: 'en' },
    { text: 'Srebrenica genocide', lang: 'en' },
    { text: 'Srebrenica', lang: 'en' },
    // Polish declines the name (Srebrenicy, Srebrenicą); the stem covers those forms.
    { text: 'Srebrenica', lang: 'pl', stems: ['Srebrenic'] },
    { text: 'Сребрениця', lang: 'uk' },
    { text: 'Сребреница', lang: 'ru' },
  ],
  summary:
    { en: 'The killing of more than 8,000 Bosniak men and boys by Bosnian Serb forces after they captured the UN “safe area” of Srebrenica in Bosnia and Herzegovina in July 1995. Dutch UN peacekeepers stationed there did not prevent it. International courts have ruled it genocide.', uk: 'Вбивство силами боснійських сербів понад 8 тисяч боснійських мусульман (бошняків) — чоловіків і хлопців — після того, як ці сили в липні 1995 року захопили «безпечну зону» ООН Сребреницю в Боснії і Герцеговині. Нідерландські миротворці ООН, які там стояли, цьому не запобігли. Міжнародні суди визнали це геноцидом.' },
  background: [
    { en: 'In April 1993 the UN Security Council declared the Bosniak enclave of Srebrenica a “safe area”. A lightly armed Dutch battalion (Dutchbat) of the UN Protection Force, UNPROFOR, was stationed there. On 11 July 1995 Bosnian Serb forces under Ratko Mladić took the town; in the following days they separated men and boys from women and killed more than 8,000 men and boys.', uk: 'У квітні 1993 року Рада Безпеки ООН оголосила боснійський анклав Сребреницю «безпечною зоною». Там розмістили легкоозброєний нідерландський батальйон (Dutchbat) Сил ООН з охорони (UNPROFOR). 11 липня 1995 року сили боснійських сербів під командуванням Ратка Младича захопили місто; у наступні дні вони відокремили чоловіків і хлопців від жінок і вбили понад 8 тисяч чоловіків і хлопців.' },
    { en: 'The International Criminal Tribunal for the former Yugoslavia and the International Court of Justice both found that genocide was committed at Srebrenica. Bosnian Serb leaders Radovan Karadžić and Ratko Mladić were convicted of genocide. A 1999 UN report on the fall of Srebrenica acknowledged failures by the UN itself.', uk: 'Міжнародний кримінальний трибунал щодо колишньої Югославії (МТКЮ) і Міжнародний суд ООН встановили, що в Сребрениці було скоєно геноцид. Лідерів боснійських сербів Радована Караджича і Ратка Младича засудили за геноцид. У доповіді ООН 1999 року про падіння Сребрениці визнано помилки самої ООН.' },
    { en: 'The Dutch peacekeepers were part of a UN mission, not a NATO force. Srebrenica is often cited as a warning that lightly armed peacekeepers without a mandate to fight cannot protect civilians from a determined attack.', uk: 'Нідерландські миротворці входили до місії ООН, а не до сил НАТО. Сребреницю часто згадують як застереження: легкоозброєні миротворці без мандату на бойові дії не можуть захистити цивільних від рішучого нападу.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, in hromadske’s article on guarantees for Ukraine, commentator Vitaliy Portnikov cited Srebrenica to argue that the value of a European peacekeeping contingent should not be overstated.', uk: 'Станом на березень 2025 року в статті hromadske про гарантії для України оглядач Віталій Портников навів приклад Сребрениці, щоб показати: значення європейського миротворчого контингенту не слід перебільшувати.' },
  },
  timeline: [
    { date: '1993-04-16', text: { en: 'UN Security Council resolution 819 declares Srebrenica a “safe area”.', uk: 'Резолюція Ради Безпеки ООН № 819 оголошує Сребреницю «безпечною зоною».' } },
    { date: '1995-07-11', text: { en: 'Bosnian Serb forces capture Srebrenica; the mass killings follow over the next days.', uk: 'Сили боснійських сербів захоплюють Сребреницю; у наступні дні відбуваються масові вбивства.' } },
    { date: '1999-11-15', text: { en: 'A UN Secretary-General’s report on the fall of Srebrenica acknowledges the UN’s failures.', uk: 'Доповідь Генерального секретаря ООН про падіння Сребрениці визнає помилки ООН.' } },
    { date: '2004-04-19', text: { en: 'The ICTY Appeals Chamber confirms that genocide was committed at Srebrenica (Krstić case).', uk: 'Апеляційна палата МТКЮ підтверджує, що в Сребрениці було скоєно геноцид (справа Крстича).' } },
    {
      date: '2007-02-26',
      text: { en: 'The International Court of Justice rules that genocide occurred at Srebrenica and that Serbia failed to prevent it.', uk: 'Міжнародний суд ООН постановляє, що в Сребрениці стався геноцид, а Сербія не запобігла йому.' },
    },
    {
      date: '2024-05-23',
      text: { en: 'The UN General Assembly designates 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica.', uk: 'Генасамблея ООН проголошує 11 липня Міжнародним днем роздумів і вшанування пам’яті жертв геноциду 1995 року в Сребрениці.' },
    },
  ],
  positions: [P.portnikovPeacekeepersOverstated],
  related: ['peacekeepers', 'un-security-council'],
  sources: [
    { publisher: 'United Nations Security Council', title: 'Resolution 819 (1993)', date: '1993-04-16' },
    {
      publisher: 'United Nations',
      title: 'Report of the Secretary-General pursuant to General Assembly resolution 53/35: The fall of Srebrenica (A/54/549)',
      date: '1999-11-15',
    },
    {
      publisher: 'International Court of Justice',
      title:
        'Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v. Serbia and Montenegro), Judgment',
      date: '2007-02-26',
    },
    HROMADSKE_2025_03,
  ],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
