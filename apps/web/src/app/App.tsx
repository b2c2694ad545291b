import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/queryClient';
import { AppErrorBoundary } from './ErrorBoundary';
import { router } from './router';
import { theme } from './theme';
import { useUserLocale } from './useUserLocale';

/** Applies the signed-in user's saved language; lives inside the query provider. */
function UserLocale() {
  useUserLocale();
  return null;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  const antdLocale = i18n.resolvedLanguage === 'zh' ? zhCN : enUS;

  return (
    // No space between two CJK characters in buttons: "登录" must stay "登录" for readers and tests alike.
    <ConfigProvider locale={antdLocale} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AppErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <UserLocale />
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
