/** The fixed list of industry sectors parks, posts and requests are tagged with, with both names. */
export const SECTOR_LABELS = {
  textiles_garments: { en: 'Textiles and garments', zh: '纺织服装' },
  building_materials: { en: 'Building materials', zh: '建材' },
  machinery_equipment: { en: 'Machinery and equipment', zh: '机械装备' },
  automotive: { en: 'Automotive', zh: '汽车' },
  electronics: { en: 'Electronics', zh: '电子' },
  chemicals: { en: 'Chemicals', zh: '化工' },
  steel_metals: { en: 'Steel and metals', zh: '钢铁及金属' },
  new_energy: { en: 'New energy', zh: '新能源' },
  energy_power: { en: 'Energy and power', zh: '能源电力' },
  agriculture_food: { en: 'Agriculture and food processing', zh: '农业及食品加工' },
  pharmaceuticals: { en: 'Pharmaceuticals', zh: '医药' },
  logistics_warehousing: { en: 'Logistics and warehousing', zh: '物流仓储' },
  trade: { en: 'Trade', zh: '商贸' },
  digital_economy: { en: 'Digital economy', zh: '数字经济' },
} as const;

export type Sector = keyof typeof SECTOR_LABELS;

export const SECTORS = Object.keys(SECTOR_LABELS) as Sector[];
