/**
 * The site's main sections, in menu order. Each label is the section page's one name: the menu, the footer,
 * the breadcrumbs and the page's h1 all say the same (the pages' titles in content/sider/ match these strings).
 */
import type { UiKey } from './i18n';

export interface NavItem {
  href: string;
  label: UiKey;
}

export const mainNav: readonly NavItem[] = [
  { href: '/spor/', label: 'nav.tracks' },
  { href: '/maal/', label: 'nav.targets' },
  { href: '/aftaler/', label: 'nav.agreements' },
  { href: '/cases/', label: 'nav.cases' },
  { href: '/materialer/', label: 'nav.materials' },
  { href: '/overblik/', label: 'nav.overview' },
];
