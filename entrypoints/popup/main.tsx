import { render } from 'preact';
import { t } from '@/lib/i18n';
import { PopupApp } from './PopupApp';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
