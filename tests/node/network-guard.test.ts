import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLoopbackHost, offMachineHost } from '../setup/loopback';
import { assertNoRefusals, NetworkRefused, networkLayer, takeRefusals } from '../setup/network-guard';

// A name under a reserved test domain and an address from a documentation range: nothing answers
// for either, and the guard must stop both before anything is resolved or sent.
const FAR_NAME = 'kanbao-guard-probe.example';
const FAR_URL = `https://${FAR_NAME}/style.css`;
const FAR_IP = '192.0.2.1';

/** Either a synchronous throw or an asynchronous 'error': what a Node client reports first. */
function firstError(start: () => { once(event: 'error', cb: (e: Error) => void): unknown }): Promise<unknown> {
  return new Promise((resolve) => {
    try {
      start().once('error', resolve);
    } catch (e) {
      resolve(e);
    }
  });
}

describe('the network guard', () => {
  // Underneath the guard: if a refused request got this far, the spy says so (and sends nothing).
  const reached: string[] = [];
  beforeEach(() => {
    reached.length = 0;
    for (const key of ['socketConnect', 'tlsConnect', 'lookup', 'lookupPromise', 'happyFetchSend', 'happySyncFetchSend'] as const) {
      vi.spyOn(networkLayer, key).mockImplementation(() => {
        reached.push(key);
        throw new Error(`${key} reached below the guard`);
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses the global fetch to a far name before any lookup or socket, and names the test and URL', async () => {
    await expect(fetch(FAR_URL)).rejects.toBeInstanceOf(NetworkRefused);
    expect(reached).toEqual([]);
    const refusals = takeRefusals();
    expect(refusals).toEqual([{ test: expect.stringContaining('refuses the global fetch'), url: FAR_URL, via: 'fetch' }]);
    expect(refusals[0]!.test).toContain('tests/node/network-guard.test.ts');
  });

  it('refuses Node clients at the socket, TLS and DNS layers', async () => {
    expect(await firstError(() => http.get(`http://${FAR_NAME}/`))).toBeInstanceOf(NetworkRefused);
    expect(await firstError(() => net.connect(80, FAR_IP))).toBeInstanceOf(NetworkRefused);
    expect(await firstError(() => tls.connect(443, FAR_NAME))).toBeInstanceOf(NetworkRefused);
    await expect(dns.promises.lookup(FAR_NAME)).rejects.toBeInstanceOf(NetworkRefused);
    expect(() => dns.lookup(FAR_NAME, () => undefined)).toThrow(NetworkRefused);
    expect(reached).toEqual([]);
    expect(takeRefusals().map((r) => r.via)).toEqual(['socket', 'socket', 'tls', 'dns', 'dns']);
  });

  it('refuses happy-dom\'s fetch and XMLHttpRequest, and a stylesheet even when its loading is switched on', async () => {
    const window = new Window({ url: 'http://localhost:3000/', settings: { disableCSSFileLoading: false } });
    try {
      await expect(window.fetch(FAR_URL)).rejects.toBeInstanceOf(NetworkRefused);
      const xhr = new window.XMLHttpRequest();
      xhr.open('GET', `https://${FAR_NAME}/sync`, false);
      xhr.send(); // happy-dom reports the refusal as a network error on the request
      expect(xhr.status).toBe(0);
      const link = window.document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `https://${FAR_NAME}/page.css`;
      const settled = new Promise((resolve) => {
        link.addEventListener('error', resolve);
        link.addEventListener('load', resolve);
      });
      window.document.head.appendChild(link);
      await settled;
      expect(reached).toEqual([]);
      expect(takeRefusals().map((r) => `${r.via} ${r.url}`)).toEqual([
        `happy-dom fetch ${FAR_URL}`,
        `happy-dom sync fetch https://${FAR_NAME}/sync`,
        `happy-dom fetch https://${FAR_NAME}/page.css`,
      ]);
    } finally {
      await window.happyDOM.close();
    }
  });

  it('fails the file with every test and URL it refused', () => {
    expect(() => assertNoRefusals([])).not.toThrow();
    expect(() => assertNoRefusals([{ test: 'a.test.ts > loads a page', url: FAR_URL, via: 'fetch' }]))
      .toThrow(/off this machine[\s\S]*a\.test\.ts > loads a page: fetch https:\/\/kanbao-guard-probe\.example\/style\.css/);
  });
});

describe('loopback stays allowed', () => {
  it('serves and fetches over 127.0.0.1 and localhost', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
      expect(await (await fetch(`http://localhost:${port}/`)).text()).toBe('ok');
    } finally {
      server.close();
    }
    expect(takeRefusals()).toEqual([]);
  });

  it('judges hosts as written, never by resolving them', () => {
    for (const h of ['localhost', 'LOCALHOST.', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['example.com', '192.0.2.1', '10.0.0.1', '0.0.0.0', 'localhost.example.com', '::ffff:10.0.0.1', '']) expect(isLoopbackHost(h), h).toBe(false);
    expect(offMachineHost('data:text/css,a{}')).toBeNull();
    expect(offMachineHost('/style.css', 'http://localhost:3000/')).toBeNull();
    expect(offMachineHost('//img3.chinadaily.com.cn/a.css', 'http://localhost:3000/')).toBe('img3.chinadaily.com.cn');
  });
});
