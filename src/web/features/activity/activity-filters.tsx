import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, type AuditAction } from '../../../contract/gateway-api.ts';
import { Button } from '../../components/ui/button.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface ActivityFiltersProps {
  action: AuditAction | undefined;
  who: string | undefined;
  onChange: (filters: { action: AuditAction | undefined; who: string | undefined }) => void;
}

const text = messages.activity;

/** By action (applies at once) and by person (on submit, not on every keystroke). */
export function ActivityFilters({ action, who, onChange }: ActivityFiltersProps) {
  const [person, setPerson] = useState(who ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ action, who: person.trim() || undefined });
  }
  return (
    <form className="activity-filters" onSubmit={submit} role="search" aria-label={text.title}>
      <SelectField
        label={text.actionFilter}
        value={action ?? ''}
        onChange={(event) => onChange({ action: AUDIT_ACTIONS.find((known) => known === event.target.value), who })}
      >
        <option value="">{text.actionAll}</option>
        {AUDIT_ACTIONS.map((known) => (
          <option key={known} value={known}>
            {text.actions[known]}
          </option>
        ))}
      </SelectField>
      <TextField label={text.whoFilter} type="email" value={person} onChange={(event) => setPerson(event.target.value)} />
      <Button type="submit" variant="secondary">
        {text.apply}
      </Button>
      {action || who ? (
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setPerson('');
            onChange({ action: undefined, who: undefined });
          }}
        >
          {text.clear}
        </Button>
      ) : null}
    </form>
  );
}
