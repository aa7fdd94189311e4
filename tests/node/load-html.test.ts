import { describe, expect, it } from 'vitest';
import { decodeHtml, loadHtmlFile } from '@/lib/node/load-html';

describe('loadHtmlFile', () => {
  it('decodes the GBK Xinhua page and the UTF-8 pages that declare GB2312', () => {
    const gbk = loadHtmlFile('tests/fixtures/corpus/pages/xinhua_06_regional_2012_wayback.html');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.doc.body.textContent).toContain('河北');
    const utf = loadHtmlFile('tests/fixtures/corpus/pages/people_n1_01.html');
    expect(utf.encoding).toBe('utf-8');
    expect(utf.doc.querySelector('h1')?.textContent).toBeTruthy();
  });
  it('falls back to GB18030 on bytes that are not UTF-8', () => {
    expect(decodeHtml(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])).html).toBe('你好');
  });
});
