import { articleFields, type ArticleInfo as Info } from '@/lib/core/sidebar';
import type { Translate } from '@/lib/i18n';

/** The article's headline (kicker, title, subtitle) and its metadata as a description list. */
export function ArticleInfo({ article: a, t }: { article: Info; t: Translate }) {
  return (
    <div class="kb-article">
      {a.kicker && <p class="kb-kicker">{a.kicker}</p>}
      <p class="kb-title" data-field="title">
        {a.title}
      </p>
      {a.subtitle && <p class="kb-subtitle">{a.subtitle}</p>}
      <dl class="kb-meta">
        {articleFields(a).map(([k, v]) => (
          <div key={k} data-field={k}>
            <dt>{t(k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
