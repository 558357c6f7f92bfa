/**
 * The browser editor at /admin/: Sveltia CMS from node_modules, bundled by src/integrations/admin.ts into
 * dist/admin/cms/ at build time, so nothing is loaded from another site. It reads /admin/config.yml.
 */
import CMS from '@sveltia/cms';

void CMS.init();
