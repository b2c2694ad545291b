import { initialLocale, loadLocaleData, loadModuleStrings } from './i18n/load';

/**
 * A second entry, tiny, that the page runs while the app's code is still arriving: it asks for the
 * reader's strings and the code of the page at the address, so that neither waits for the app to start
 * (vite.config.ts puts it in index.html). The app asks for the same modules and gets these.
 */
const locale = initialLocale();
void loadLocaleData(locale);

const { pathname } = window.location;
if (pathname !== '/') {
  // The home page needs neither; every other page needs both.
  void loadModuleStrings(locale);
  void import('./app/AntdLayout');
}
if (pathname === '/directory') void import('./modules/parks/pages/DirectoryPage');
else if (pathname === '/posts') void import('./modules/posts/pages/FeedPage');
else if (/^\/posts\/[0-9a-f-]{36}$/.test(pathname)) void import('./modules/posts/pages/PostPage');
