import './options.css';
import { render } from 'preact';
import kb from 'virtual:kontekst-kb';
import { App } from './App';

render(<App kb={kb} />, document.getElementById('app')!);
