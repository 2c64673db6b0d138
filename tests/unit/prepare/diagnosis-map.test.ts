import { describe, it, expect } from 'vitest';
import { DIAGNOSIS_MAP, domainsSuggestedBy } from '../../../src/core/logic/diagnosis-map';
import { CAUSES, TRUST_DOMAINS } from '../../../src/core/model/trust-items';

describe('diagnosis map', () => {
  it('has an entry for every cause, each with meaning, repair and evidence to watch', () => {
    expect(Object.keys(DIAGNOSIS_MAP).sort()).toEqual([...CAUSES].sort());
    for (const cause of CAUSES) {
      const e = DIAGNOSIS_MAP[cause];
      for (const text of [e.meaning, e.repair, e.watch]) expect(text.length).toBeGreaterThan(20);
      for (const d of e.looksLike) expect(TRUST_DOMAINS).toContain(d);
    }
  });

  it('follows product.md §4 on which domain each cause looks like', () => {
    expect(DIAGNOSIS_MAP['skill-gap'].looksLike).toEqual(['competence']);
    expect(DIAGNOSIS_MAP['personal-challenge'].looksLike).toEqual(['reliability', 'care']);
    expect(DIAGNOSIS_MAP['cultural-differences'].looksLike).toEqual(['sincerity', 'care']);
    expect(DIAGNOSIS_MAP['integrity-concern'].looksLike).toEqual(['sincerity']);
    expect(DIAGNOSIS_MAP['my-own-fear'].looksLike).toEqual([]);
    expect(domainsSuggestedBy(['stretched-too-thin', 'skill-gap', 'misunderstanding'])).toEqual(['reliability', 'competence']);
  });
});
