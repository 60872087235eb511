/**
 * Bodies an attacker (or a careless paste) could put into the CMS. Shared by
 * the unit tests and the e2e fixture corpus, so the same list is checked in
 * the body pipeline, the rendered page and the feeds.
 */
export const hostileBodies: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>',
  '<img src="x" onerror="alert(1)">',
  '<img src=x OnErRoR=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="java\tscript:alert(1)">tab inside</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>body{display:none}</style>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<p title="x" onclick="alert(1)">click</p>',
  '<a href="/x" title="a" onmouseover="alert(1)" x="y">attribute soup</a>',
  '<img src="x" alt="&quot; onerror=&quot;alert(1)">',
  '"><script>alert(1)</script>',
  '</p></div><script>alert(1)</script><p>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<details open ontoggle="alert(1)"><summary>x</summary></details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
];
