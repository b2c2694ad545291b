import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale } from '../lib/i18n';
import { theme } from './theme';

interface Props {
  children: ReactNode;
  /** No element of its own: for a part of the header. */
  bare?: boolean;
}

/**
 * antd's theme, language and message/modal context. The shell and the home page are drawn without
 * antd, so that the landing route does not load it; every part that uses antd sits inside this.
 */
export function AntdProvider({ children, bare }: Props) {
  // Re-renders on a change of language, whose antd texts have arrived with its strings.
  useTranslation();
  return (
    // No space between two CJK characters in buttons: "登录" must stay "登录" for readers and tests alike.
    <ConfigProvider locale={antdLocale() ?? enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp component={bare ? false : 'div'}>{children}</AntApp>
    </ConfigProvider>
  );
}

/** A part of the shell drawn with antd, inside its own provider (the shell itself has none). */
export function withAntd<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  return function WithAntd(props: P) {
    return (
      <AntdProvider bare>
        <Inner {...props} />
      </AntdProvider>
    );
  };
}
