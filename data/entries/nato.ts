import type { KbEntryInput } from '../schema';
import { P } from '../positions';
import { HROMADSKE_2025_03, NORTH_ATLANTIC_TREATY } from '../sources';

export default {
  id: 'nato',
  kind: 'alliance',
  title: { en: 'NATO', uk: 'НАТО' },
  aliases: [
    { text: 'NATO', lang: 'en', caseSensitive: true },
    { text: 'Nato', lang: 'en', caseSensitive: true },
    { text: 'North Atlantic Treaty Organization', lang: 'en' },
    { text: 'North Atlantic Treaty Organisation', lang: 'en' },
    { text: 'North Atlantic Alliance', lang: 'en' },
    { text: 'North Atlantic Treaty', lang: 'en' },
    { text: 'НАТО', lang: 'uk', inflect: false },
    { text: 'Організація Північноатлантичного договору', lang: 'uk' },
    { text: 'Північноатлантичний альянс', lang: 'uk' },
    { text: 'Организация Североатлантического договора', lang: 'ru' },
    { text: 'Североатлантический альянс', lang: 'ru' },
    { text: 'Nordatlantikpakt', lang: 'de' },
    { text: 'Sojusz Północnoatlantycki', lang: 'pl', stems: ['Sojusz', 'Północnoatlantyck'] },
    { text: 'Pakt Północnoatlantycki', lang: 'pl', stems: ['Pakt', 'Północnoatlantyck'] },
    { text: 'OTAN', lang: 'fr', caseSensitive: true },
    { text: "Organisation du traité de l'Atlantique nord", lang: 'fr' },
  ],
  summary:
    { en: 'The North Atlantic Treaty Organization, a political and military alliance founded in Washington in 1949, which now has 32 member states in Europe and North America. Its core is the collective defence commitment of Article 5. Ukraine seeks membership; Russia regards the alliance’s enlargement as a threat.', uk: 'Організація Північноатлантичного договору (НАТО) — військово-політичний альянс, заснований у Вашингтоні 1949 року; нині до нього входять 32 держави Європи та Північної Америки. Його основа — зобов’язання колективної оборони за статтею 5. Україна прагне членства, Росія вважає розширення Альянсу загрозою.' },
  background: [
    { en: 'Twelve states founded NATO on 4 April 1949. The alliance grew during the Cold War and, after 1999, took in many former Warsaw Pact states and three former Soviet republics; Finland joined in 2023 and Sweden in 2024, bringing membership to 32. Decisions are taken by consensus, and new members need the agreement of all existing ones.', uk: 'НАТО заснували 12 держав 4 квітня 1949 року. Альянс розширювався ще під час холодної війни, а після 1999 року прийняв багато колишніх членів Варшавського договору і три колишні радянські республіки; Фінляндія вступила у 2023 році, Швеція — у 2024-му, і членів стало 32. Рішення ухвалюють консенсусом, а для вступу нового члена потрібна згода всіх чинних членів.' },
    { en: 'Besides the mutual-defence clause, NATO relies on nuclear deterrence: the United States, the United Kingdom and France are nuclear powers, and US nuclear weapons underpin the alliance’s deterrent. Russia has long described NATO enlargement as one of its chief grievances; the alliance says every country is free to choose its alliances.', uk: 'Окрім положення про взаємну оборону, НАТО спирається на ядерне стримування: США, Велика Британія і Франція — ядерні держави, а американська ядерна зброя є основою стримування Альянсу. Росія давно називає розширення НАТО однією зі своїх головних претензій; в Альянсі наголошують, що кожна країна вільна сама обирати союзи.' },
    { en: 'At its 2008 Bucharest summit NATO declared that Ukraine and Georgia would become members, without setting a timetable. Ukraine applied for accelerated accession in September 2022.', uk: 'На Бухарестському саміті 2008 року НАТО заявило, що Україна і Грузія стануть членами Альянсу, але терміну не визначило. У вересні 2022 року Україна подала заявку на вступ за прискореною процедурою.' },
  ],
  whyNow: {
    asOf: '2025-03',
    text: { en: 'As of March 2025, hromadske reported that Ukraine still counted on NATO membership as its main security guarantee, while recent weeks had shown that the US would not allow it and Russia repeatedly said it would not permit it. Commentator Vitaliy Portnikov and analyst Alina Hrytsenko questioned how reliable NATO’s guarantee would be given the US stance, while former foreign minister Volodymyr Ohryzko named full membership as the best way to secure allies’ help.', uk: 'Станом на березень 2025 року, за даними hromadske, Україна й далі розраховувала на членство в НАТО як на головну гарантію безпеки, хоча останні тижні показали, що США цього не допустять, а Росія неодноразово заявляла, що не дозволить. Оглядач Віталій Портников та аналітикиня Аліна Гриценко сумнівалися, наскільки надійною була б гарантія НАТО з огляду на позицію США, а колишній міністр закордонних справ Володимир Огризко називав повноправне членство найкращим способом заручитися допомогою союзників.' },
  },
  timeline: [
    { date: '1949-04-04', text: { en: 'Twelve states sign the North Atlantic Treaty in Washington, founding NATO.', uk: '12 держав підписують у Вашингтоні Північноатлантичний договір — так постає НАТО.' } },
    { date: '1999-03-12', text: { en: 'Czechia, Hungary and Poland become the first former Warsaw Pact states to join.', uk: 'Чехія, Угорщина і Польща першими з колишніх членів Варшавського договору вступають до НАТО.' } },
    { date: '2001-09-12', text: { en: 'NATO invokes Article 5 for the first time, after the 11 September attacks.', uk: 'НАТО вперше застосовує статтю 5 — після терактів 11 вересня.' } },
    { date: '2008-04-03', text: { en: 'Bucharest summit: NATO declares that Ukraine and Georgia will become members.', uk: 'Бухарестський саміт: НАТО заявляє, що Україна і Грузія стануть членами Альянсу.' } },
    { date: '2022-09-30', text: { en: 'Ukraine applies for accelerated NATO membership.', uk: 'Україна подає заявку на вступ до НАТО за прискореною процедурою.' } },
    { date: '2023-04-04', text: { en: 'Finland joins NATO.', uk: 'Фінляндія вступає до НАТО.' } },
    { date: '2024-03-07', text: { en: 'Sweden joins NATO, the 32nd member.', uk: 'Швеція вступає до НАТО і стає 32-м членом.' } },
  ],
  positions: [
    P.zelenskyyNatoFirst,
    P.trumpNatoProvokedWar,
    P.lavrovTroopsUnacceptable,
    P.portnikovNoAbsoluteGuarantees,
    P.hrytsenkoConsensusRule,
    P.ohryzkoStrongArmyAndAllies,
  ],
  related: ['nato-article-5', 'nato-membership', 'deterrence', 'nuclear-umbrella', 'neutral-status', 'sphere-of-influence'],
  sources: [NORTH_ATLANTIC_TREATY, HROMADSKE_2025_03],
  lastReviewed: '2026-12-02',
} satisfies KbEntryInput;
