import type { EvalCase } from '../types';
import { CASES as DE_PARAGRAPHS } from '../paragraphs/de';
import { CASES as EN_PARAGRAPHS } from '../paragraphs/en';
import { CASES as PL_PARAGRAPHS } from '../paragraphs/pl';
import { CASES as RU_PARAGRAPHS } from '../paragraphs/ru';
import { CASES as UK_PARAGRAPHS } from '../paragraphs/uk';
import de from './de';
import en from './en';
import pl from './pl';
import ru from './ru';
import uk from './uk';

/**
 * Every labelled paragraph: the labelled set (tests/eval/paragraphs, written without
 * looking at the matcher; add a language there and here) and the seed cases per mechanism
 * of issue 14 (ids '<lang>-s…').
 */
export const EVAL_CASES: readonly EvalCase[] = [
  ...EN_PARAGRAPHS,
  ...UK_PARAGRAPHS,
  ...RU_PARAGRAPHS,
  ...DE_PARAGRAPHS,
  ...PL_PARAGRAPHS,
  ...en,
  ...uk,
  ...ru,
  ...de,
  ...pl,
];
