import { ConfigProvider, message } from 'antd';
import { theme } from './theme';

// The shell has no antd context of its own: its rare messages take the theme from here.
ConfigProvider.config({ holderRender: (children) => <ConfigProvider theme={theme}>{children}</ConfigProvider> });

/** An error message from a part of the shell drawn without antd (loaded when one is needed). */
export function showError(text: string): void {
  void message.error(text);
}
