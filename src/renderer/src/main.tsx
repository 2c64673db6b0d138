import { render } from 'solid-js/web';
import { App } from './App';
import { applyTheme } from './lib/theme';
import { LockGate } from './features/security/LockGate';
import './styles/base.css';
import './styles/components.css';

applyTheme();
const root = document.getElementById('root');
// The gate mounts the app only once Mend is unlocked (or has no passphrase).
if (root) render(() => <LockGate><App /></LockGate>, root);
