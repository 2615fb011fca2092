"""The inline stylesheet of the HTML output: system fonts, logical properties (so the same
rules serve right-to-left Arabic), a narrow-screen layout, dark mode and print rules."""

CSS = """\
:root{--fg:#1b1b1b;--muted:#595959;--bg:#fff;--line:#d4d4d4;--accent:#0b5cad;\
--bar:#0b5cad;--bar-bg:#e6edf6;--south:#b4540a}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--muted:#ababab;--bg:#161616;\
--line:#3a3a3a;--accent:#7db4f0;--bar:#5a9be0;--bar-bg:#27313d;--south:#f0a15a}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:52rem;padding:1rem 1.25rem 3rem;color:var(--fg);\
background:var(--bg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",\
"Noto Sans Arabic","Noto Sans CJK SC","Microsoft YaHei",sans-serif;overflow-wrap:break-word}
h1{font-size:1.8rem;line-height:1.25;margin-block:1rem}
h2{font-size:1.4rem;line-height:1.3;margin-block:2.5rem .8rem;padding-block-end:.3rem;\
border-block-end:2px solid var(--accent)}
h3{font-size:1.1rem;margin-block:1.6rem .5rem}
a{color:var(--accent)}
.part{font-weight:700;color:var(--muted);margin-block:1.2rem .4rem;letter-spacing:.02em}
.frameworks{font-weight:600}
.disclaimer{border-inline-start:4px solid var(--line);padding-inline-start:.8rem;\
color:var(--muted);margin-block:1rem}
.toc ol ol{margin-block:.2rem}
ul.messages{padding-inline-start:1.2rem}
li.message{margin-block:.9rem}
li.message>p{margin:0}
.lang-tag{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em;\
color:var(--muted)}
.note{font-size:.85rem;color:var(--muted);font-style:italic}
details.sources{margin-block-start:.3rem;font-size:.9rem}
details.sources summary{cursor:pointer;color:var(--muted)}
details.sources ol{padding-inline-start:1.3rem;margin-block:.4rem}
details.sources li{margin-block:.5rem}
details.sources p{margin:0}
details.sources blockquote{margin:.2rem 0 0;padding-inline-start:.7rem;\
border-inline-start:3px solid var(--line)}
.meta{color:var(--muted)}
.code{font-weight:600;color:var(--fg)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-block:.6rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:var(--bar-bg)}
.num{text-align:end;white-space:nowrap;font-variant-numeric:tabular-nums}
.balance{margin-block-start:1.5rem}
.bars{margin:.8rem 0}
.bars figcaption{font-weight:600;margin-block-end:.3rem}
.bar-row{display:grid;grid-template-columns:minmax(7rem,14rem) 1fr 6rem;gap:.5rem;\
align-items:center;font-size:.9rem;margin-block:.2rem}
.bar{display:block;height:.8rem;background:var(--bar-bg);border-radius:2px;overflow:hidden}
.fill{display:block;height:100%;background:var(--bar)}
.south .fill{background:var(--south)}
.bar-value{text-align:end;white-space:nowrap;font-variant-numeric:tabular-nums}
footer{margin-block-start:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:36rem){body{padding:.75rem}h1{font-size:1.5rem}\
.bar-row{grid-template-columns:1fr auto}.bar-row .bar{grid-column:1/-1;grid-row:2}}
@media print{body{max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}\
h2,h3{break-after:avoid}li.message{break-inside:avoid}}
"""
