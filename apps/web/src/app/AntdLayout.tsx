import { Outlet } from 'react-router';
import { AntdProvider } from './AntdProvider';

/** The layout route of every page drawn with antd (all but the home page): loaded with the first of them. */
export function AntdLayout() {
  return (
    <AntdProvider>
      <Outlet />
    </AntdProvider>
  );
}
