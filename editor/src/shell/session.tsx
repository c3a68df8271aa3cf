import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useApi } from '../api/api-context.tsx';
import type { User } from '../api/types.ts';

interface SessionValue {
  user: User | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The official replaced a password someone else chose: the console opens. */
  passwordChanged(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in; asks `auth/me` once at start so a reload keeps the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    api
      .me()
      .then((s) => setUser(s.user))
      .catch((e) => {
        if (!(e instanceof ApiError)) console.error(e);
      })
      .finally(() => setLoading(false));
  }, [api]);
  const signIn = useCallback(async (u: string, p: string) => setUser((await api.login(u, p)).user), [api]);
  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setUser(null);
  }, [api]);
  const passwordChanged = useCallback(() => setUser((u) => (u ? { ...u, mustChangePassword: false } : u)), []);
  return (
    <SessionContext.Provider value={{ user, loading, signIn, signOut, passwordChanged }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
