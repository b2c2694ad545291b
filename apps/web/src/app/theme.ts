import type { ThemeConfig } from 'antd';

/** Institutional look: deep navy, a warm accent, calm surfaces. */
export const BRAND = {
  navy: '#0b3d6e',
  navyDark: '#072a4d',
  gold: '#f2c14e',
  surface: '#f4f6f9',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.navy,
    colorLink: '#1457a0',
    colorBgLayout: BRAND.surface,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Zen Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: BRAND.navyDark, headerHeight: 64, headerPadding: '0 24px', siderBg: '#ffffff' },
    Menu: {
      itemBorderRadius: 4,
      itemSelectedBg: '#e8eef6',
      itemSelectedColor: BRAND.navy,
      groupTitleColor: 'rgba(0, 0, 0, 0.45)',
    },
  },
};
