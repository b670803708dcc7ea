// The extension APIs as seen from code that e2e tests evaluate inside extension pages.
declare const chrome: import('webextension-polyfill').Browser;
