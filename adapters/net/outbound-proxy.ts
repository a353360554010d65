// Outbound HTTP(S) through the proxy that government networks often require. HTTPS_PROXY, HTTP_PROXY and
// NO_PROXY become one undici dispatcher. Installed as the process's global dispatcher it carries Node's
// fetch (the Slack Web API client, response URLs, the site sync, doctor) and Discord's REST client (undici
// too); the Slack Socket Mode connection is given it explicitly. The Discord gateway (the ws package) does
// not take a proxy: it needs direct access to gateway.discord.gg:443.
import type { ConnectionOptions } from 'node:tls';
import { EnvHttpProxyAgent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import type { Dispatcher } from 'undici';
import { readOpsConfig } from '../ops/ops-config.js';

export interface OutboundProxy {
  dispatcher: Dispatcher;
  /** The proxies without their passwords, and NO_PROXY: for logs and doctor. */
  description: string;
}

export interface ProxyOptions {
  /** Extra TLS trust for the destinations (tests use a self-signed certificate). */
  tls?: Pick<ConnectionOptions, 'ca'>;
}

/** The dispatcher for the proxy settings in `env`, or null when no proxy is set. Throws ConfigError on a bad URL. */
export function createOutboundProxy(
  env: Record<string, string | undefined>,
  options: ProxyOptions = {},
): OutboundProxy | null {
  const config = readOpsConfig(env);
  if (!config.HTTPS_PROXY && !config.HTTP_PROXY) return null;
  // Empty strings, not undefined: undici would otherwise fall back to process.env, and `env` is the one source.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: config.HTTP_PROXY ?? '',
    httpsProxy: config.HTTPS_PROXY ?? '',
    noProxy: config.NO_PROXY ?? '',
    ...(options.tls ? { connect: options.tls, requestTls: options.tls } : {}),
  });
  const parts = [
    config.HTTPS_PROXY && `https via ${withoutPassword(config.HTTPS_PROXY)}`,
    config.HTTP_PROXY && `http via ${withoutPassword(config.HTTP_PROXY)}`,
  ];
  if (config.NO_PROXY) parts.push(`not for ${config.NO_PROXY}`);
  return { dispatcher, description: parts.filter(Boolean).join(', ') };
}

export interface InstalledProxy {
  proxy: OutboundProxy | null;
  /** Puts back the dispatcher that was global before (for tests, and a clean stop). */
  restore(): Promise<void>;
}

/** Makes every fetch and undici request in this process follow the proxy settings in `env` (no-op without any). */
export function installOutboundProxy(
  env: Record<string, string | undefined>,
  options: ProxyOptions = {},
): InstalledProxy {
  const proxy = createOutboundProxy(env, options);
  if (!proxy) return { proxy: null, restore: async () => undefined };
  const previous = getGlobalDispatcher();
  setGlobalDispatcher(proxy.dispatcher);
  return {
    proxy,
    async restore() {
      if (getGlobalDispatcher() === proxy.dispatcher) setGlobalDispatcher(previous);
      await proxy.dispatcher.close().catch(() => undefined);
    },
  };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString().replace(/\/$/, '');
}
