// Vite client types: lets main.tsx import its stylesheet.
/// <reference types="vite/client" />
