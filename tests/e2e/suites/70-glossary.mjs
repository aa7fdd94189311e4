// The glossary in the page, in both browsers: a formulation's mark shows its card in the tooltip
// (gloss in the interface's language, its items, since when), the sidebar's program expands to the
// same card, and a Traditional page shows it in Traditional until the reader converts the page to
// Simplified. The cards come from the background (kanbao/glossary); the page only asks.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SIMPLIFIED = 'http://www.xinhuanet.com/politics/2020-07/08/c_1126212966.htm'; // xinhua_05: “四个意识”
const TRADITIONAL = 'http://sn.people.com.cn/BIG5/n2/2024/0510/c226647-40840001.html'; // constructed: 「四個意識」

/** What the open tooltip shows, read from its open shadow root in the page's main world. */
const readTooltip = () => {
  const host = document.querySelector('kanbao-tooltip');
  const box = host?.shadowRoot?.querySelector('.box');
  const card = box?.querySelector('.card');
  return {
    shown: host?.style.getPropertyValue('display') === 'block',
    kind: box?.getAttribute('data-kind') ?? null,
    card: card
      ? {
          name: card.getAttribute('data-glossary'),
          gloss: card.querySelector('.gloss')?.textContent ?? null,
          items: [...card.querySelectorAll('ol.items')].map((ol) => [...ol.querySelectorAll('li')].map((li) => li.textContent)),
          since: card.querySelector('.since')?.textContent ?? null,
          overflow: getComputedStyle(box).overflowY,
          maxHeight: getComputedStyle(box).maxHeight,
        }
      : null,
  };
};

/** Focuses the first program mark whose text holds `words` (marks are in the tab order); false if none yet. */
const focusProgram = (words) => {
  const mark = [...document.querySelectorAll('kanbao-mark[data-kind="program"]')].find((m) => m.textContent.includes(words));
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
  return document.activeElement === mark;
};

/** The centre of the first program mark holding `words`, for a real pointer hover. */
const programCentre = (words) => {
  const mark = [...document.querySelectorAll('kanbao-mark[data-kind="program"]')].find((m) => m.textContent.includes(words));
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center' });
  const r = mark.getClientRects()[0];
  return r ? { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 } : null;
};

/** The sidebar's program `name` (its Simplified group name): its disclosure and its card. */
const readSidebarCard = (name) => {
  const root = document.querySelector('kanbao-sidebar')?.shadowRoot;
  const li = root ? [...root.querySelectorAll('[data-section="programs"] li')].find((l) => l.dataset.name === name) : null;
  const button = li?.querySelector('.kb-disclosure');
  const card = button ? root.getElementById(button.getAttribute('aria-controls')) : null;
  return {
    sidebar: Boolean(root?.querySelector('aside')),
    button: button ? { expanded: button.getAttribute('aria-expanded'), label: button.getAttribute('aria-label') } : null,
    card: card
      ? {
          name: card.getAttribute('data-glossary'),
          gloss: card.querySelector('.kb-card-gloss')?.textContent ?? null,
          items: [...card.querySelectorAll('ol')].map((ol) => [...ol.querySelectorAll('li')].map((x) => x.textContent)),
        }
      : null,
  };
};
const clickDisclosure = (name) => {
  const root = document.querySelector('kanbao-sidebar')?.shadowRoot;
  const li = [...(root?.querySelectorAll('[data-section="programs"] li') ?? [])].find((l) => l.dataset.name === name);
  const button = li?.querySelector('.kb-disclosure');
  button?.focus();
  button?.click();
  return Boolean(button);
};

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, ROOT } = ctx;
  const b = () => ctx.b;

  // The shipped entries, read from the data files, as the expected cards.
  const dir = path.join(ROOT, 'lib/data/glossary');
  const entries = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  const entry = (name) => {
    const e = entries.find((x) => x.name === name);
    if (!e) throw new Error(`the glossary has no ${name}`);
    return e;
  };
  const FOUR = entry('四个意识');
  /** The interface language the browser gives the extension decides the gloss (zh or en). */
  let lang;
  const glossLang = async () => (lang ??= await b().evaluateInExtension(() => (globalThis.browser ?? globalThis.chrome).i18n.getMessage('glossary_lang')));

  const tooltipOf = async (page, words, via) => {
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'the page annotated' });
    if (via === 'hover') {
      const at = await poll(() => page.evaluate(programCentre, words), { message: `a program mark holding ${words}` });
      await page.mouse.move(at.x, at.y);
    } else {
      await poll(() => page.evaluate(focusProgram, words), { message: `a focused program mark holding ${words}` });
    }
    return poll(
      async () => {
        const t = await page.evaluate(readTooltip);
        return t.shown && t.card && t;
      },
      { message: `the tooltip of ${words} with its glossary card` },
    );
  };

  test('glossary: hovering a formulation shows its card in the tooltip (Simplified page)', T, async () => {
    const page = await open(SIMPLIFIED);
    const t = await tooltipOf(page, '四个意识', 'hover');
    const l = await glossLang();
    assert.equal(t.kind, 'program');
    assert.equal(t.card.name, '四个意识');
    assert.equal(t.card.gloss, FOUR.gloss[l === 'zh' ? 'zh' : 'en']);
    assert.deepEqual(t.card.items, FOUR.items);
    assert.ok(t.card.since.includes(String(FOUR.since)), `since line names ${FOUR.since}: ${t.card.since}`);
    assert.ok(t.card.since.includes(FOUR.firstStated.date), 'since line dates the first statement');
    assert.equal(t.card.overflow, 'auto', 'a long card scrolls');
    assert.notEqual(t.card.maxHeight, 'none');
    await page.mouse.move(1, 1);
  });

  test('glossary: keyboard focus on a formulation shows its card too', T, async () => {
    const page = await open(SIMPLIFIED);
    const six = entry('六稳');
    const t = await tooltipOf(page, '六稳', 'focus');
    assert.equal(t.card.name, '六稳');
    assert.deepEqual(t.card.items, six.items);
    await page.evaluate(() => document.activeElement?.blur());
  });

  test('glossary: the sidebar\'s program expands to its card', T, async () => {
    const page = await open(SIMPLIFIED);
    const tabId = await tabOf(SIMPLIFIED);
    await b().send(tabId, { type: 'kanbao/sidebar', open: true });
    const before = await poll(
      async () => {
        const s = await page.evaluate(readSidebarCard, '“四个意识”');
        return s.button && s;
      },
      { message: 'the sidebar lists “四个意识” with a disclosure' },
    );
    assert.equal(before.button.expanded, 'false');
    assert.equal(before.card, null);
    assert.ok(await page.evaluate(clickDisclosure, '“四个意识”'));
    const after = await poll(
      async () => {
        const s = await page.evaluate(readSidebarCard, '“四个意识”');
        return s.button?.expanded === 'true' && s.card && s;
      },
      { message: 'the card open under “四个意识”' },
    );
    assert.equal(after.card.name, '四个意识');
    assert.deepEqual(after.card.items, FOUR.items);
    await b().send(tabId, { type: 'kanbao/sidebar', open: false });
  });

  test('glossary: a Traditional page shows the Traditional card; converted to Simplified, the Simplified one', T, async () => {
    const page = await open(TRADITIONAL);
    const tabId = await tabOf(TRADITIONAL);
    const t = await tooltipOf(page, '四個意識', 'focus');
    assert.equal(t.card.name, '四個意識');
    assert.deepEqual(t.card.items, [['政治意識', '大局意識', '核心意識', '看齊意識']]);
    if ((await glossLang()) === 'zh') assert.notEqual(t.card.gloss, FOUR.gloss.zh, 'the Chinese gloss converted');
    else assert.equal(t.card.gloss, FOUR.gloss.en, 'the English gloss as written');

    // The sidebar shows the same Traditional card.
    await b().send(tabId, { type: 'kanbao/sidebar', open: true });
    await poll(() => page.evaluate(clickDisclosure, '“四个意识”'), { message: 'the sidebar lists “四个意识”' });
    const side = await poll(
      async () => {
        const s = await page.evaluate(readSidebarCard, '“四个意识”');
        return s.card && s;
      },
      { message: 'the Traditional card in the sidebar' },
    );
    assert.equal(side.card.name, '四個意識');
    assert.deepEqual(side.card.items, [['政治意識', '大局意識', '核心意識', '看齊意識']]);
    await b().send(tabId, { type: 'kanbao/sidebar', open: false });

    // Converted to Simplified: the card follows the script the reader now sees.
    await page.evaluate(() => document.activeElement?.blur());
    await b().send(tabId, { type: 'kanbao/convert', to: 'simplified' });
    const s = await poll(
      async () => {
        await page.evaluate(() => document.activeElement?.blur());
        await page.evaluate(focusProgram, '四个意识');
        const r = await page.evaluate(readTooltip);
        return r.card?.name === '四个意识' && r;
      },
      { message: 'the Simplified card after converting the page' },
    );
    assert.deepEqual(s.card.items, FOUR.items);
    await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
  });
}
