import '../../components/card.css';
import './popup.css';
import { render } from 'preact';
import kb from 'virtual:kontekst-kb';
import { createSearchIndex } from '../../core/search';
import { uiLang } from '../../utils/i18n';
import { App } from './App';

// Built once per popup opening; the shipped KB indexes in a few milliseconds.
const index = createSearchIndex(kb);
document.documentElement.lang = uiLang;

render(<App kb={kb} index={index} locationSearch={location.search} />, document.getElementById('app')!);
