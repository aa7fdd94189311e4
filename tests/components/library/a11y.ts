/**
 * Structural accessibility checks for the library page's DOM, in the spirit of an automated
 * audit (the project has no audit library): every control has a name, references resolve, ids
 * are unique, tables have header cells, charts are named images, headings do not skip a level.
 * Returns the faults found, as readable strings, so a failing test says what is wrong.
 */
export function a11yFaults(root: ParentNode): string[] {
  const faults: string[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const byId = (id: string) => doc.getElementById(id);
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? ` ${el.getAttribute('data-testid')}` : ''}>`;
  const refs = (el: Element, attr: string) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);

  const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) faults.push(`duplicate id ${id}`);

  for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      for (const id of refs(el, attr)) if (!byId(id)) faults.push(`${describe(el)} ${attr} points to missing #${id}`);
    }
  }

  const nameOf = (el: Element): string => {
    const labelled = refs(el, 'aria-labelledby').map((id) => text(byId(id))).join(' ').trim();
    if (labelled) return labelled;
    const aria = el.getAttribute('aria-label')?.trim();
    if (aria) return aria;
    if (el.id) {
      const forLabel = root.querySelector(`label[for="${el.id}"]`);
      if (forLabel && text(forLabel)) return text(forLabel);
    }
    const wrapping = el.closest('label');
    if (wrapping && text(wrapping)) return text(wrapping);
    return '';
  };

  for (const el of root.querySelectorAll('input, select, textarea')) {
    if ((el as HTMLInputElement).type === 'hidden') continue;
    if (!nameOf(el)) faults.push(`${describe(el)} has no label`);
  }
  for (const el of root.querySelectorAll('button')) if (!text(el) && !nameOf(el)) faults.push(`${describe(el)} has no name`);
  for (const el of root.querySelectorAll('a[href]')) if (!text(el) && !nameOf(el)) faults.push(`${describe(el)} link has no text`);
  for (const el of root.querySelectorAll('[tabindex]')) if (Number(el.getAttribute('tabindex')) > 0) faults.push(`${describe(el)} has a positive tabindex`);

  for (const table of root.querySelectorAll('table')) {
    const heads = table.querySelectorAll('thead th');
    if (!heads.length) faults.push(`${describe(table)} has no header cells`);
    for (const th of heads) if (th.getAttribute('scope') !== 'col' || !text(th)) faults.push(`${describe(table)} header "${text(th)}" lacks scope=col or text`);
    const cols = heads.length;
    for (const tr of table.querySelectorAll('tbody tr')) if (tr.children.length !== cols) faults.push(`${describe(table)} row of ${tr.children.length} cells under ${cols} headers`);
  }

  for (const svg of root.querySelectorAll('svg')) {
    if (svg.getAttribute('aria-hidden') === 'true') continue;
    if (svg.getAttribute('role') !== 'img') faults.push(`${describe(svg)} is not role=img`);
    if (!nameOf(svg)) faults.push(`${describe(svg)} has no accessible name`);
  }

  let last = 0;
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (last && level > last + 1) faults.push(`heading "${text(h)}" jumps from h${last} to h${level}`);
    if (!text(h)) faults.push(`empty ${h.tagName.toLowerCase()}`);
    last = level;
  }
  return faults;
}
