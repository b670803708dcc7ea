import { render } from 'preact';
import { App } from './App';
import { applyUiLanguage } from '../../src/ui/lang';

applyUiLanguage(document, 'optionsTitle');
render(<App />, document.getElementById('app')!);
