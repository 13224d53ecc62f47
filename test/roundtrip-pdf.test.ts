import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/render/pdf/index.js';
import { roundTrip, tableFigures } from './roundtrip.js';

describe('round trip: facts → PDF → importer', () => {
  it('gives back every table figure and no error finding', async () => {
    const { derived, read, findings } = await roundTrip('pdf', renderPdf);
    expect(read.tables.map((t) => t.kind)).toEqual(derived.tables.map((t) => t.kind));
    expect(Object.fromEntries(tableFigures(read))).toEqual(Object.fromEntries(tableFigures(derived)));
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
