# ruff: noqa: E501  (the page templates hold long HTML lines)
"""Write the web-page corpus: invented news sites' HTML pages (pages/SITE/SLUG.html) and a
WARC of some of them (crawl.warc.gz, written by hand per WARC/1.1, gzip per record).

Run from this folder: ``python make.py``.  The texts are in articles.py; the page chrome
(menus, cookie banners, share buttons, "Most read" / "Related stories" lists, newsletter
boxes, author bios, comment counts, footers) is each site's own, below.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import uuid
from base64 import b32encode
from datetime import datetime
from pathlib import Path

from articles import ARTICLES

HERE = Path(__file__).resolve().parent
SITES = {
    "cpa": ("Continental Press Agency", "cpa-wire.example", "/wire/"),
    "bw": ("Brightwater Foods", "www.brightwaterfoods.example", "/newsroom/"),
    "hg": ("The Harbour Gazette", "www.harbourgazette.example", "/news/"),
    "vc": ("Valley Courier", "valleycourier.example", "/local-news/"),
    "np": ("Northfield Post", "www.northfieldpost.example", "/index.php?story="),
}
BIOS = {
    "Maeve Tolan": "Maeve Tolan is the Gazette\u2019s chief reporter. She has covered the "
    "harbour, the fishing fleet and Kelvane council since 2011. Email her at "
    "maeve.tolan@harbourgazette.example.",
    "Sean Garvey": "Sean Garvey reports on local politics, schools and the arts for the "
    "Gazette. He grew up in Kelvane and joined the paper in 2019.",
    "Ruair\u00ed Desmond": "Ruair\u00ed Desmond is the Courier\u2019s business and health "
    "reporter. Got a story? Contact him in confidence on 0555 019 233.",
    "Aoife Brennock": "Aoife Brennock covers community news, sport and events across the "
    "valley for the Courier.",
    "Lorcan Fee": "Lorcan Fee is the Post\u2019s arts and community reporter. He has written "
    "about Dunmarsh for twenty years and is the author of a history of the town\u2019s quay.",
}
NO_BIO = {"np-strike-followup"}  # written as the ports reporter: no bio box


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def url(a: dict) -> str:
    _, host, base = SITES[a["site"]]
    return f"https://{host}{base}{a['slug']}" + ("" if a["site"] == "np" else ".html")


def site_articles(site: str) -> list[dict]:
    return [a for a in ARTICLES if a["site"] == site]


def related(a: dict, n: int = 3) -> list[dict]:
    """Rotating 'Related stories': the next n articles of the site (each page its own list)."""
    items = site_articles(a["site"])
    i = items.index(a)
    return [items[(i + k) % len(items)] for k in range(1, n + 1)]


def most_read(site: str) -> list[dict]:
    """The site-wide 'Most read' list: the same on every page."""
    return sorted(site_articles(site), key=lambda x: -x.get("comments", 0))[:5]


def when(a: dict) -> datetime:
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


def visible_date(a: dict) -> str:
    d = when(a)
    return f"{d.day} {d:%B %Y}, {d:%H:%M}"


def links(items: list[dict]) -> str:
    return "\n".join(f'<li><a href="{url(x)}">{esc(x["title"])}</a></li>' for x in items)


def paras(a: dict) -> list[str]:
    return [f"<p>{esc(p)}</p>" for p in a["paras"]]


def page_cpa(a: dict) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": a["published"], "author": {"@type": "Organization",
        "name": "Continental Press Agency"}, "mainEntityOfPage": url(a),
    }  # fmt: skip
    others = [x for x in site_articles("cpa") if x is not a]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a["title"])} - CPA Wire</title>
<meta property="og:site_name" content="Continental Press Agency">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{url(a)}">
<meta property="article:published_time" content="{a["published"]}">
<link rel="canonical" href="{url(a)}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<header><a href="/">CPA Wire</a>
<nav><ul><li><a href="/wire/world">World</a></li><li><a href="/wire/business">Business</a></li>
<li><a href="/wire/markets">Markets</a></li><li><a href="/subscribe">For subscribers</a></li></ul></nav>
</header>
<article>
<h1>{esc(a["title"])}</h1>
<p class="byline">By Continental Press Agency &middot; <time datetime="{a["published"]}">{visible_date(a)} GMT</time></p>
{chr(10).join(paras(a))}
<p class="copy">(c) 2026 Continental Press Agency. All rights reserved. This material may not be published, broadcast or redistributed without a licence.</p>
</article>
<aside><h2>Latest from the wire</h2><ul>{links(others)}</ul></aside>
<footer><p>Continental Press Agency, 8 Rue des Tanneurs, Port Averil. Licensing: sales@cpa-wire.example</p></footer>
</body></html>
"""


def page_bw(a: dict) -> str:
    others = [x for x in site_articles("bw") if x is not a]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a["title"])} | Brightwater Foods Newsroom</title>
<meta name="description" content="{esc(a["paras"][0][:150])}">
<link rel="canonical" href="{url(a)}">
</head><body>
<div class="cookie-consent" id="cc"><p>We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="site-header"><img src="/img/logo.svg" alt="Brightwater Foods">
<nav><a href="/products">Our products</a> <a href="/recipes">Recipes</a> <a href="/sustainability">Sustainability</a> <a href="/careers">Careers</a> <a href="/newsroom">Newsroom</a></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/newsroom">Newsroom</a> &rsaquo; Press releases</div>
<span class="label">Press release</span>
<h1>{esc(a["title"])}</h1>
<div class="news-meta"><time datetime="{a["published"][:10]}">{when(a).day} {when(a):%B %Y}</time></div>
<div class="release-body">
{chr(10).join(paras(a))}
</div>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="/media/press-kit.zip">Press kit (ZIP, 12 MB)</a></li><li><a href="/media/logo-pack.zip">Logo pack</a></li></ul></div>
<section class="more-news"><h2>More news</h2><ul>{links(others)}</ul></section>
</main>
<footer><p>Brightwater Foods Ltd, Mill Road, Carrowbeg. Registered in the Republic of Averland no. 11873.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; &copy; 2026 Brightwater Foods</p></footer>
</body></html>
"""


def page_hg(a: dict) -> str:
    body = paras(a)
    newsletter = (
        '<div class="newsletter-signup"><h4>Get the Gazette in your inbox</h4><p>Sign up for '
        "our free morning briefing with the day\u2019s top stories from Kelvane and the "
        'coast.</p><form><input type="email" placeholder="Your email"><button>Sign up'
        "</button></form></div>"
    )
    body.insert(2, newsletter)
    bio = BIOS.get(a["author"]) if a["id"] not in NO_BIO else None
    bio_box = (
        f'<div class="author-bio"><img src="/img/authors/{a["author"].split()[0].lower()}.jpg" '
        f'alt=""><p><strong>{esc(a["author"])}</strong></p><p>{esc(bio)}</p></div>'
        if bio
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8">
<title>{esc(a["title"])} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{url(a)}">
<meta property="article:published_time" content="{a["published"]}">
<meta name="author" content="{esc(a["author"])}">
<link rel="canonical" href="{url(a)}">
</head><body>
<div id="cookie-banner" class="cookie-banner">This site uses cookies for analytics and personalised advertising. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header><div class="masthead"><a href="/">The Harbour Gazette</a><span>Kelvane &amp; the North Coast since 1887</span></div>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/notices">Death Notices</a></li></ul></nav></header>
<div class="container">
<article class="story">
<header><h1>{esc(a["title"])}</h1>
<div class="byline">By <a rel="author" href="/authors/{a["author"].split()[0].lower()}">{esc(a["author"])}</a></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#comments">{a.get("comments", 0)} comments</a></div>
</header>
<div class="story-body">
{chr(10).join(body)}
</div>
{bio_box}
<aside class="related"><h3>Related stories</h3><ul>{links(related(a))}</ul></aside>
</article>
<aside class="sidebar"><div class="most-read"><h3>Most read</h3><ol>{links(most_read("hg"))}</ol></div>
<div class="ad">Advertisement</div></aside>
</div>
<footer><p>&copy; 2026 The Harbour Gazette Ltd. 14 Quay Street, Kelvane. All rights reserved.</p>
<p><a href="/contact">Contact us</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy policy</a></p></footer>
</body></html>
"""


def page_vc(a: dict) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": a["published"], "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Valley Courier"}, "url": url(a),
    }  # fmt: skip
    bio = BIOS.get(a["author"])
    bio_p = f'<p class="author-bio"><em>{esc(bio)}</em></p>' if bio else ""
    promo = (
        '<div class="promo newsletter"><strong>Don\u2019t miss a thing:</strong> get the '
        "Courier\u2019s free weekly newsletter with the valley\u2019s news, sport and "
        'events every Friday. <a href="/newsletter">Sign up now</a></div>'
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(a["title"])} - Valley Courier</title>
<link rel="canonical" href="{url(a)}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<div class="gdpr"><p>Your privacy matters to us. We and our 142 partners use cookies to store and access information on your device.</p><button>Agree</button> <button>More options</button></div>
<div class="top"><a class="logo" href="/">Valley Courier</a>
<ul class="menu"><li><a href="/local-news">Local news</a></li><li><a href="/sport">Sport</a></li><li><a href="/farming">Farming</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/e-paper">E-paper</a></li></ul></div>
<main>
<div class="story">
<h1 class="headline">{esc(a["title"])}</h1>
<div class="meta">By {esc(a["author"])} | {visible_date(a)} | <a href="#comments">{a.get("comments", 0)} comments</a></div>
<div class="social">Share this article <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
<div class="story-body">
{chr(10).join(paras(a)[:3])}
{promo}
{chr(10).join(paras(a)[3:])}
{bio_p}
</div>
</div>
<div class="widget most-read"><h3>Most read</h3><ol>{links(most_read("vc"))}</ol></div>
<div class="widget more"><h3>More from Local news</h3><ul>{links(related(a, 4))}</ul></div>
</main>
<div class="footer">Valley Courier, Unit 3, Bridge Street, Millbrook. &copy; Valley Courier Media 2026. Reproduction without permission is prohibited.</div>
</body></html>
"""


def page_np(a: dict) -> str:
    bio = BIOS.get(a["author"]) if a["id"] not in NO_BIO else None
    rel = related(a, 2)
    read_more = f'<p>Read more: <a href="{url(rel[0])}">{esc(rel[0]["title"])}</a></p>'
    body = paras(a)
    body.insert(2, read_more)
    bio_div = f'<div class="bio">{esc(bio)}</div>' if bio else ""
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"])} | Northfield Post</title>
</head><body>
<div id="wrap">
<div id="cookies">This website uses cookies. <a href="/cookies.php">Find out more</a> | <a href="#">Close</a></div>
<div id="header"><div class="logo"><a href="/">Northfield Post</a></div>
<div class="nav"><a href="/">Home</a> | <a href="/index.php?cat=news">News</a> | <a href="/index.php?cat=sport">Sport</a> | <a href="/index.php?cat=community">Community</a> | <a href="/index.php?cat=classifieds">Classifieds</a> | <a href="/contact.php">Contact</a></div></div>
<div id="content">
<div class="headline"><h1>{esc(a["title"])}</h1></div>
<div class="dateline">Published: {visible_date(a)}</div>
<div class="author">By {esc(a["author"])}</div>
<div class="text">
{chr(10).join(body)}
{bio_div}
<p><b>Related stories:</b></p>
<ul>{links(rel)}</ul>
<div class="sharebar">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email a friend</a> | <a href="#comments">Comments ({a.get("comments", 0)})</a></div>
</div>
<div class="signup">Get the Northfield Post delivered to your door every Thursday &ndash; call 0555 877 100 or subscribe online.</div>
</div>
<div id="right"><div class="box"><h3>Most read</h3><ul>{links(most_read("np"))}</ul></div></div>
<div id="footer">Northfield Post Newspapers, The Square, Dunmarsh &copy; 2026. Printed by Coastal Print Ltd.</div>
</div>
</body></html>
"""


RENDER = {"cpa": page_cpa, "bw": page_bw, "hg": page_hg, "vc": page_vc, "np": page_np}
# pages also in the WARC: the Gazette's, two of the Post's and the Courier's mill story
IN_WARC = [a["id"] for a in ARTICLES if a["site"] == "hg"] + ["np-strike", "np-gallery",
                                                               "vc-plant"]  # fmt: skip
CRAWL = "2026-03-20T04:12:00Z"


def record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}>"


def digest(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(kind: str, target: str | None, block: bytes, ctype: str, n: int) -> bytes:
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: {record_id(f'{kind}:{target}:{n}')}",
        f"WARC-Date: {CRAWL}",
    ]
    if target:
        head.append(f"WARC-Target-URI: {target}")
    head += [f"WARC-Block-Digest: {digest(block)}", f"Content-Type: {ctype}",
             f"Content-Length: {len(block)}"]  # fmt: skip
    raw = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(raw, mtime=0)


def http_response(status: str, ctype: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
    return (head + "Server: nginx\r\n\r\n").encode() + body


def http_request(target: str) -> bytes:
    host = target.split("/")[2]
    path = target.split(host, 1)[1]
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: archivebot/1.0\r\n\r\n".encode()


def write_warc(pages: dict[str, bytes]) -> bytes:
    out = [warc_record("warcinfo", None, b"software: hand-written\r\nformat: WARC File Format "
                       b"1.1\r\n", "application/warc-fields", 0)]  # fmt: skip
    n = 1
    for a in ARTICLES:
        if a["id"] not in IN_WARC:
            continue
        target = url(a)
        out.append(warc_record("request", target, http_request(target),
                               "application/http;msgtype=request", n))  # fmt: skip
        resp = http_response("200 OK", "text/html; charset=utf-8", pages[a["id"]])
        out.append(warc_record("response", target, resp, "application/http;msgtype=response", n))
        n += 1
    extras = [
        ("https://www.harbourgazette.example/css/site.css", "200 OK", "text/css",
         b"body{font-family:Georgia,serif}"),
        ("https://www.harbourgazette.example/news/old-story.html", "404 Not Found",
         "text/html", b"<html><body><h1>Page not found</h1><p>Sorry, we could not find "
         b"that page.</p></body></html>"),
        ("https://www.harbourgazette.example/robots.txt", "200 OK", "text/plain",
         b"User-agent: *\nDisallow: /search\n"),
    ]  # fmt: skip
    for target, status, ctype, body in extras:
        out.append(warc_record("response", target, http_response(status, ctype, body),
                               "application/http;msgtype=response", n))  # fmt: skip
        n += 1
    return b"".join(out)


def main() -> None:
    pages: dict[str, bytes] = {}
    for a in ARTICLES:
        data = RENDER[a["site"]](a).encode("utf-8")
        pages[a["id"]] = data
        path = HERE / "pages" / a["site"] / f"{a['id']}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (HERE / "crawl.warc.gz").write_bytes(write_warc(pages))


if __name__ == "__main__":
    main()
