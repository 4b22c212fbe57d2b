/**
 * Whether this page may register HealSim's service worker. Pure (the environment is passed in) so the rules are
 * unit-tested: test/unit/pwaSupport.test.ts.
 */

export interface ServiceWorkerEnvironment {
  /** A production build (`import.meta.env.PROD`): never the dev server or Vitest, which have no sw.js. */
  production: boolean;
  /** `location.protocol`: service workers need http(s); a file:// copy runs without one. */
  protocol: string;
  /** `window.isSecureContext`: https, or http on localhost/127.0.0.1. */
  secureContext: boolean;
  /** Whether `navigator.serviceWorker` exists and may be read (sandboxed iframes throw on access). */
  serviceWorkerApi: boolean;
}

export type ServiceWorkerUnavailable = 'development' | 'protocol' | 'insecure' | 'unsupported';

/** Why the service worker cannot be registered here, or null when it can. */
export function serviceWorkerUnavailableReason(env: ServiceWorkerEnvironment): ServiceWorkerUnavailable | null {
  if (!env.production) return 'development';
  if (env.protocol !== 'https:' && env.protocol !== 'http:') return 'protocol';
  if (!env.secureContext) return 'insecure';
  if (!env.serviceWorkerApi) return 'unsupported';
  return null;
}

/** `navigator.serviceWorker` without throwing: opaque-origin (sandboxed) iframes raise a SecurityError on access. */
export function hasServiceWorkerApi(): boolean {
  try {
    return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && Boolean(navigator.serviceWorker);
  } catch {
    return false;
  }
}

/** This page's environment. */
export function currentServiceWorkerEnvironment(): ServiceWorkerEnvironment {
  return {
    production: import.meta.env.PROD,
    protocol: typeof location === 'undefined' ? '' : location.protocol,
    secureContext: typeof window !== 'undefined' && window.isSecureContext,
    serviceWorkerApi: hasServiceWorkerApi(),
  };
}
