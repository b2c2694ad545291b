import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AppErrorBoundary } from './AppErrorBoundary';
import { queryClient } from './queryClient';
import { router } from './router';
import { useUserLocale } from './useUserLocale';

/** Applies the signed-in user's saved language; lives inside the query provider. */
function UserLocale() {
  useUserLocale();
  return null;
}

export function App() {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <UserLocale />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
