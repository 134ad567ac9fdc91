import { describe, expect, it } from 'vitest';
import { ServiceRegistry } from './services.ts';

describe('the registry features provide to and require from', () => {
  it('hands out what a feature provided, whichever registered first', async () => {
    const services = new ServiceRegistry();
    const opened: string[] = [];
    // the consumer asks only when used, so it may register before the provider
    const click = () => services.require('openArticle')('art-1', 'claim-2');
    services.provide('openArticle', async (id, claim) => void opened.push(`${id} ${claim}`));
    await click();
    expect(opened).toEqual(['art-1 claim-2']);
  });

  it('names the missing service instead of doing nothing, and refuses a second provider', () => {
    const services = new ServiceRegistry();
    expect(() => services.require('openProfile')).toThrow(/no feature provides openProfile/);
    expect(services.optional('openProfile')).toBeUndefined();
    services.provide('openFromUrl', () => {});
    expect(() => services.provide('openFromUrl', () => {})).toThrow(/two features provide openFromUrl/);
  });

  it('keeps contributions to one place in registration order', () => {
    const services = new ServiceRegistry();
    const first = () => null;
    const second = () => null;
    services.contribute('inspector-section', first);
    services.contribute('inspector-section', second);
    expect(services.contributions('inspector-section')).toEqual([first, second]);
  });
});
