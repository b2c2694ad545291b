// Lints the top-level folders that belong to no single project (migrations, seeds).
import { base, restrict } from './eslint.base.mjs';

export default [...base, restrict(['**/apps/web/**', 'react', 'antd'], 'Migrations and seeds belong to the API side.')];
