/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,mdx,md}', './content/**/*.{md,mdx}'],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#1b2733', muted: '#4a5866' },
        brand: { DEFAULT: '#0d3b5c', light: '#e7eef4' },
        link: { DEFAULT: '#0a5a8f', hover: '#063d61' },
        paper: { DEFAULT: '#f6f4ef', line: '#d8d3c8' },
        // One colour per track (spor), each at least 4.5:1 against white and always beside the track's name and icon.
        forbrug: { DEFAULT: '#2f6b3a', light: '#e9f2ea' },
        energi: { DEFAULT: '#8a4b00', light: '#f7eddf' },
        mobilitet: { DEFAULT: '#1f5c99', light: '#e7eef7' },
        social: { DEFAULT: '#6a3d9a', light: '#f1ebf7' },
        ledelse: { DEFAULT: '#4b5563', light: '#eef0f3' },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: { prose: '68ch' },
    },
  },
};
