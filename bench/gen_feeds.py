#!/usr/bin/env python3
"""Writes synthetic news feeds for bench/feeds.sh into a directory: RSS 2.0, Atom 1.0 and RSS 1.0
in the shape of real outlet feeds (HTML descriptions, content:encoded, Dublin Core, Media RSS,
relative links, varied date formats). Deterministic: the same seed gives the same files."""
import random
import sys
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

WORDS = ("government minister election court report market inflation climate storm police "
         "council budget vote senator company shares energy health hospital school union strike "
         "talks border trade summit officials said on Tuesday according to statement analysts "
         "expected record rise fall week year city state national federal local").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph_html(rng, sentences):
    return "<p>" + " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(sentences)) + "</p>"


def body_html(rng, paragraphs):
    parts = []
    for i in range(paragraphs):
        parts.append(paragraph_html(rng, rng.randint(2, 5)))
        if i == 1:
            parts.append('<figure><img src="/images/%d.jpg" alt="Photo"/><figcaption>%s</figcaption></figure>'
                         % (rng.randint(1, 10**6), sentence(rng, 6)))
        if i == 2:
            parts.append('<p>Read more: <a href="/news/related-%d">%s</a></p>' % (rng.randint(1, 10**6), sentence(rng, 5)))
    return "".join(parts)


def date_text(rng, when, style):
    if style == 0:
        return format_datetime(when)  # RFC 822, +0000
    if style == 1:
        return when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if style == 2:
        return when.astimezone(timezone(timedelta(hours=-5))).strftime("%a, %d %b %Y %H:%M:%S EST")
    return when.strftime("%d %b %y %H:%M:%S +0000")


def rss(rng, items, base_time):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
           '<title>The Daily Example &amp; Chronicle</title>\n<link>https://news.example.com/</link>\n'
           '<atom:link href="https://news.example.com/rss.xml" rel="self" type="application/rss+xml"/>\n'
           '<description>Latest news</description>\n<language>en-us</language>\n<ttl>15</ttl>\n'
           '<lastBuildDate>%s</lastBuildDate>\n' % format_datetime(base_time)]
    for i in range(items):
        when = base_time - timedelta(minutes=17 * i)
        title = sentence(rng, rng.randint(6, 14))
        if i % 7 == 0:
            title = title[:-1] + " &amp; &lt;b&gt;more&lt;/b&gt;"
        slug = "/2024/%02d/story-%d" % (1 + i % 12, rng.randint(1, 10**7))
        link = slug if i % 5 == 0 else "https://news.example.com" + slug
        out.append("<item>\n<title>%s</title>\n<link>%s</link>\n<guid isPermaLink=\"false\">story-%d</guid>\n"
                   "<pubDate>%s</pubDate>\n<dc:creator>%s %s</dc:creator>\n"
                   % (title, link, i, date_text(rng, when, i % 4), rng.choice(["Ann", "Bo", "Cy"]),
                      rng.choice(["Smith", "Lee", "Diaz"])))
        for _ in range(rng.randint(1, 4)):
            out.append("<category>%s</category>\n" % rng.choice(WORDS).capitalize())
        out.append("<description>%s</description>\n" % escape(paragraph_html(rng, 2)))
        out.append("<content:encoded><![CDATA[%s]]></content:encoded>\n" % body_html(rng, rng.randint(4, 9)))
        out.append('<media:content url="https://cdn.example.com/%d.jpg" medium="image">'
                   '<media:description>%s</media:description></media:content>\n</item>\n'
                   % (rng.randint(1, 10**6), sentence(rng, 8)))
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def atom(rng, entries, base_time):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
           'xml:lang="en-GB" xml:base="https://world.example.org/">\n<title type="html">World &amp;lt;Report&amp;gt;</title>\n'
           '<link href="/" rel="alternate"/>\n<link href="/atom.xml" rel="self"/>\n<id>tag:world.example.org,2024:feed</id>\n'
           '<updated>%s</updated>\n<author><name>World Desk</name></author>\n'
           % base_time.strftime("%Y-%m-%dT%H:%M:%SZ")]
    for i in range(entries):
        when = base_time - timedelta(minutes=23 * i)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if i % 2 else "+00:00")
        out.append('<entry>\n<title type="html">%s</title>\n<link href="articles/%d"/>\n<id>tag:world.example.org,2024:%d</id>\n'
                   '<published>%s</published>\n<updated>%s</updated>\n'
                   % (escape(sentence(rng, rng.randint(6, 14))), rng.randint(1, 10**7), i, stamp, stamp))
        for _ in range(rng.randint(1, 3)):
            out.append('<category term="%s"/>\n' % rng.choice(WORDS))
        out.append('<summary type="html">%s</summary>\n' % escape(paragraph_html(rng, 2)))
        if i % 2:
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>\n</entry>\n'
                       % body_html(rng, rng.randint(4, 9)))
        else:
            out.append('<content type="html">%s</content>\n</entry>\n' % escape(body_html(rng, rng.randint(4, 9))))
    out.append("</feed>\n")
    return "".join(out)


def rdf(rng, items, base_time):
    out = ['<?xml version="1.0" encoding="ISO-8859-1"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<channel rdf:about="https://local.example.net/index.rdf">\n<title>Local News \xe9dition</title>\n'
           '<link>https://local.example.net/</link>\n<description>Local</description>\n</channel>\n']
    for i in range(items):
        when = base_time - timedelta(hours=i)
        url = "https://local.example.net/n/%d" % rng.randint(1, 10**7)
        out.append('<item rdf:about="%s">\n<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n'
                   '<dc:date>%s</dc:date>\n<dc:subject>%s</dc:subject>\n</item>\n'
                   % (url, sentence(rng, 9) + " caf\xe9", url, escape(paragraph_html(rng, 3)),
                      when.strftime("%Y-%m-%dT%H:%M:%S+00:00"), rng.choice(WORDS)))
    out.append("</rdf:RDF>\n")
    return "".join(out)


def broken(text):
    """The faults real feeds have: bare ampersands, HTML entities, an undeclared prefix, a misspelt
    end tag. Not well-formed, so it takes Parallax's lenient path."""
    text = text.replace(' xmlns:dc="http://purl.org/dc/elements/1.1/"', "")
    text = text.replace("&amp; &lt;b&gt;", "& &nbsp;&lt;b&gt;").replace("</title>\n<link>https://news", "</titel>\n<link>https://news", 3)
    return text.replace("/story-", "/story?a=1&b=")


def main(directory):
    rng = random.Random(20241125)
    base = datetime(2024, 11, 25, 12, 0, 0, tzinfo=timezone.utc)
    feeds = {
        "rss-news-30.xml": (rss(rng, 30, base), "utf-8"),
        "rss-news-100.xml": (rss(rng, 100, base), "utf-8"),
        "atom-news-40.xml": (atom(rng, 40, base), "utf-8"),
        "rdf-news-30.xml": (rdf(rng, 30, base), "iso-8859-1"),
        "rss-broken-30.xml": (broken(rss(rng, 30, base)), "utf-8"),
    }
    for name, (text, encoding) in feeds.items():
        with open("%s/%s" % (directory, name), "w", encoding=encoding) as out:
            out.write(text)
        print("%s/%s" % (directory, name))


if __name__ == "__main__":
    main(sys.argv[1])
