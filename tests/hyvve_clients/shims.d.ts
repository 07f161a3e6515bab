// jsdom ships no types and HYVVE's package.json names no @types/jsdom: the host uses only `new JSDOM().window`.
declare module 'jsdom';
