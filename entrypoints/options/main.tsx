import './options.css';
import { render } from 'preact';
import kb from 'virtual:kontekst-kb';
import { TranslatorContext } from '../../components/i18n';
import { t, uiLang, uiTranslator } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLang;
document.title = t('options.title');

render(
  <TranslatorContext.Provider value={uiTranslator}>
    <App kb={kb} />
  </TranslatorContext.Provider>,
  document.getElementById('app')!,
);
