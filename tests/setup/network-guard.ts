/**
 * Vitest setup file: no test may reach a host off this machine. A request to one is refused where
 * it starts — Node's socket connect and TLS connect, DNS lookups, the global fetch, and happy-dom's
 * own fetch (its XMLHttpRequest and resource loading go through it) — so it throws before any name
 * is resolved or any socket opened. Each refusal is recorded with the test that made it and the
 * URL, and the file's afterAll fails the run with that list: a refusal that a DOM swallowed (a
 * stylesheet that "failed to load") still fails.
 *
 * The patches are installed once per worker process (builtins are shared by the test files a
 * worker runs); their state lives on globalThis so a second copy of this module finds it.
 */
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import HappyFetch from 'happy-dom/lib/fetch/Fetch.js';
import HappySyncFetch from 'happy-dom/lib/fetch/SyncFetch.js';
import { afterAll, expect } from 'vitest';
import { isLoopbackHost, offMachineHost } from './loopback';

export interface Refusal {
  test: string;
  url: string;
  via: string;
}

/** The error every refused request throws. */
export class NetworkRefused extends Error {
  override name = 'NetworkRefused';
  constructor(readonly refusal: Refusal) {
    super(`kanbao test guard: refused a request off the machine (${refusal.via} ${refusal.url}) in ${refusal.test}`);
  }
}

type Fn = (...args: never[]) => unknown;
/**
 * The functions the guard lets loopback requests through to. Kept in one object so that the
 * guard's own test can replace them with spies and see that a refused request never got this far.
 */
export interface NetworkLayer {
  socketConnect: Fn;
  tlsConnect: Fn;
  lookup: Fn;
  lookupPromise: Fn;
  happyFetchSend: Fn;
  happySyncFetchSend: Fn;
}

interface GuardState {
  refusals: Refusal[];
  layer: NetworkLayer;
}

const KEY = Symbol.for('kanbao.tests.network-guard');
const GUARDED = Symbol.for('kanbao.tests.network-guard.fetch');
type Holder = { [KEY]?: GuardState };

function currentTest(): string {
  const s = expect.getState();
  const file = s.testPath ? s.testPath.replace(`${process.cwd()}/`, '') : 'unknown file';
  return s.currentTestName ? `${file} > ${s.currentTestName}` : `${file} (outside a test)`;
}

function refuse(state: GuardState, via: string, url: string): NetworkRefused {
  const refusal = { test: currentTest(), url, via };
  state.refusals.push(refusal);
  return new NetworkRefused(refusal);
}

/** host:port (or the socket path) that a net.Socket#connect call asks for. */
function connectTarget(args: unknown[]): { host: string; port: unknown } | null {
  // net.connect hands Socket#connect its already normalised [options, callback] array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: unknown; host?: unknown; port?: unknown };
    if (o.path) return null; // a Unix socket or pipe: local by construction (as Socket#connect decides)
    return { host: typeof o.host === 'string' ? o.host : 'localhost', port: o.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null; // a socket path
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

function install(): GuardState {
  const state: GuardState = {
    refusals: [],
    layer: {
      socketConnect: net.Socket.prototype.connect as Fn,
      tlsConnect: tls.connect as Fn,
      lookup: dns.lookup as Fn,
      lookupPromise: dns.promises.lookup as Fn,
      happyFetchSend: HappyFetch.prototype.send as Fn,
      happySyncFetchSend: HappySyncFetch.prototype.send as Fn,
    },
  };
  const { layer } = state;

  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = connectTarget(args);
    if (target && !isLoopbackHost(target.host)) throw refuse(state, 'socket', `${target.host}:${String(target.port)}`);
    return (layer.socketConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  tls.connect = function guardedTlsConnect(...args: unknown[]) {
    const o = (typeof args[0] === 'object' && args[0] !== null ? args[0] : typeof args[2] === 'object' ? args[2] : {}) as { host?: unknown; socket?: unknown; path?: unknown };
    const host = typeof args[1] === 'string' ? args[1] : typeof o.host === 'string' ? o.host : 'localhost';
    // Over an existing socket or a path, the connect that mattered was (or is) guarded already.
    if (!o.socket && !o.path && !isLoopbackHost(host)) throw refuse(state, 'tls', host);
    return (layer.tlsConnect as (...a: unknown[]) => tls.TLSSocket)(...args);
  } as typeof tls.connect;

  dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (typeof hostname === 'string' && !isLoopbackHost(hostname)) throw refuse(state, 'dns', hostname);
    return (layer.lookup as (...a: unknown[]) => void)(hostname, ...rest);
  } as typeof dns.lookup;
  dns.promises.lookup = async function guardedLookupPromise(hostname: string, ...rest: unknown[]) {
    if (typeof hostname === 'string' && !isLoopbackHost(hostname)) throw refuse(state, 'dns', hostname);
    return (layer.lookupPromise as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
  } as typeof dns.promises.lookup;

  // happy-dom fetches in this process (async) or in a child process (sync XMLHttpRequest and
  // synchronous scripts): both are refused before either starts.
  type WithRequest = { request?: { url?: string } };
  HappyFetch.prototype.send = async function guardedSend(this: WithRequest) {
    const url = this.request?.url ?? '';
    if (offMachineHost(url)) throw refuse(state, 'happy-dom fetch', url);
    return (layer.happyFetchSend as (this: unknown) => Promise<unknown>).call(this);
  } as typeof HappyFetch.prototype.send;
  HappySyncFetch.prototype.send = function guardedSyncSend(this: WithRequest) {
    const url = this.request?.url ?? '';
    if (offMachineHost(url)) throw refuse(state, 'happy-dom sync fetch', url);
    return (layer.happySyncFetchSend as (this: unknown) => unknown).call(this);
  } as typeof HappySyncFetch.prototype.send;
  return state;
}

/** The global fetch of this file's environment (Node's own, or happy-dom's window fetch). */
function guardGlobalFetch(state: GuardState): void {
  const original = globalThis.fetch as typeof fetch & { [GUARDED]?: true };
  if (typeof original !== 'function' || original[GUARDED]) return;
  const guarded = function guardedFetch(input: string | URL | Request, init?: RequestInit) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (offMachineHost(url, globalThis.location?.href)) return Promise.reject(refuse(state, 'fetch', url));
    return original(input, init);
  } as typeof fetch & { [GUARDED]?: true };
  guarded[GUARDED] = true;
  globalThis.fetch = guarded;
}

const holder = globalThis as Holder;
const state = (holder[KEY] ??= install());
guardGlobalFetch(state);

/** What the guard let through to, for the guard's own test. */
export const networkLayer: NetworkLayer = state.layer;

/** Removes and returns the refusals recorded so far (the guard's own test expects some). */
export function takeRefusals(): Refusal[] {
  return state.refusals.splice(0);
}

/** Throws, naming every test and URL, if a request off the machine was attempted. */
export function assertNoRefusals(refusals: Refusal[]): void {
  if (refusals.length === 0) return;
  const lines = refusals.map((r) => `  ${r.test}: ${r.via} ${r.url}`);
  throw new Error(`Tests tried to reach ${refusals.length} address(es) off this machine (refused; tests must run offline):\n${lines.join('\n')}`);
}

afterAll(() => assertNoRefusals(takeRefusals()));
