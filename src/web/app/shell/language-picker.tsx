import { useEffect, useRef } from 'react';
import { SelectField } from '../../components/ui/select-field.tsx';
import { chooseLanguage } from '../../lib/i18n/choose-language.ts';
import { isLanguage, LANGUAGES } from '../../lib/i18n/language.ts';
import { messages, useLanguage } from '../../lib/i18n/messages.ts';

/** Set when the person changes the language here: the app re-mounts, and focus comes back here. */
let refocusAfterSwitch = false;

/** "Language" / "Språk": each language named in itself, so anyone can find their own. */
export function LanguagePicker() {
  const language = useLanguage();
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!refocusAfterSwitch) return;
    refocusAfterSwitch = false;
    wrapper.current?.querySelector('select')?.focus();
  }, []);

  return (
    <div ref={wrapper} className="user-menu__language">
      <SelectField
        label={messages.app.language}
        hideLabel
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next) || next === language) return;
          refocusAfterSwitch = true;
          void chooseLanguage(next);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {messages.languageNames[option]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
