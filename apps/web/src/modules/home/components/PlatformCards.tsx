import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlatformIcon } from '../../platforms/components/PlatformIcon';
import type { PlatformKey } from '../../platforms/platforms';

interface Props {
  platforms: readonly PlatformKey[];
  /** Four platforms get a full card; the sections around them a compact one. */
  compact?: boolean;
}

export function PlatformCards({ platforms, compact }: Props) {
  const { t } = useTranslation();
  return (
    <div className={compact ? 'platform-cards compact' : 'platform-cards'}>
      {platforms.map((platform) => (
        <div key={platform} className="home-card platform-card">
          <span className="platform-title-icon">
            <PlatformIcon platform={platform} />
          </span>
          <h3 className="home-card-title">{t(`platforms.${platform}.title`)}</h3>
          <p className="text-secondary">{t(`platforms.${platform}.summary`)}</p>
          <Link to={`/${platform}`}>
            {t('home.learnMore')} <ArrowRightOutlined />
          </Link>
        </div>
      ))}
    </div>
  );
}
