import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSignIn } from './use-sign-in.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface SignInFormProps {
  /** A checked same-origin path to go to afterwards. */
  returnTo: string | undefined;
}

interface FieldErrors {
  email?: string | undefined;
  password?: string | undefined;
}

/** What is typed stays on any error: only the person changes the fields. */
export function SignInForm({ returnTo }: SignInFormProps) {
  const navigate = useNavigate();
  const signIn = useSignIn();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors: FieldErrors = {
      email: email.trim() ? undefined : messages.signIn.emailRequired,
      password: password ? undefined : messages.signIn.passwordRequired,
    };
    setFieldErrors(errors);
    if (errors.email) return emailInput.current?.focus();
    if (errors.password) return passwordInput.current?.focus();
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(returnTo ?? paths.home(), { replace: true }) },
    );
  }

  return (
    <form className="sign-in__form" onSubmit={submit} noValidate aria-busy={signIn.isPending || undefined}>
      {signIn.isError ? <Alert tone="error" live="alert" title={signIn.error.message} /> : null}
      <TextField
        ref={emailInput}
        label={messages.signIn.email}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        error={fieldErrors.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        ref={passwordInput}
        label={messages.signIn.password}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        error={fieldErrors.password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" variant="primary" pending={signIn.isPending} className="sign-in__submit">
        {messages.signIn.submit}
      </Button>
    </form>
  );
}
