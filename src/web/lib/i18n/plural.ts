/**
 * ICU plural forms for a count, chosen by the language's CLDR rules (`Intl.PluralRules`): the
 * catalogs write `plural(count, { one: '1 checkout', other: (n) => `${n} checkouts` })` and each
 * language supplies the categories it has (Swedish and English: `one` and `other`).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
