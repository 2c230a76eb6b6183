import { useEffect } from 'react';
import { useSearch } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { useMe } from '../account/use-me.js';

/** `?tinh=01`: a province chosen in the address (a volunteer showing a neighbour that province's content). */
export function useProvinceParam(): string | null {
  const code = new URLSearchParams(useSearch()).get('tinh');
  return code && /^\d{2}$/.test(code) ? code : null;
}

const rememberedKey = (userId: string) => `lantoa.readerProvince.${userId}`;

/**
 * The province whose module variants to read: the one in the address, else the signed-in learner's own — the one
 * the API counts their progress in — else none (national content). The learner's province is remembered on the
 * device, so without a network (no profile) the pages still ask for the content that was downloaded.
 */
export function useReaderProvince(): string | null {
  const chosen = useProvinceParam();
  const me = useMe();
  const userId = useAuth().session?.user.id;
  const known = me.data ? (me.data.commune?.province?.code ?? null) : undefined;
  useEffect(() => {
    if (!userId || known === undefined) return;
    try {
      localStorage.setItem(rememberedKey(userId), known ?? '');
    } catch {
      // Without storage the province is known again once the profile loads.
    }
  }, [userId, known]);
  let remembered: string | null = null;
  if (userId && known === undefined) {
    try {
      remembered = localStorage.getItem(rememberedKey(userId)) || null;
    } catch {
      remembered = null;
    }
  }
  return chosen ?? (known === undefined ? remembered : known);
}
