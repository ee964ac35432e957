package org.parallax.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page says its article is for subscribers only: schema.org's
 * {@code isAccessibleForFree: false} (JSON-LD or microdata, as publishers declare paywalled
 * content to search engines), Open Graph's {@code article:content_tier = locked}, or the markup
 * that paywall systems leave in the page.
 */
final class Paywall {
    private static final Pattern NOT_FREE = Pattern.compile(
            "\"isAccessibleForFree\"\\s*:\\s*\"?(false|(https?://)?schema\\.org/False)\\b", Pattern.CASE_INSENSITIVE);
    /** Class and id names paywall systems use: "paywall", "c-paywall__wrapper", "subscriber-only"... */
    private static final Pattern PAYWALL_NAME = Pattern.compile(
            "(^|[-_ ])(paywall(ed)?|pay-wall|regwall|subscribers?[-_]only|premium[-_]?(content|article)[-_]?(lock|locked|gate)"
                    + "|content[-_]locked|locked[-_]content|meter[-_]?wall)($|[-_ ])", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOXES = Set.of("div", "section", "aside", "article", "p", "form");
    private static final String SITE_CHROME = "header, nav, footer, [role=banner], [role=navigation]";
    private static final int MAX_ELEMENTS = 20_000;
    private static final int MIN_PROMPT_CHARS = 40;

    private Paywall() {
    }

    /**
     * A visible box named as a paywall that says something (a prompt to subscribe, or the article
     * cut short), outside the site's header, navigation and footer. Empty placeholders and the
     * log-in links of a paywall system are on every page of a site, free or not.
     */
    private static boolean isPaywallBox(Element element) {
        if (!BOXES.contains(element.normalName())) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        // A cheap test first: this runs for every box of a page.
        boolean maybe = names.contains("wall") || names.contains("only") || names.contains("lock")
                || names.contains("gate");
        if (!maybe || !PAYWALL_NAME.matcher(names).find()
                || Boilerplate.isHidden(element)) {
            return false;
        }
        for (Element ancestor : element.parents()) {
            if (ancestor.is(SITE_CHROME)) {
                return false;
            }
        }
        return element.text().length() >= MIN_PROMPT_CHARS;
    }

    static boolean detect(Document document, MetaTags meta) {
        if ("false".equalsIgnoreCase(meta.get("isAccessibleForFree"))
                || "locked".equalsIgnoreCase(meta.get("article:content_tier"))) {
            return true;
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            if (NOT_FREE.matcher(script.data()).find()) {
                return true;
            }
        }
        Element body = document.body();
        if (body == null) {
            return false;
        }
        int seen = 0;
        for (Element element : body.getAllElements()) {
            if (seen++ > MAX_ELEMENTS) {
                break;
            }
            if (isPaywallBox(element)) {
                return true;
            }
        }
        return false;
    }
}
