import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from './fetchJson.ts';

/** Data files are static for the life of a page: never refetch on their own; retry a failure once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
        retryDelay: 400,
      },
    },
  });
}
