import { render } from 'preact';

function Placeholder() {
  return <main><h1>clerk</h1><p>建设中 Under construction</p></main>;
}

const root = document.getElementById('app');
if (root) render(<Placeholder />, root);
