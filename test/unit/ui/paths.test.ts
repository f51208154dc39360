import { fieldId, getPath, setPath } from '../../../src/ui/paths';

describe('paths', () => {
  it('reads and writes nested values immutably', () => {
    const values = { client: { name: 'a' }, rows: [{ x: '1' }, { x: '2' }] };
    const next = setPath(values, 'rows.1.x', '3');
    expect(getPath(next, 'rows.1.x')).toBe('3');
    expect(getPath(values, 'rows.1.x')).toBe('2');
    expect(next.client).toBe(values.client);
    expect(getPath(setPath(values, 'client.name', 'b'), 'client.name')).toBe('b');
    expect(getPath(values, 'nope.deeper')).toBeUndefined();
  });

  it('gives DOM ids without dots', () => {
    expect(fieldId('client.name')).toBe('f-client-name');
    expect(fieldId('outcomes.행복-2026-0001-P1-1')).toBe('f-outcomes-행복-2026-0001-P1-1');
  });
});
