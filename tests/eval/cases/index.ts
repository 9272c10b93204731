import type { EvalCase } from '../types';
import de from './de';
import en from './en';
import pl from './pl';
import ru from './ru';
import uk from './uk';

/** Every labelled paragraph, all languages. */
export const EVAL_CASES: readonly EvalCase[] = [...en, ...uk, ...ru, ...de, ...pl];
