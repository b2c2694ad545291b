import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';

interface Props {
  open: boolean;
  onClose: () => void;
  /** On a phone the language switch moves into the menu, so that the header keeps the name whole. */
  withLanguage: boolean;
}

/** The side navigation of a narrow screen: a chunk of its own, loaded when the menu first opens. */
export function NavDrawer({ open, onClose, withLanguage }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      placement="left"
      size={280}
      title={t('nav.label')}
      onClose={onClose}
      styles={{ body: { padding: 8 } }}
    >
      {withLanguage ? (
        <div className="drawer-language">
          <LanguageSwitch />
        </div>
      ) : null}
      <SideNav onNavigate={onClose} />
    </Drawer>
  );
}
