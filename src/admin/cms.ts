/**
 * The browser editor at /admin/: Sveltia CMS from node_modules, bundled by src/integrations/admin.ts into
 * dist/admin/cms/ at build time, so nothing is loaded from another site. It reads /admin/config.yml.
 */
import CMS from '@sveltia/cms';
import { acceptedFilesOnly } from './accepted-files';
import { danishNumberFields } from './danish-numbers';
import { escapeAsksFirst } from './escape-asks';
import { escapeBodiesOnSave, keepAddressesOfSavedEntries } from './published-entries';

// The editor speaks Danish. Sveltia ignores Decap's `locale` option and follows the browser's languages ("auto"),
// so an English browser got an English editor: Danish comes first here. Someone who picks another language under
// Indstillinger → Sprog keeps it (Sveltia stores that choice and then no longer asks the browser).
const languages = ['da', ...navigator.languages.filter((language) => !language.toLowerCase().startsWith('da'))];
Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'da' });

escapeAsksFirst();
danishNumberFields();
acceptedFilesOnly();
keepAddressesOfSavedEntries();
escapeBodiesOnSave(CMS);
void CMS.init();
