import { render } from 'solid-js/web';
import { App } from './App';
import { applyTheme } from './lib/theme';
import './styles/base.css';
import './styles/components.css';

applyTheme();
const root = document.getElementById('root');
if (root) render(() => <App />, root);
