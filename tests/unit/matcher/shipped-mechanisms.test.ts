/**
 * The mechanisms added for the eval's classes of misses and wrong cards, each on the shipped
 * KB (its matching index, as the content script gets it) with a case that must match and one
 * that must not.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher';
import { matchIndexOf } from '../../../core/match-index-build';
import { KB } from '../../../data/kb';
import { found } from './helpers';

const matcher = compileMatcher(matchIndexOf(KB));
const ids = (text: string) => found(matcher, text).map(([id]) => id);
const spans = (text: string, id: string) => found(matcher, text).filter(([entry]) => entry === id).map(([, t]) => t);

describe('mechanisms on the shipped KB', () => {
  it('a given name that is another person’s (Roberto for Robert) blocks the surname, also later in the paragraph', () => {
    expect(ids('Włoski polityk Roberto Fico został prezydentem Kampanii; Fico był wcześniej przewodniczącym Izby.')).not.toContain('robert-fico');
    expect(ids('Premier Słowacji Robert Fico spotkał się z Putinem.')).toContain('robert-fico');
  });

  it('an entry with a scope stays off another country’s office, and on for its own', () => {
    expect(ids('Президент Франції Макрон заявив, що Офіс президента Франції готує нову пенсійну реформу.')).not.toContain('office-of-the-president-of-ukraine');
    expect(ids('Офіс президента України заявив, що переговори тривають.')).toContain('office-of-the-president-of-ukraine');
  });

  it('derives the Polish consonant change before -e (szczyt → szczycie, Poroszenko → Poroszence)', () => {
    expect(spans('Na szczycie NATO w Wilnie obiecano jedynie zaproszenie.', 'vilnius-summit-2023')).toEqual(['szczycie NATO w Wilnie']);
    expect(ids('Sondaże pokazują, że Załużnemu ufa więcej Ukraińców niż Petrowi Poroszence.')).toContain('petro-poroshenko');
  });

  it('declines a foreign woman’s given name and keeps her surname (Каєю Каллас)', () => {
    expect(ids('Сибіга зустрівся з Каєю Каллас у Брюсселі.')).toContain('kaja-kallas');
  });

  it('inflects nouns in -ія/-ия (коаліції охочих, коалицию желающих)', () => {
    expect(ids('Лідери коаліції охочих зібралися в Парижі.')).toContain('coalition-of-the-willing');
    expect(ids('Макрон созвал коалицию желающих в Париже.')).toContain('coalition-of-the-willing');
  });

  it('joins overlapping mentions of one entry into one span', () => {
    expect(spans('ЄС ухвалив новий пакет санкцій ЄС проти Росії.', 'eu-sanctions-against-russia')).toHaveLength(1);
  });

  it('keeps hobby drone racing off the war’s FPV card', () => {
    expect(ids('Wyścigi dronów FPV przyciągnęły setki pilotów-hobbystów; zwycięzca latał na DJI Avata.')).not.toContain('fpv-drones');
  });
});
