// Entry point: mounts the app and lets in-app links navigate without reloading.
import { render } from 'preact';
import { App } from './app.tsx';
import { interceptLinkClicks } from './router.ts';
import './styles.css';

const root = document.getElementById('app')!;
interceptLinkClicks(document.body);
render(<App />, root);
