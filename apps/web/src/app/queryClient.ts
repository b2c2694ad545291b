import { createQueryClient } from '../lib/queryClient';

/** The app's one query client: the provider's, and the routes' that fetch a page's data with its code. */
export const queryClient = createQueryClient();
