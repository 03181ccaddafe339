import { setLanguage } from './messages.ts';

/** Unit tests read the English catalog, as the app does once main.tsx has loaded it. */
await setLanguage('en');
