import { render } from 'preact';
import { App, PAGE_SIZE, searchNotes } from './App';
import { applyUiLanguage } from '../../src/ui/lang';

// The first page is asked for before Preact renders, so the answer is on its way meanwhile.
const first = searchNotes({}, PAGE_SIZE);
applyUiLanguage(document);
render(<App first={first} />, document.getElementById('app')!);
