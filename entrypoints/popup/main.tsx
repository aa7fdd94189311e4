import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { PopupApp } from './PopupApp';
import './popup.css';

// The language of the strings shown (the browser's own may be one Kanbao has no strings for).
document.documentElement.lang = uiLanguage(t);
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
