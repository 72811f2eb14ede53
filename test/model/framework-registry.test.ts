import { describe, expect, it } from 'vitest';
import { createFrameworkRegistry, DEFAULT_FRAMEWORKS, NACE_2017, NACE_2021 } from '../../src/index';

describe('createFrameworkRegistry', () => {
  const registry = createFrameworkRegistry(DEFAULT_FRAMEWORKS);

  it('finds a framework by id (the last listed) or by id and version', () => {
    expect(registry.find('nace')).toBe(NACE_2021);
    expect(registry.find('nace', '2017')).toBe(NACE_2017);
    expect(registry.find('nace', 2017)).toBe(NACE_2017);
    expect(registry.find('nace', '2019')).toBeUndefined();
    expect(registry.find('unknown', '2017')).toBeUndefined();
  });

  it('lets a later entry with the same id and version replace an earlier one', () => {
    const campus = { ...NACE_2017, title: 'NACE 2017, campus copy' };
    const replaced = createFrameworkRegistry([...DEFAULT_FRAMEWORKS, campus]);
    expect(replaced.find('nace', '2017')).toBe(campus);
    expect(replaced.frameworks).toHaveLength(2);
  });

  it('keeps ids and versions apart when either holds an "@"', () => {
    const a = { id: 'a@b', title: 'A', version: 'c', competencies: [] };
    const b = { id: 'a', title: 'B', version: 'b@c', competencies: [] };
    const both = createFrameworkRegistry([a, b]);
    expect(both.find('a@b', 'c')).toBe(a);
    expect(both.find('a', 'b@c')).toBe(b);
  });
});
