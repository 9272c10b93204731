import './options.css';
import { render } from 'preact';
import kb from 'virtual:kontekst-kb';
import { t, uiLang } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLang;
document.title = t('options.title');

render(<App kb={kb} />, document.getElementById('app')!);
