import { useSearch } from 'wouter';
import { useMe } from '../account/use-me.js';

/** `?tinh=01`: a province chosen in the address (a volunteer showing a neighbour that province's content). */
export function useProvinceParam(): string | null {
  const code = new URLSearchParams(useSearch()).get('tinh');
  return code && /^\d{2}$/.test(code) ? code : null;
}

/**
 * The province whose module variants to read: the one in the address, else the signed-in learner's own — the one
 * the API counts their progress in — else none (national content).
 */
export function useReaderProvince(): string | null {
  const chosen = useProvinceParam();
  const me = useMe();
  return chosen ?? me.data?.commune?.province?.code ?? null;
}
