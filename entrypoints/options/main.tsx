import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { OptionsApp } from './OptionsApp';
import './options.css';

// The language of the strings shown (the browser's own may be one Kanbao has no strings for).
document.documentElement.lang = uiLanguage(t);
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
