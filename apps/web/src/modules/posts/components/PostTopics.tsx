import type { Sector } from '@alliance/contracts';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/names';
import { SectorTags } from '../../parks/components/SectorTags';

interface Props {
  countries: readonly string[];
  sectors: readonly Sector[];
  tags: readonly string[];
}

/** What a post is about: host countries, sectors (coloured as on the parks map) and the author's tags. */
export function PostTopics({ countries, sectors, tags }: Props) {
  const { i18n } = useTranslation();
  if (countries.length + sectors.length + tags.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {countries.map((code) => (
        <Tag key={code} icon={<EnvironmentOutlined />} style={{ marginBlock: 2 }}>
          {countryName(code, i18n.resolvedLanguage)}
        </Tag>
      ))}
      <SectorTags sectors={sectors} />
      {tags.map((tag) => (
        // Tags are the author's words, shown as text like everything else they write.
        <Tag key={tag} variant="filled" style={{ marginBlock: 2 }}>
          #{tag}
        </Tag>
      ))}
    </Flex>
  );
}
