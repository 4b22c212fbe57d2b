import { describe, expect, it } from 'vitest';
import { serviceWorkerUnavailableReason } from '../../src/pwa/serviceWorkerSupport';
import type { ServiceWorkerEnvironment } from '../../src/pwa/serviceWorkerSupport';

const servedBuild: ServiceWorkerEnvironment = {
  production: true,
  protocol: 'https:',
  secureContext: true,
  serviceWorkerApi: true,
};

describe('serviceWorkerUnavailableReason', () => {
  it('registers in a production build served over http(s) in a secure context', () => {
    expect(serviceWorkerUnavailableReason(servedBuild)).toBeNull();
    expect(serviceWorkerUnavailableReason({ ...servedBuild, protocol: 'http:' })).toBeNull();
  });

  it('never registers in the dev server or Vitest', () => {
    expect(serviceWorkerUnavailableReason({ ...servedBuild, production: false })).toBe('development');
  });

  it('skips a file:// copy, plain http on another host and browsers or frames without service workers', () => {
    expect(serviceWorkerUnavailableReason({ ...servedBuild, protocol: 'file:' })).toBe('protocol');
    expect(serviceWorkerUnavailableReason({ ...servedBuild, protocol: 'http:', secureContext: false })).toBe(
      'insecure',
    );
    expect(serviceWorkerUnavailableReason({ ...servedBuild, serviceWorkerApi: false })).toBe('unsupported');
  });
});
