import { render } from 'preact';
import { t } from '@/lib/i18n';
import { LibraryApp } from './LibraryApp';
import '../options/options.css';
import './library.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('library_title');
render(<LibraryApp />, document.getElementById('app')!);
