import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../contract/gateway-api.ts';
import { useSignOut } from '../../api/session.ts';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { roleLabel } from '../../lib/roles.ts';
import { LanguagePicker } from './language-picker.tsx';

export interface UserMenuProps {
  user: SessionUser;
}

/** Who is signed in, in what role, their language, and the way out. */
export function UserMenu({ user }: UserMenuProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();

  async function leave() {
    await navigate(paths.signIn(), { replace: true });
    queryClient.clear();
  }

  function handleSignOut() {
    signOut.mutate(undefined, {
      onSuccess: leave,
      // Already signed out on the server: there is nothing left to end.
      onError: (error) => (error.status === 401 ? leave() : undefined),
    });
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
      <Button size="small" onClick={handleSignOut} pending={signOut.isPending}>
        {messages.app.signOut}
      </Button>
      {signOut.isError && signOut.error.status !== 401 ? (
        <p className="user-menu__error" role="alert">
          {messages.app.signOutFailed}
        </p>
      ) : null}
    </div>
  );
}
