/** The sidebar's entry: dev/build.mjs bundles this and inlines it (with styles.css) into sidebar.html. */
import { render } from 'preact';
import { App } from './app';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
