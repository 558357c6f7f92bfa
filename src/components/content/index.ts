/**
 * The components editors may use in MDX content, by the name they write. The content check's allow list
 * (`CONTENT_COMPONENTS` in src/lib/content-check/body.ts) names the same components and their attributes.
 */
import Faktaboks from './Faktaboks.astro';
import Citat from './Citat.astro';

export const contentComponents = { Faktaboks, Citat };
