import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../contract/gateway-api.ts';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { roleLabel } from '../../lib/roles.ts';
import { LanguagePicker } from './language-picker.tsx';
import { useSignOut } from './use-sign-out.ts';

export interface UserMenuProps {
  user: SessionUser;
}

/** Who is signed in, in what role, their language, and the way out. */
export function UserMenu({ user }: UserMenuProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { signOut, pending, error } = useSignOut();

  async function leave() {
    await navigate(paths.signIn(), { replace: true });
    queryClient.clear();
  }

  async function handleSignOut() {
    const { error: failure } = await signOut();
    // Already signed out on the server (401): there is nothing left to end.
    if (!failure || failure.status === 401) await leave();
  }

  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{messages.app.signedInAs} </span>
        <span className="user-menu__name">{user.name || user.email}</span>
        <span className="user-menu__meta">
          <span className="user-menu__email">{user.email}</span>
          <span className="user-menu__role">{roleLabel(user.roles)}</span>
        </span>
      </p>
      <LanguagePicker />
      <Button size="small" onClick={() => void handleSignOut()} pending={pending}>
        {messages.app.signOut}
      </Button>
      {error && error.status !== 401 ? (
        <p className="user-menu__error" role="alert">
          {messages.app.signOutFailed}
        </p>
      ) : null}
    </div>
  );
}
