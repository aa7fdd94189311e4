// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LibraryApp } from '@/entrypoints/library/LibraryApp';
import { parseRoute, routeHash } from '@/components/library/route';
import { translatorFor } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';
import { fakeLibrary } from './fake-library';

const en = translatorFor(EN);

describe('the address of a view', () => {
  it('reads the view and its key, in any script and with any punctuation', () => {
    expect(parseRoute('#view=program&key=%E2%80%9C%E5%A4%9C%E6%BD%87%E6%B9%98%E2%80%9D')).toEqual({ view: 'program', key: '“夜潇湘”' });
    expect(parseRoute('#view=person&key=王一鷗')).toEqual({ view: 'person', key: '王一鷗' });
    expect(parseRoute('#view=figures&key=a%26b%3Dc')).toEqual({ view: 'figures', key: 'a&b=c' });
  });
  it('opens the article list for an empty or unknown address', () => {
    expect(parseRoute('')).toEqual({ view: 'articles', key: '' });
    expect(parseRoute('#view=settings&key=x')).toEqual({ view: 'articles', key: '' });
  });
  it('writes what it reads', () => {
    for (const r of [{ view: 'program', key: '《政府工作报告》' }, { view: 'data', key: '' }, { view: 'figures', key: 'a&b=c #1' }] as const) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
    expect(routeHash({ view: 'data', key: '' })).toBe('#view=data');
  });
});

describe('the page glue', () => {
  beforeEach(() => history.replaceState(null, '', '#'));
  afterEach(cleanup);

  it('opens at the view the address names, and follows the address when it changes', async () => {
    history.replaceState(null, '', '#view=person&key=%E7%8E%8B%E4%B8%80%E9%B8%A5');
    render(<LibraryApp tr={en} open={async () => fakeLibrary().port} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Person: 王一鸥'));
    expect(document.title).toBe('Person: 王一鸥 · Kanbao library');
    // The background brings an open library forward at another view by changing its address.
    history.replaceState(null, '', '#view=program&key=%E3%80%8A%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A%E3%80%8B');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Program: 《政府工作报告》'));
  });

  it('writes the view the reader picks into the address', async () => {
    render(<LibraryApp tr={en} open={async () => fakeLibrary().port} />);
    const nav = await screen.findByRole('navigation', { name: 'Library views' });
    fireEvent.click(within(nav).getByText('Figures over time'));
    expect(location.hash).toBe('#view=figures');
    const select = await screen.findByLabelText('What the figures measure');
    await waitFor(() => expect(select.querySelectorAll('option').length).toBe(3));
    fireEvent.change(select, { target: { value: '刑事警情' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(parseRoute(location.hash)).toEqual({ view: 'figures', key: '刑事警情' });
    await waitFor(() => expect(screen.getByTestId('figures')).toBeTruthy());
  });

  it('says why when the library cannot be opened', async () => {
    render(<LibraryApp tr={en} open={() => Promise.reject(new Error('IndexedDB is not available'))} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The library could not be read: IndexedDB is not available'));
  });
});
