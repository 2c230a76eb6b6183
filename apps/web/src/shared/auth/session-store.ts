/**
 * The access token lives in memory only (never localStorage, where any injected script could read it); the
 * refresh token is an httpOnly cookie the browser sends to /graphql. A reload restores the session by refreshing.
 */
export interface SessionUser {
  id: string;
  fullName: string;
  phone: string;
}

export interface Session {
  accessToken: string;
  user: SessionUser;
}

type Listener = (session: Session | null) => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session | null): void {
    current = session;
    for (const listener of listeners) listener(session);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
