import { colours, trackColours, typeScale } from './src/lib/tokens.ts';

const tracks = Object.fromEntries(
  Object.entries(trackColours).map(([key, { solid, light }]) => [key, { DEFAULT: solid, light }]),
);

/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,mdx,md}', './content/**/*.{md,mdx}'],
  theme: {
    extend: {
      // Every colour comes from the design tokens (src/lib/tokens.ts), which the charts and posters read too.
      colors: {
        ink: { DEFAULT: colours.ink, muted: colours.inkMuted },
        brand: { DEFAULT: colours.brand, light: colours.brandLight },
        link: { DEFAULT: colours.link, hover: colours.linkHover },
        paper: { DEFAULT: colours.paper, line: colours.paperLine },
        focus: colours.focus,
        selection: colours.selection,
        ...tracks,
      },
      fontSize: typeScale,
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: { prose: '68ch' },
    },
  },
};
