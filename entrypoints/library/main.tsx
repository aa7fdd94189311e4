import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { LibraryApp } from './LibraryApp';
import '../options/options.css';
import './library.css';

// The language of the strings shown (the browser's own may be one Kanbao has no strings for).
document.documentElement.lang = uiLanguage(t);
document.title = t('library_title');
render(<LibraryApp />, document.getElementById('app')!);
