import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { refreshSession } from '../graphql/execute.js';
import { sessionStore, type Session } from './session-store.js';

type Status = 'restoring' | 'signedIn' | 'anonymous';

interface AuthContextValue {
  status: Status;
  session: Session | null;
  /** Keeps the session returned by signIn / signUp / changePassword. */
  setSession(session: Session): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Restores the session from the refresh cookie on load, and keeps every cached query in step with who is signed in. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSessionState] = useState<Session | null>(sessionStore.get());
  const [status, setStatus] = useState<Status>(sessionStore.get() ? 'signedIn' : 'restoring');

  useEffect(() => {
    const unsubscribe = sessionStore.subscribe((s) => {
      setSessionState(s);
      setStatus(s ? 'signedIn' : 'anonymous');
    });
    if (!sessionStore.get()) void refreshSession().then((ok) => setStatus(ok ? 'signedIn' : 'anonymous'));
    // Opened without a network (no token): renew as soon as it is back.
    const renew = () => void (sessionStore.get()?.accessToken === '' && refreshSession());
    window.addEventListener('online', renew);
    return () => {
      unsubscribe();
      window.removeEventListener('online', renew);
    };
  }, []);

  const setSession = useCallback(
    (s: Session) => {
      sessionStore.set(s);
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation SignOut { signOut }' }),
    }).catch(() => undefined);
    sessionStore.set(null);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(() => ({ status, session, setSession, signOut }), [status, session, setSession, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs <AuthProvider>');
  return value;
}
