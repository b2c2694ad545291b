import type { EntityManager } from 'typeorm';
import { ORG } from './demo-data';

/**
 * The initiative the alliance published at the seminar of 12 May 2021 in Nanjing (issue 18), with its
 * six commitments in both languages from the public record (../shared/reference/FACTS.md), open for
 * endorsement, endorsed by five founding members. The preamble and the endorsements' statements and
 * dates are sample data and say so. The Sihanoukville zone has not endorsed it (its admin does in the
 * end-to-end journey).
 *
 * Ids 00000000-0000-4000-8000-0000000038nn: 01 the initiative, 11–15 the endorsements. Written by fixed
 * id; running it twice changes nothing.
 */
export const initiativesDemoId = (n: number) => `00000000-0000-4000-8000-0000000038${String(n).padStart(2, '0')}`;

export const JIANGSU_PARKS_INITIATIVE = initiativesDemoId(1);

const SECRETARIAT_USER = '00000000-0000-4000-8000-000000000101';
const OPERATOR2_USER = '00000000-0000-4000-8000-000000000103'; // admin, Jiangsu–Indonesia park

export const DEMO_INITIATIVE = {
  id: JIANGSU_PARKS_INITIATIVE,
  titleEn: 'Initiative on Jointly Promoting the High-Quality Development of Jiangsu Overseas Parks',
  titleZh: '关于共同推动江苏境外园区高质量发展的倡议书',
  preambleEn:
    'Published on 12 May 2021 in Nanjing at the Seminar on promoting the high-quality development of Jiangsu ' +
    'overseas parks in the 14th Five-Year Plan period. The member parks of the Jiangsu Overseas Park High-Quality ' +
    'Development Alliance commit themselves to the following. (Preamble: sample wording; the commitments follow ' +
    'the public record.)',
  preambleZh:
    '2021年5月12日，在南京举行的“十四五”时期推动江苏境外园区高质量发展研讨会上发布。江苏境外园区高质量发展联盟' +
    '成员园区共同倡议如下。（前言为示例文字；倡议内容依据公开报道。）',
  principles: [
    {
      en: 'Follow the principle of extensive consultation, joint contribution and shared benefits.',
      zh: '坚持共商共建共享。',
    },
    { en: 'Develop the parks in an open, green and clean way.', zh: '坚持开放、绿色、廉洁。' },
    {
      en: 'Promote the mutual compatibility of rules and standards.',
      zh: '推进规则和标准体系相互兼容。',
    },
    {
      en: "Integrate actively into the host country's economy, society and culture.",
      zh: '主动融入东道国经济社会文化。',
    },
    { en: 'Stand together in solidarity and cooperation.', zh: '同舟共济、团结合作。' },
    {
      en: 'Together build a Jiangsu model of high-quality overseas parks.',
      zh: '共同打造境外园区高质量建设的江苏样板。',
    },
  ],
  status: 'open_for_endorsement' as const,
  opensOn: '2021-05-12',
  closesOn: null,
  targetOrganizations: 20,
  createdByUserId: SECRETARIAT_USER,
  publishedAt: new Date('2021-05-12T02:00:00Z'),
  createdAt: new Date('2021-05-10T02:00:00Z'),
};

const SAMPLE_EN = ' (sample statement)';
const SAMPLE_ZH = '（示例声明）';

/** Founding members that endorsed it (sample dates and statements). */
export const DEMO_ENDORSEMENTS = [
  {
    id: initiativesDemoId(11),
    organizationId: ORG.jocic,
    signedByUserId: null,
    endorsedAt: new Date('2021-05-12T03:00:00Z'),
    statementEn: `As rotating chair, we will lead by example in the China-UAE zone.${SAMPLE_EN}`,
    statementZh: `作为轮值主席单位，我们将在中阿产能合作示范园率先践行。${SAMPLE_ZH}`,
  },
  {
    id: initiativesDemoId(12),
    organizationId: ORG.indonesia,
    signedByUserId: OPERATOR2_USER,
    endorsedAt: new Date('2021-05-12T03:10:00Z'),
    statementEn: null,
    statementZh: `我们支持本倡议，愿与各成员园区携手共进。${SAMPLE_ZH}`,
  },
  {
    id: initiativesDemoId(13),
    organizationId: ORG.ethiopia,
    signedByUserId: null,
    endorsedAt: new Date('2021-05-13T01:30:00Z'),
    statementEn: `Green and clean development is at the heart of our park.${SAMPLE_EN}`,
    statementZh: null,
  },
  {
    id: initiativesDemoId(14),
    organizationId: ORG.vietnam,
    signedByUserId: null,
    endorsedAt: new Date('2021-05-14T06:00:00Z'),
    statementEn: null,
    statementZh: null,
  },
  {
    id: initiativesDemoId(15),
    organizationId: ORG.egypt,
    signedByUserId: null,
    endorsedAt: new Date('2021-05-18T08:00:00Z'),
    statementEn: `We will share our experience of integrating into the host country.${SAMPLE_EN}`,
    statementZh: `我们将分享融入东道国发展的经验。${SAMPLE_ZH}`,
  },
];

/** Inserts the initiative and its endorsements that are missing, by fixed id; returns how many rows it created. */
export async function seedInitiatives(manager: EntityManager): Promise<number> {
  const inserted = async (sql: string, params: unknown[]) =>
    ((await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params)) as unknown[]).length;
  const i = DEMO_INITIATIVE;
  let created = await inserted(
    `INSERT INTO initiatives (id, title_en, title_zh, preamble_en, preamble_zh, principles, status, opens_on, closes_on,
                              target_organizations, created_by_user_id, published_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $12)`,
    [
      i.id,
      i.titleEn,
      i.titleZh,
      i.preambleEn,
      i.preambleZh,
      JSON.stringify(i.principles),
      i.status,
      i.opensOn,
      i.closesOn,
      i.targetOrganizations,
      i.createdByUserId,
      i.publishedAt,
      i.createdAt,
    ],
  );
  for (const e of DEMO_ENDORSEMENTS)
    created += await inserted(
      `INSERT INTO endorsements (id, initiative_id, organization_id, status, statement_en, statement_zh, signed_by_user_id,
                                 endorsed_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'endorsed', $4, $5, $6, $7, $7, $7)`,
      [e.id, i.id, e.organizationId, e.statementEn, e.statementZh, e.signedByUserId, e.endorsedAt],
    );
  return created;
}
