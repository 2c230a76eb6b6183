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
const USER_KEY = 'lantoa.user';

export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session | null): void {
    current = session;
    // Who was signed in (never the token): lets the app open for them without a network (offlineUser).
    try {
      if (session) localStorage.setItem(USER_KEY, JSON.stringify(session.user));
      else localStorage.removeItem(USER_KEY);
    } catch {
      // No storage: offline, the app opens signed out.
    }
    for (const listener of listeners) listener(session);
  },
  /** The person last signed in on this device, while their session could not be renewed for lack of a network. */
  offlineUser(): SessionUser | null {
    try {
      return JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as SessionUser | null;
    } catch {
      return null;
    }
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
