import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { rememberedPageSize, ServerPageSizeContext } from '../lib/page-size-cookie.ts';
import type { AppRouter } from './router.tsx';

export interface ProvidersProps {
  queryClient: QueryClient;
  router: AppRouter;
}

export function Providers({ queryClient, router }: ProvidersProps) {
  // What the server read from the same cookie for a first screen it rendered: hydration starts from it.
  const [pageSize] = useState(rememberedPageSize);
  return (
    <QueryClientProvider client={queryClient}>
      <ServerPageSizeContext value={pageSize}>
        <RouterProvider router={router} />
      </ServerPageSizeContext>
    </QueryClientProvider>
  );
}
