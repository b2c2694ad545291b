import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { moduleStringsReady } from '../lib/i18n';

// antd's Result, loaded only when something has gone wrong.
const ErrorView = lazy(async () => {
  const [{ AntdProvider }, { ErrorResult }] = await Promise.all([
    import('./AntdProvider'),
    import('./ErrorBoundary'),
    moduleStringsReady(),
  ]);
  return {
    default: ({ error }: { error: unknown }) => (
      <AntdProvider>
        <ErrorResult error={error} onRetry={() => window.location.reload()} />
      </AntdProvider>
    ),
  };
});

/** The router's error element, drawn with antd. */
const LazyRouteErrorPage = lazy(async () => {
  const [{ AntdProvider }, { RouteErrorPage }] = await Promise.all([
    import('./AntdProvider'),
    import('./ErrorBoundary'),
    moduleStringsReady(),
  ]);
  return {
    default: () => (
      <AntdProvider>
        <RouteErrorPage />
      </AntdProvider>
    ),
  };
});

export function RouteError() {
  return (
    <Suspense fallback={null}>
      <LazyRouteErrorPage />
    </Suspense>
  );
}

interface BoundaryProps {
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
}

/** Last line of defence for errors outside the router (providers, the shell itself). */
export class AppErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <Suspense fallback={null}>
          <ErrorView error={this.state.error} />
        </Suspense>
      );
    }
    return this.props.children;
  }
}
