import { render } from 'preact';
import { t } from '@/lib/i18n';
import { OptionsApp } from './OptionsApp';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
