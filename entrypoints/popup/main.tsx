import '../../components/card.css';
import './popup.css';
import { render } from 'preact';
import kb from 'virtual:kontekst-kb';
import { TranslatorContext } from '../../components/i18n';
import { uiLang, uiTranslator } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLang;

render(
  <TranslatorContext.Provider value={uiTranslator}>
    <App kb={kb} locationSearch={location.search} />
  </TranslatorContext.Provider>,
  document.getElementById('app')!,
);
