import { useSearch } from 'wouter';

/**
 * The province whose local content to show, from `?tinh=01`. Until a learner's profile says where they live,
 * this is how a reader (or a volunteer showing a neighbour) picks their province's variant.
 */
export function useProvinceParam(): string | null {
  const code = new URLSearchParams(useSearch()).get('tinh');
  return code && /^\d{2}$/.test(code) ? code : null;
}
