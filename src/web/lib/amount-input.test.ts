import { describe, expect, it } from 'vitest';
import { amountForInput, parseAmountInput } from './amount-input.ts';

describe('parseAmountInput', () => {
  it.each([
    ['1200', '1200'],
    ['1 200,50', '1200.5'],
    ['1\u00a0200,50', '1200.5'],
    ['1200.50', '1200.5'],
    ['1,200.50', '1200.5'],
    ['1.200,50', '1200.5'],
    ['0,5', '0.5'],
    [',5', '0.5'],
    ['007', '7'],
    ['  99 ', '99'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseAmountInput(text)).toBe(expected);
  });

  it('reads a comma as the decimal point in Swedish and as thousands in English, where it can be either', () => {
    expect(parseAmountInput('1,200', 'sv')).toBe('1.2');
    expect(parseAmountInput('1,200', 'en')).toBe('1200');
    expect(parseAmountInput('1,20', 'en')).toBe('1.2');
    expect(parseAmountInput('1 000 000', 'en')).toBe('1000000');
  });

  it.each(['abc', '12a', '-5', '1,2,3', '1.2.3,4,5', '1.999', '1e3', '1 200,505', '1,2.3'])('refuses %j', (text) => {
    expect(parseAmountInput(text, 'sv')).toBeUndefined();
  });

  it('treats an empty field as no amount', () => {
    expect(parseAmountInput('   ')).toBeUndefined();
  });
});

describe('amountForInput', () => {
  it('writes the decimal point as the language does', () => {
    expect(amountForInput('1200.5', 'sv')).toBe('1200,5');
    expect(amountForInput('1200.5', 'en')).toBe('1200.5');
    expect(amountForInput(undefined, 'en')).toBe('');
  });
});
