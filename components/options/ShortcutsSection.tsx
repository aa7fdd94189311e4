import type { Translate } from '@/lib/i18n';
import type { BrowserName, CommandInfo } from './types';

/** The commands with the keys the browser gave them, and the way to the browser's shortcut page. */
export function ShortcutsSection({ t, commands, browser, onShortcuts }: {
  t: Translate;
  commands: CommandInfo[];
  browser: BrowserName;
  onShortcuts: () => void;
}) {
  return (
    <section id="shortcuts" aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">{t('sec_shortcuts')}</h2>
      <table class="grid" data-testid="commands">
        <tbody>
          {commands.map((c) => (
            <tr key={c.name} data-command={c.name}>
              <th scope="row">{c.name.startsWith('_execute') ? t('cmd_execute_action') : c.description || c.name}</th>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="hint">{t('sc_not_set')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" data-testid="change-shortcuts" onClick={onShortcuts}>{t('sc_change')}</button>
      </p>
      <p class="hint">{browser === 'firefox' ? t('sc_firefox_hint') : t('sc_chrome_hint')}</p>
    </section>
  );
}
