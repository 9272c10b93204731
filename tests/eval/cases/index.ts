import type { EvalCase } from '../types';
import { CASES as EN_PARAGRAPHS } from '../paragraphs/en';
import de from './de';
import en from './en';
import pl from './pl';
import ru from './ru';
import uk from './uk';

/**
 * Every labelled paragraph: the labelled set (tests/eval/paragraphs, written without
 * looking at the matcher) and the seed cases per mechanism of issue 14 (ids '<lang>-s…').
 */
export const EVAL_CASES: readonly EvalCase[] = [...EN_PARAGRAPHS, ...en, ...uk, ...ru, ...de, ...pl];
