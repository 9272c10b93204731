/**
 * Unit tests run as an extension whose browser UI is English: WXT's fakeBrowser leaves
 * `i18n.getMessage` unimplemented (it throws), so it answers here from locales/en.json,
 * as Chromium would for the `en` locale. Product code needs no test branch for it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../locales/en.json';
import { lookupIn } from '../../core/i18n';

const lookup = lookupIn(en);
fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | Array<string | number>) =>
  lookup(name, substitutions === undefined ? [] : [substitutions].flat().map(String));
