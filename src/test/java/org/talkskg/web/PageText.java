package org.talkskg.web;

import java.util.List;

import org.jsoup.nodes.Element;

/** What a reader sees in the parts of a parsed page. */
final class PageText {

    private PageText() {}

    /** The text of each element a CSS selector finds, white space folded as a browser shows it. */
    static List<String> texts(Element root, String selector) {
        return root.select(selector).stream().map(Element::text).toList();
    }

    /** Each link within the elements a CSS selector finds, as "text -> href". */
    static List<String> links(Element root, String selector) {
        return root.select(selector).select("a").stream().map(link -> link.text() + " -> " + link.attr("href")).toList();
    }
}
