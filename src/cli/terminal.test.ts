import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal.js';

describe('text for the terminal', () => {
  const hostile = '泽州县\u001b[2J\u001b]0;pwned\u0007总工会\u202e\u0000\t合计\n';
  it('loses every control character a document could carry, keeping tabs and line breaks', () => {
    expect(terminalSafe(hostile)).toBe('泽州县[2J]0;pwned总工会\t合计\n');
  });
  it('keeps only the colour codes gongkai writes itself when asked', () => {
    expect(terminalSafe(`\u001b[31m■ 错误\u001b[0m ${hostile}`, true)).toBe('\u001b[31m■ 错误\u001b[0m 泽州县[2J]0;pwned总工会\t合计\n');
  });
});
