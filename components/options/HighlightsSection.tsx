import { KINDS, type Kind } from '@/lib/core/settings';
import type { MessageKey } from '@/lib/i18n';
import type { SectionProps } from './types';

const LABEL: Record<Kind, MessageKey> = { figure: 'kind_figure', date: 'kind_date', program: 'kind_program' };
/** Kanbao's own light-scheme colours (lib/dom/marks/page-style.ts), the starting point of an own colour. */
export const DEFAULT_COLOURS: Record<Kind, string> = { figure: '#d97706', date: '#0284c7', program: '#9333ea' };

/** Which kinds show when a page opens, and each kind's colour. */
export function HighlightsSection({ t, settings, onChange }: SectionProps) {
  const { shown, colours } = settings.highlights;
  const set = (part: Partial<typeof settings.highlights>) => onChange({ ...settings, highlights: { ...settings.highlights, ...part } });
  return (
    <section id="highlights" aria-labelledby="highlights-h">
      <h2 id="highlights-h">{t('sec_highlights')}</h2>
      <p class="hint">{t('hl_hint')}</p>
      <table class="grid" data-testid="kinds">
        <tbody>
          {KINDS.map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row">
                <label>
                  <input
                    type="checkbox"
                    role="switch"
                    data-testid={`show-${k}`}
                    checked={shown[k]}
                    onChange={(e) => set({ shown: { ...shown, [k]: e.currentTarget.checked } })}
                  />
                  {t('hl_show', t(LABEL[k]))}
                </label>
              </th>
              <td>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`own-colour-${k}`}
                    checked={colours[k] !== null}
                    onChange={(e) => set({ colours: { ...colours, [k]: e.currentTarget.checked ? DEFAULT_COLOURS[k] : null } })}
                  />
                  {t('hl_custom_colour')}
                </label>
                {colours[k] === null && <span class="hint"> · {t('hl_default_colour')}</span>}
              </td>
              <td>
                <input
                  type="color"
                  aria-label={t('hl_colour', t(LABEL[k]))}
                  data-testid={`colour-${k}`}
                  value={colours[k] ?? DEFAULT_COLOURS[k]}
                  disabled={colours[k] === null}
                  onChange={(e) => set({ colours: { ...colours, [k]: e.currentTarget.value.toLowerCase() } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
